package org.bwc.articlex.screening;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The control list and Security Council measures are read once, at start-up; the policies are stateless. */
@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

    @Bean
    ArticleIIIScreeningPolicy articleIIIScreeningPolicy() {
        return ArticleIIIScreeningPolicy.fromClasspath();
    }

    @Bean
    ArticleXBalancePolicy articleXBalancePolicy(ArticleIIIScreeningPolicy screening) {
        return new ArticleXBalancePolicy(screening.controlList(), screening.securityCouncilMeasures());
    }
}
