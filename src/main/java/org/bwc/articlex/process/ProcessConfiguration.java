package org.bwc.articlex.process;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProcessConfiguration {

    /** Named so that BPMN timer expressions can read it: {@code ${processDurations.clarificationPeriod}}. */
    @Bean
    @ConfigurationProperties("articlex.durations")
    ProcessDurations processDurations() {
        return new ProcessDurations();
    }
}
