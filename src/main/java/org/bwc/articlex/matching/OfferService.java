package org.bwc.articlex.matching;

import static org.bwc.articlex.matching.AssistanceOfferProcess.MESSAGE_OFFER_WITHDRAWN;
import static org.bwc.articlex.matching.AssistanceOfferProcess.VAR_OFFERING_PARTY;
import static org.bwc.articlex.matching.AssistanceOfferProcess.VAR_VALID_UNTIL_END;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bwc.articlex.process.CaseReferences;
import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.reference.Organisations;
import org.bwc.articlex.reference.StatesRegistry;
import org.bwc.articlex.security.Caller;
import org.bwc.articlex.web.ConflictException;
import org.bwc.articlex.web.FieldProblem;
import org.bwc.articlex.web.ForbiddenException;
import org.bwc.articlex.web.InvalidInputException;
import org.bwc.articlex.web.NotFoundException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registration, look-up and withdrawal of offers. Offers are visible to every authenticated party. */
@Service
public class OfferService {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final OfferRepository offers;
    private final CaseReferences references;
    private final StatesRegistry states;
    private final RuntimeService runtime;
    private final Clock clock;

    OfferService(OfferRepository offers, CaseReferences references, StatesRegistry states, RuntimeService runtime,
            Clock clock) {
        this.offers = offers;
        this.references = references;
        this.states = states;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** Registers the offer and starts its process (publication, expiry) in one transaction. */
    @Transactional
    public OfferView register(SubmitOffer body, Caller caller) {
        OfferView offer = store(body, caller);
        runtime.startProcessInstanceByKey(AssistanceOfferProcess.PROCESS_ID, offer.id(), caseVariables(offer));
        return offers.find(offer.id()).orElseThrow();
    }

    /**
     * The start form's path ({@link OfferStartForm}): the same registration as {@link #register}, on the process
     * instance the engine is starting for Tasklist's submission.
     *
     * @return the offer's reference, the business key of {@code processInstance}
     */
    @Transactional
    public String registerOnStart(SubmitOffer body, Caller caller, DelegateExecution processInstance) {
        OfferView offer = store(body, caller);
        processInstance.setVariables(caseVariables(offer));
        return offer.id();
    }

    private OfferView store(SubmitOffer body, Caller caller) {
        checkSemantics(body);
        if (!speaksFor(caller, body.offeringParty()) && !caller.isSecretariat()) {
            throw new ForbiddenException("You may register offers only for the State or organisation you represent");
        }
        Instant now = clock.instant();
        OfferView offer = new OfferView(references.next("OFF"), body.offeringParty(), body.title().strip(),
                body.category(), body.eligibleRegions().stream().distinct().sorted().toList(),
                body.languages().stream().distinct().toList(), body.capacity(), body.capacity(), body.fundingIncluded(),
                body.validUntil(), body.description() == null ? null : body.description().strip(), OfferStatus.REGISTERED,
                now, now);
        offers.insert(offer, caller.userId());
        return offer;
    }

    private static Map<String, Object> caseVariables(OfferView offer) {
        return Variables.createVariables()
                .putValue(VAR_OFFERING_PARTY, offer.offeringParty())
                // the offer is valid through the whole of its last day (UTC)
                .putValue(VAR_VALID_UNTIL_END, Date.from(offer.validUntil().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    @Transactional(readOnly = true)
    public OfferView find(String id) {
        return offers.find(id).orElseThrow(() -> new NotFoundException("No offer " + id));
    }

    @Transactional(readOnly = true)
    public List<OfferView> list(OfferStatus status, AssistanceCategory category, int page, int size) {
        return offers.all(status, category, page, size);
    }

    /** The offers of the parties the caller speaks for, newest first. */
    @Transactional(readOnly = true)
    public List<OfferView> ofParties(List<String> parties, int limit) {
        return parties.stream().flatMap(party -> offers.ofParty(party, limit).stream())
                .sorted(java.util.Comparator.comparing(OfferView::createdAt).reversed()).limit(limit).toList();
    }

    @Transactional
    public void withdraw(String id, Caller caller) {
        OfferView offer = find(id);
        if (!speaksFor(caller, offer.offeringParty()) && !caller.isSecretariat()) {
            throw new ForbiddenException("Only the offering party may withdraw its offer");
        }
        try {
            runtime.createMessageCorrelation(MESSAGE_OFFER_WITHDRAWN).processInstanceBusinessKey(id).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("Offer " + id + " is " + offer.status() + " and can no longer be withdrawn");
        }
    }

    /** The group of an offering party: {@code sp-<ISO3>} for a State, {@code org-<CODE>} for an organisation. */
    public static String groupOf(String offeringParty) {
        return (Organisations.isRecognised(offeringParty) ? Caller.ORGANISATION_GROUP_PREFIX : Caller.STATE_GROUP_PREFIX)
                + offeringParty;
    }

    static boolean speaksFor(Caller caller, String party) {
        return caller.groups().contains(groupOf(party));
    }

    private void checkSemantics(SubmitOffer body) {
        List<FieldProblem> problems = new ArrayList<>();
        String party = body.offeringParty();
        if (!states.isStateParty(party) && !Organisations.isRecognised(party)) {
            problems.add(new FieldProblem("offeringParty", states.isNonParty(party)
                    ? party + " is not a State Party to the Biological Weapons Convention"
                    : "unknown offering party " + party + "; recognised organisations: " + String.join(", ", Organisations.all().keySet())));
        }
        for (int i = 0; i < body.languages().size(); i++) {
            String language = body.languages().get(i);
            if (language != null && !LANGUAGES.contains(language)) {
                problems.add(new FieldProblem("languages[" + i + "]", "unknown ISO 639-1 language code " + language));
            }
        }
        if (body.validUntil().isBefore(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
            problems.add(new FieldProblem("validUntil", "must not be in the past"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
