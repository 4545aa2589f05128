package org.bwc.articlex.tasklist;

import java.util.Optional;
import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.reference.Organisations;
import org.bwc.articlex.reference.StateParty;
import org.bwc.articlex.reference.StatesRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who and what a case reference stands for, for the people working its tasks: the State Party (or organisation) whose
 * case it is, by the name the reference data gives it, and the category of assistance. Read from the project's own
 * tables by the reference's prefix: a request's requesting State ({@code REQ-…}), an offer's offering party
 * ({@code OFF-…}), the party that raised a concern ({@code CON-…}), the State of a national report
 * ({@code NR-<year>-<ISO3>}).
 */
@Component
public class CaseLabels {

    /** @param partyName null when the case names no party; {@code category} null when it has none */
    public record CaseLabel(String reference, String partyCode, String partyName, String category) {
    }

    private final JdbcClient jdbc;
    private final StatesRegistry states;

    CaseLabels(JdbcClient jdbc, StatesRegistry states) {
        this.jdbc = jdbc;
        this.states = states;
    }

    public Optional<CaseLabel> of(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String[] party = switch (prefix(reference)) {
            case "REQ" -> row("SELECT requesting_state, category FROM assistance_request WHERE id = ?", reference);
            case "OFF" -> row("SELECT offering_party, category FROM offer WHERE id = ?", reference);
            case "CON" -> row("""
                    SELECT c.raised_by, r.category FROM concern c JOIN assistance_request r ON r.id = c.request_id
                    WHERE c.id = ?""", reference);
            case "NR" -> new String[] {reference.substring(reference.lastIndexOf('-') + 1), null};
            default -> null;
        };
        if (party == null) {
            return Optional.of(new CaseLabel(reference, null, null, null));
        }
        return Optional.of(new CaseLabel(reference, party[0], partyName(party[0]), categoryLabel(party[1])));
    }

    /** The name of a State Party from the reference data, of an organisation from its list, else the code itself. */
    public String partyName(String code) {
        if (code == null) {
            return null;
        }
        return states.find(code).map(StateParty::name).or(() -> Organisations.name(code)).orElse(code);
    }

    private String[] row(String sql, String reference) {
        return jdbc.sql(sql).param(reference).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional().orElse(null);
    }

    private static String categoryLabel(String category) {
        if (category == null) {
            return null;
        }
        try {
            return AssistanceCategory.valueOf(category).label();
        } catch (IllegalArgumentException unknown) {
            return category;
        }
    }

    private static String prefix(String reference) {
        int dash = reference.indexOf('-');
        return dash < 0 ? "" : reference.substring(0, dash);
    }
}
