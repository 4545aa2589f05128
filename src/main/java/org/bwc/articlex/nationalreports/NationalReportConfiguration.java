package org.bwc.articlex.nationalreports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NationalReportConfiguration {

    /** Named so that the timer start event can read it: {@code ${nationalReportSchedule.opens}}. */
    @Bean
    @ConfigurationProperties("articlex.national-reports")
    NationalReportSchedule nationalReportSchedule() {
        return new NationalReportSchedule();
    }
}
