package org.bwc.articlex.portal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bwc.articlex.intake.HistoryNotes;
import org.bwc.articlex.intake.RequestRepository;
import org.bwc.articlex.intake.RequestView;
import org.springframework.stereotype.Component;

/**
 * A request's history as its timeline: each entry a change of status, or a change of the State's consent to
 * circulation (docs/rules.md, "Consent to circulation"), which keeps the status it was made in and is told apart here
 * so that it does not read as the status coming round again.
 */
@Component
class CaseTimeline {

    enum Kind { STATUS, CIRCULATION }

    record Entry(Kind kind, String status, String title, String at, String by, String note) {
    }

    private final RequestRepository requests;

    CaseTimeline(RequestRepository requests) {
        this.requests = requests;
    }

    List<Entry> of(RequestView request, PortalTexts.Words words) {
        Set<RequestView.HistoryEntry> statusChanges = new HashSet<>(requests.statusChanges(List.of(request.id()))
                .getOrDefault(request.id(), List.of()));
        return request.history().stream().map(h -> {
            Kind kind = statusChanges.contains(h) ? Kind.STATUS : Kind.CIRCULATION;
            String title = kind == Kind.STATUS ? words.get("status." + h.status() + ".title") : words.get("portal.timeline.circulation");
            return new Entry(kind, h.status().name(), title, words.date(h.at()), h.by(), note(h.note(), words));
        }).toList();
    }

    /** A note the application wrote, in the reader's language; a person's own words as written. */
    static String note(String note, PortalTexts.Words words) {
        List<HistoryNotes.Part> parts = HistoryNotes.read(note);
        if (parts.isEmpty()) {
            return note;
        }
        return String.join(" ", parts.stream().map(p -> words.get(p.key(), p.args().toArray())).toList());
    }
}
