package org.bwc.articlex.screening;

import org.bwc.articlex.intake.RequestSections;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The control list and Security Council measures are read once, at start-up; the policies are stateless. */
@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

    static {
        // RequestView.screening is declared by intake as an interface; the API description shows the view behind it
        SpringDocUtils.getConfig().replaceWithClass(RequestSections.Screening.class, ScreeningView.class);
    }

    /**
     * From {@code articlex.reference.directory} when set (validated here: a bad list stops the start with
     * its file, line and reason), otherwise the lists shipped in the jar.
     */
    @Bean
    ArticleIIIScreeningPolicy articleIIIScreeningPolicy(org.bwc.articlex.reference.ReferenceDirectory directory) {
        if (directory.isShipped()) {
            return ArticleIIIScreeningPolicy.fromClasspath();
        }
        return new ArticleIIIScreeningPolicy(ControlList.load(directory), SecurityCouncilMeasures.load(directory));
    }

    @Bean
    ArticleXBalancePolicy articleXBalancePolicy(ArticleIIIScreeningPolicy screening) {
        return new ArticleXBalancePolicy(screening.controlList(), screening.securityCouncilMeasures());
    }
}
