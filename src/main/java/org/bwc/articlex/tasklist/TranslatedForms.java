package org.bwc.articlex.tasklist;

import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bwc.articlex.notification.MailLanguages;
import org.bwc.articlex.process.AssistanceRequestProcess;
import org.bwc.articlex.security.Caller;
import org.bwc.articlex.security.CommandFields;
import org.bwc.articlex.web.FormValidationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Camunda Forms in the party's language (docs/tasklist-walkthrough.md, "Forms in the party's language"). Tasklist, on
 * either door, and {@code /engine-rest} fetch a form's JSON through the engine's {@code getDeployedTaskForm} and
 * {@code getDeployedStartForm}; this interceptor hands a State's or organisation's user the form translated by
 * {@link FormTranslation}:
 * <ul>
 * <li>a task form in its case's language for that party, as its e-mails ({@link MailLanguages#decided}: a request's
 * {@code preferredLanguage} for its State, the offer's language for an offering party — for a proposal, the proposed
 * offer's), else the party's own ({@link PartyLanguage});</li>
 * <li>a start form in the user's language ({@link PartyLanguage}: its choice on the portal, its latest request's
 * {@code preferredLanguage}, its latest offer's language).</li>
 * </ul>
 * A form the server refuses (the same rules as the API, {@code process.FormOutcome}, the start forms' binding) is
 * refused to a party with the same fields and its messages in that language ({@link FormMessages}). The secretariat reads
 * every form and message in English, and the engine's own reads of a form (which fields a task asks for) get the
 * deployed form: they run without authorization checks.
 */
@Component
class TranslatedForms extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(TranslatedForms.class);

    private final ObjectProvider<MailLanguages> mailLanguages;
    private final ObjectProvider<PartyLanguage> partyLanguage;

    TranslatedForms(ObjectProvider<MailLanguages> mailLanguages, ObjectProvider<PartyLanguage> partyLanguage) {
        this.mailLanguages = mailLanguages;
        this.partyLanguage = partyLanguage;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
        }
        interceptors.add(new TranslationInterceptor());
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }

    private final class TranslationInterceptor extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            T result;
            try {
                result = next.execute(command);
            } catch (RuntimeException refused) {
                throw command instanceof SubmitTaskFormCmd || command instanceof SubmitStartFormCmd
                        ? translatedRefusal(command, refused) : refused;
            }
            if (!(command instanceof GetDeployedTaskFormCmd || command instanceof GetDeployedStartFormCmd)
                    || !(result instanceof InputStream form)) {
                return result;
            }
            CommandContext context = Context.getCommandContext();
            Optional<Caller> party = context == null || !context.isAuthorizationCheckEnabled() ? Optional.empty()
                    : party(context.getAuthentication());
            if (party.isEmpty()) {
                return result;
            }
            String language;
            try {
                language = command instanceof GetDeployedTaskFormCmd
                        ? taskLanguage(context, (String) CommandFields.find(command, "taskId"), party.get())
                        : partyLanguage.getObject().of(party.get(), session());
            } catch (RuntimeException unknown) {
                // the words are not worth the form: a party that cannot be told its language reads it in English
                log.warn("No language for {}'s form, shown in English: {}", party.get().userId(), unknown.toString());
                return result;
            }
            if (PartyLanguage.DEFAULT.equals(language)) {
                return result;
            }
            try (form) {
                @SuppressWarnings("unchecked")
                T translated = (T) new ByteArrayInputStream(FormTranslation.translate(form.readAllBytes(), language));
                return translated;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the deployed form", e);
            }
        }
    }

    /**
     * A form refused by the server ({@link FormValidationException}), for a party: the same fields, the messages in the
     * form's language. Anything else as it was.
     */
    private RuntimeException translatedRefusal(Command<?> command, RuntimeException refused) {
        FormValidationException invalid = formValidation(refused);
        CommandContext context = Context.getCommandContext();
        Optional<Caller> party = invalid == null || context == null || !context.isAuthorizationCheckEnabled() ? Optional.empty()
                : party(context.getAuthentication());
        if (party.isEmpty()) {
            return refused;
        }
        try {
            FormValidationException translated = translatedRefusal(command, context, party.get(), invalid);
            return translated == null ? refused : translated;
        } catch (RuntimeException unknown) {
            log.warn("A refusal of {}'s form left in English: {}", party.get().userId(), unknown.toString());
            return refused;
        }
    }

    /** The refusal in the party's language; null for English. */
    private FormValidationException translatedRefusal(Command<?> command, CommandContext context, Caller party,
            FormValidationException invalid) {
        String language;
        String formId;
        if (command instanceof SubmitTaskFormCmd) {
            String taskId = (String) CommandFields.find(command, "taskId");
            TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
            language = taskLanguage(context, taskId, party);
            formId = task == null || task.getTaskDefinition() == null || task.getTaskDefinition().getCamundaFormDefinitionKey() == null
                    ? null : task.getTaskDefinition().getCamundaFormDefinitionKey().getExpressionText();
        } else {
            language = partyLanguage.getObject().of(party, session());
            formId = startFormId(context, (String) CommandFields.find(command, "processDefinitionId"));
        }
        if (PartyLanguage.DEFAULT.equals(language)) {
            return null;
        }
        return new FormValidationException(FormMessages.translate(invalid.errors(), formId, language));
    }

    private static String startFormId(CommandContext context, String processDefinitionId) {
        ProcessDefinitionEntity definition = processDefinitionId == null ? null
                : context.getProcessEngineConfiguration().getDeploymentCache().findDeployedProcessDefinitionById(processDefinitionId);
        if (definition == null || definition.getStartFormHandler() == null) {
            return null;
        }
        CamundaFormRef form = definition.getStartFormHandler().createStartFormData(definition).getCamundaFormRef();
        return form == null ? null : form.getKey();
    }

    private static FormValidationException formValidation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof FormValidationException invalid) {
                return invalid;
            }
        }
        return null;
    }

    /** The case's language for the party whose task it is, else that party's user's own. */
    private String taskLanguage(CommandContext context, String taskId, Caller caller) {
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        ExecutionEntity instance = task == null ? null : task.getProcessInstance();
        if (instance != null) {
            String party = partyOfTask(task, caller);
            MailLanguages languages = mailLanguages.getObject();
            Optional<String> decided = languages.decided(party, instance.getBusinessKey())
                    .or(() -> Optional.ofNullable(task.getVariable(AssistanceRequestProcess.VAR_PROPOSED_OFFER_ID))
                            .flatMap(offer -> languages.decided(party, String.valueOf(offer))));
            if (decided.isPresent()) {
                return decided.get();
            }
        }
        return partyLanguage.getObject().of(caller, session());
    }

    /** The party of the task's candidate group the user belongs to (usually its only one). */
    private static String partyOfTask(TaskEntity task, Caller caller) {
        return task.getCandidates().stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).filter(group -> group != null && caller.groups().contains(group))
                .filter(TranslatedForms::isPartyGroup).findFirst()
                .or(() -> caller.groups().stream().filter(TranslatedForms::isPartyGroup).sorted().findFirst())
                .map(group -> group.substring(group.indexOf('-') + 1)).orElse(null);
    }

    /** A State's or organisation's user: a party group and no secretariat group. */
    private static Optional<Caller> party(Authentication user) {
        if (user == null || user.getUserId() == null) {
            return Optional.empty();
        }
        Caller caller = new Caller(user.getUserId(), Set.copyOf(user.getGroupIds() == null ? List.of() : user.getGroupIds()));
        boolean party = !caller.isSecretariat() && !caller.groups().contains(Groups.CAMUNDA_ADMIN)
                && caller.groups().stream().anyMatch(TranslatedForms::isPartyGroup);
        return party ? Optional.of(caller) : Optional.empty();
    }

    private static boolean isPartyGroup(String group) {
        return group.startsWith(Caller.STATE_GROUP_PREFIX) || group.startsWith(Caller.ORGANISATION_GROUP_PREFIX);
    }

    /** The webapps' session of the HTTP request being served, if any (the portal keeps the user's choice there). */
    private static HttpSession session() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web
                ? web.getRequest().getSession(false) : null;
    }
}
