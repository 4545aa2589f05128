package org.bwc.articlex.concern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConcernConfiguration {

    /** Named so that BPMN timer expressions can read it: {@code ${concernDurations.acknowledgeWithin}}. */
    @Bean
    @ConfigurationProperties("articlex.concern")
    ConcernDurations concernDurations() {
        return new ConcernDurations();
    }
}
