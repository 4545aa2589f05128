package org.bwc.articlex.intake;

import static org.bwc.articlex.process.AssistanceRequestProcess.PROCESS_ID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bwc.articlex.process.StartFormSubmission;
import org.bwc.articlex.process.StartFormVariables;
import org.bwc.articlex.reference.StateParty;
import org.bwc.articlex.reference.StatesRegistry;
import org.bwc.articlex.security.Caller;
import org.bwc.articlex.security.StartFormAccess;
import org.bwc.articlex.web.BodyBinding;
import org.bwc.articlex.web.FieldProblem;
import org.bwc.articlex.web.ForbiddenException;
import org.bwc.articlex.web.FormValidationException;
import org.bwc.articlex.web.InvalidInputException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * "Request assistance" ({@code forms/start/request-assistance.form}), the start form of {@code assistance-request} in
 * Tasklist: the form's variables are the body of {@code POST /api/requests}, read and validated by the same code, and
 * registered by {@link RequestService#submitOnStart}, the same registration as the API's. The requesting State is the
 * user's own ({@code sp-<ISO3>}), never what the form says: a {@code requestingState} the user does not represent is
 * refused. Only a State Party's users may start it (organisations offer; the secretariat enters a request on a
 * State's behalf through {@code /api}). One rule is the form's own: it asks for the end use, which the API leaves to
 * the screening (no statement: referred to experts, docs/rules.md).
 */
@Component
class RequestStartForm implements StartFormSubmission, SmartInitializingSingleton {

    static final String FORM_ID = "requestAssistanceForm";

    private final RequestService requests;
    private final ObjectMapper json;
    private final Validator validator;
    private final StatesRegistry states;
    private final StartFormAccess access;

    RequestStartForm(RequestService requests, ObjectMapper json, Validator validator, StatesRegistry states, StartFormAccess access) {
        this.requests = requests;
        this.json = json;
        this.validator = validator;
        this.states = states;
        this.access = access;
    }

    @Override
    public void afterSingletonsInstantiated() {
        access.openTo(PROCESS_ID, states.all().stream().map(StateParty::group).toList());
    }

    @Override
    public String processDefinitionKey() {
        return PROCESS_ID;
    }

    @Override
    public String formId() {
        return FORM_ID;
    }

    @Override
    public String submit(VariableMap variables, DelegateExecution processInstance, Caller caller) {
        ObjectNode body = StartFormVariables.json(variables, json);
        body.put("requestingState", requestingState(body.path("requestingState"), caller));
        // the form names providers in one text field, "DEU, WHO"; the API takes a list
        JsonNode providers = body.path("providers");
        if (providers.isTextual()) {
            ArrayNode list = body.putArray("providers");
            Arrays.stream(providers.asText().split("[,;\\s]+")).filter(code -> !code.isBlank()).forEach(list::add);
            if (list.isEmpty()) {
                body.putNull("providers");
            }
        }
        List<FieldProblem> problems = new ArrayList<>();
        JsonNode statement = body.path("endUse").path("statement");
        if (!statement.isTextual() || statement.asText().isBlank()) {
            problems.add(new FieldProblem("endUse.statement", "is required: say what the assistance will be used for, and where"));
        }
        try {
            SubmitRequest request = BodyBinding.read(json, validator, body, SubmitRequest.class, problems);
            return requests.submitOnStart(request, caller, processInstance);
        } catch (InvalidInputException e) {
            throw new FormValidationException(e.errors());
        } catch (ForbiddenException e) {
            throw new AuthorizationException(e.getMessage());
        }
    }

    /** The State the user represents; a State named in the form must be that one. */
    private static String requestingState(JsonNode named, Caller caller) {
        List<String> own = caller.states();
        if (own.isEmpty()) {
            throw new AuthorizationException(caller.userId() + " may not request assistance: only a State Party's users "
                    + "request it (the secretariat enters a request on a State's behalf through /api)");
        }
        if (!named.isMissingNode() && !named.isNull()) {
            if (!named.isTextual() || !caller.represents(named.asText())) {
                throw new AuthorizationException("You may submit requests only for the State Party you represent");
            }
            return named.asText();
        }
        if (own.size() > 1) {
            throw new FormValidationException(List.of(new FieldProblem("requestingState",
                    "you represent " + String.join(", ", own) + ": say for which State Party you request")));
        }
        return own.get(0);
    }
}
