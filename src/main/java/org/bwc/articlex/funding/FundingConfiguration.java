package org.bwc.articlex.funding;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FundingConfiguration {

    @Bean
    @ConfigurationProperties("articlex.funding")
    FundingProperties fundingProperties() {
        return new FundingProperties();
    }

    @Bean
    FundingEstimator fundingEstimator(FundingProperties properties) {
        return new FundingEstimator(properties);
    }
}
