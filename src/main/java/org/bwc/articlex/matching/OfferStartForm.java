package org.bwc.articlex.matching;

import static org.bwc.articlex.matching.AssistanceOfferProcess.PROCESS_ID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.bwc.articlex.process.StartFormSubmission;
import org.bwc.articlex.process.StartFormVariables;
import org.bwc.articlex.reference.Organisations;
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
 * "Offer assistance" ({@code forms/start/offer-assistance.form}), the start form of {@code assistance-offer} in Tasklist:
 * the form's variables are the body of {@code POST /api/offers}, read and validated by the same code and registered by
 * {@link OfferService#registerOnStart}, the same registration as the API's. The offering party is the user's own State
 * ({@code sp-<ISO3>}) or organisation ({@code org-<CODE>}); an {@code offeringParty} in the form must be that one.
 */
@Component
class OfferStartForm implements StartFormSubmission, SmartInitializingSingleton {

    static final String FORM_ID = "offerAssistanceForm";

    private final OfferService offers;
    private final ObjectMapper json;
    private final Validator validator;
    private final StatesRegistry states;
    private final StartFormAccess access;

    OfferStartForm(OfferService offers, ObjectMapper json, Validator validator, StatesRegistry states, StartFormAccess access) {
        this.offers = offers;
        this.json = json;
        this.validator = validator;
        this.states = states;
        this.access = access;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> parties = new ArrayList<>(states.all().stream().map(StateParty::group).toList());
        Organisations.all().keySet().forEach(code -> parties.add(Caller.ORGANISATION_GROUP_PREFIX + code));
        access.openTo(PROCESS_ID, parties);
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
        body.put("offeringParty", offeringParty(body.path("offeringParty"), caller));
        try {
            SubmitOffer offer = BodyBinding.read(json, validator, body, SubmitOffer.class, List.of());
            return offers.registerOnStart(offer, caller, processInstance);
        } catch (InvalidInputException e) {
            throw new FormValidationException(e.errors());
        } catch (ForbiddenException e) {
            throw new AuthorizationException(e.getMessage());
        }
    }

    /** The State or organisation the user speaks for; a party named in the form must be that one. */
    private static String offeringParty(JsonNode named, Caller caller) {
        List<String> own = caller.groupList().stream()
                .filter(g -> g.startsWith(Caller.STATE_GROUP_PREFIX) || g.startsWith(Caller.ORGANISATION_GROUP_PREFIX))
                .map(g -> g.substring(g.indexOf('-') + 1)).toList();
        if (own.isEmpty()) {
            throw new AuthorizationException(caller.userId() + " may not offer assistance here: only a State Party's or an "
                    + "organisation's users offer it (the secretariat registers an offer through /api)");
        }
        if (!named.isMissingNode() && !named.isNull()) {
            if (!named.isTextual() || !OfferService.speaksFor(caller, named.asText())) {
                throw new AuthorizationException("You may register offers only for the State or organisation you represent");
            }
            return named.asText();
        }
        if (own.size() > 1) {
            throw new FormValidationException(List.of(new FieldProblem("offeringParty",
                    "you speak for " + String.join(", ", own) + ": say for which one you offer")));
        }
        return own.get(0);
    }
}
