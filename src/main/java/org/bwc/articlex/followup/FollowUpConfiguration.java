package org.bwc.articlex.followup;

import static org.bwc.articlex.followup.FollowUpRole.PROVIDER;
import static org.bwc.articlex.followup.FollowUpRole.REQUESTER;

import org.bwc.articlex.intake.RequestSections;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The follow-up's timers and the beans its BPMN names. Each party's branch has the same steps; one bean per task
 * keeps "one task, one delegate, one name" without a class per role.
 */
@Configuration(proxyBeanMethods = false)
class FollowUpConfiguration {

    static {
        // RequestView.followUp is declared by intake as an interface; the API description shows the view behind it
        SpringDocUtils.getConfig().replaceWithClass(RequestSections.FollowUp.class, FollowUpView.class);
    }

    /** Named so that BPMN timer expressions can read it: {@code ${followUpSchedule.after}}. */
    @Bean
    @ConfigurationProperties("articlex.follow-up")
    FollowUpSchedule followUpSchedule() {
        return new FollowUpSchedule();
    }

    /** {@code Task_OpenFollowUp}: both parties asked, notified, their tasks' groups set. */
    @Bean
    JavaDelegate openFollowUpDelegate(FollowUpService followUps) {
        return execution -> followUps.open(execution.getProcessBusinessKey());
    }

    @Bean
    JavaDelegate recordRequesterFollowUpDelegate(FollowUpService followUps) {
        return execution -> followUps.recordAnswer(execution, REQUESTER);
    }

    @Bean
    JavaDelegate recordProviderFollowUpDelegate(FollowUpService followUps) {
        return execution -> followUps.recordAnswer(execution, PROVIDER);
    }

    @Bean
    JavaDelegate sendRequesterFollowUpReminderDelegate(FollowUpService followUps) {
        return execution -> followUps.remind(execution.getProcessBusinessKey(), REQUESTER);
    }

    @Bean
    JavaDelegate sendProviderFollowUpReminderDelegate(FollowUpService followUps) {
        return execution -> followUps.remind(execution.getProcessBusinessKey(), PROVIDER);
    }

    @Bean
    JavaDelegate recordRequesterFollowUpLapsedDelegate(FollowUpService followUps) {
        return execution -> followUps.lapse(execution.getProcessBusinessKey(), REQUESTER);
    }

    @Bean
    JavaDelegate recordProviderFollowUpLapsedDelegate(FollowUpService followUps) {
        return execution -> followUps.lapse(execution.getProcessBusinessKey(), PROVIDER);
    }

    /** The task listeners of the two forms (create: clear; complete: validate). */
    @Bean
    AnswerFollowUpForm answerFollowUpRequesterForm() {
        return new AnswerFollowUpForm(REQUESTER);
    }

    @Bean
    AnswerFollowUpForm answerFollowUpProviderForm() {
        return new AnswerFollowUpForm(PROVIDER);
    }
}
