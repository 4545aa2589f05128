package org.bwc.articlex.screening;

import org.bwc.articlex.intake.RequestSections;
import org.bwc.articlex.reference.ReferenceDirectory;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The control list and Security Council measures are read once, at start-up; the policies are stateless. */
@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

    static {
        // RequestView.screening is declared by intake as an interface; the API description shows the view behind it
        SpringDocUtils.getConfig().replaceWithClass(RequestSections.Screening.class, ScreeningView.class);
    }

    /**
     * From {@code articlex.reference.directory} when set (validated here: a bad list stops the start with
     * its file, line and reason), otherwise the lists shipped in the jar, built in the background.
     */
    @Bean
    ScreeningLists screeningLists(ReferenceDirectory directory) {
        return ScreeningLists.of(directory);
    }

    /** For whoever needs the policy itself; the delegates ask {@link ScreeningLists} when they run. */
    @Bean
    @Lazy
    ArticleIIIScreeningPolicy articleIIIScreeningPolicy(ScreeningLists lists) {
        return lists.screening();
    }

    @Bean
    @Lazy
    ArticleXBalancePolicy articleXBalancePolicy(ScreeningLists lists) {
        return lists.balance();
    }
}
