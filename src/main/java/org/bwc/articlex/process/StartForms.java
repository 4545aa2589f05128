package org.bwc.articlex.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bwc.articlex.security.Caller;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.form.StartFormDataImpl;
import org.camunda.bpm.engine.impl.form.handler.StartFormHandler;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Start forms without touching the BPMN files: a changed BPMN file makes the engine deploy every process again, and
 * running cases would stay on the old definitions (docs/operations.md, "Upgrade"). Instead:
 * <ul>
 * <li>the forms {@code forms/start/*.form} are a deployment of their own ({@value #DEPLOYMENT}), deployed again only
 * when one of them changes, and referenced by their latest version;</li>
 * <li>a parse listener gives every process definition a start form handler that, for a process with a
 * {@link StartFormSubmission}, answers Tasklist with that Camunda Form and hands the submission to it — inside the
 * engine's command, so that a refused submission rolls back the process instance the engine was creating.</li>
 * </ul>
 * Processes without a {@link StartFormSubmission} keep the start form handler the engine parsed for them. The same
 * answers submitted twice in a row by one user register one case ({@link StartFormReplays}).
 */
@Component
class StartForms extends AbstractProcessEnginePlugin {

    static final String DEPLOYMENT = "articlex-start-forms";
    static final String RESOURCES = "classpath*:forms/start/*.form";

    private final ObjectProvider<StartFormSubmission> submissions;
    private final ObjectProvider<StartFormReplays> replays;

    StartForms(ObjectProvider<StartFormSubmission> submissions, ObjectProvider<StartFormReplays> replays) {
        this.submissions = submissions;
        this.replays = replays;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = new ArrayList<>();
        if (configuration.getCustomPostBPMNParseListeners() != null) {
            listeners.addAll(configuration.getCustomPostBPMNParseListeners());
        }
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
                if (definition.getStartFormHandler() != null) {
                    definition.setStartFormHandler(new Handler(definition.getKey(), definition.getStartFormHandler()));
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        try {
            Resource[] forms = new PathMatchingResourcePatternResolver().getResources(RESOURCES);
            if (forms.length == 0) {
                return;
            }
            // duplicate filtering: a restart, or a second node, with the same forms deploys nothing
            DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name(DEPLOYMENT)
                    .enableDuplicateFiltering(false);
            for (Resource form : forms) {
                try (InputStream in = form.getInputStream()) {
                    deployment.addInputStream("forms/start/" + form.getFilename(), in);
                }
            }
            deployment.deploy();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the start forms " + RESOURCES, e);
        }
    }

    /** Beans are looked up when a form is asked for, never at parse time (the engine parses while it is being built). */
    private Optional<StartFormSubmission> submissionFor(String processDefinitionKey) {
        return submissions.orderedStream().filter(s -> s.processDefinitionKey().equals(processDefinitionKey)).findFirst();
    }

    private final class Handler implements StartFormHandler {

        private final String processDefinitionKey;
        private final StartFormHandler parsed;

        Handler(String processDefinitionKey, StartFormHandler parsed) {
            this.processDefinitionKey = processDefinitionKey;
            this.parsed = parsed;
        }

        @Override
        public StartFormData createStartFormData(ProcessDefinitionEntity definition) {
            Optional<StartFormSubmission> submission = submissionFor(processDefinitionKey);
            if (submission.isEmpty()) {
                return parsed.createStartFormData(definition);
            }
            StartFormDataImpl data = new StartFormDataImpl();
            data.setProcessDefinition(definition);
            data.setDeploymentId(definition.getDeploymentId());
            data.setCamundaFormRef(new CamundaFormRefImpl(submission.get().formId(), "latest"));
            return data;
        }

        @Override
        public void submitFormVariables(VariableMap variables, VariableScope scope) {
            Optional<StartFormSubmission> submission = submissionFor(processDefinitionKey);
            if (submission.isEmpty()) {
                parsed.submitFormVariables(variables, scope);
                return;
            }
            Authentication user = Context.getCommandContext().getAuthentication();
            if (user == null || user.getUserId() == null) {
                throw new AuthorizationException("A start form is submitted by a logged-in user");
            }
            ExecutionEntity instance = (ExecutionEntity) scope;
            Caller caller = new Caller(user.getUserId(), java.util.Set.copyOf(user.getGroupIds() == null ? List.of() : user.getGroupIds()));
            // the engine has checked that the user may create the instance; the submission checks the party itself and
            // then writes as the application (its history entry, its notifications, the case's authorizations)
            String answers = replays.getObject().claim(caller.userId(), processDefinitionKey, variables);
            String businessKey = Context.getCommandContext().runWithoutAuthorization(
                    () -> submission.get().submit(variables, (DelegateExecution) instance, caller));
            replays.getObject().registered(caller.userId(), answers, businessKey);
            // before the instance starts: its history and its row carry the case's reference from the first write
            instance.setBusinessKey(businessKey);
        }

        @Override
        public void parseConfiguration(Element activityElement, DeploymentEntity deployment, ProcessDefinitionEntity definition,
                BpmnParse bpmnParse) {
            parsed.parseConfiguration(activityElement, deployment, definition, bpmnParse);
        }
    }
}
