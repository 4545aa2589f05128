package org.bwc.articlex.reference;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every state that may join the BWC, and which of them are States Parties. Loaded once from the shipped
 * CSV files so that an update of the reference data needs no code change.
 */
public final class StatesRegistry {

    private final Map<String, StateParty> parties;
    private final Set<String> nonParties;

    StatesRegistry(Map<String, StateParty> parties, Set<String> nonParties) {
        this.parties = Collections.unmodifiableMap(parties);
        this.nonParties = Collections.unmodifiableSet(nonParties);
    }

    public static StatesRegistry load(InputStream states, InputStream development, Map<String, String> contactOverrides) {
        Map<String, DevelopmentStatus> developmentByCode = new LinkedHashMap<>();
        for (Map<String, String> row : rows(development)) {
            developmentByCode.put(row.get("code"), DevelopmentStatus.valueOf(row.get("classification")));
        }
        Map<String, StateParty> parties = new LinkedHashMap<>();
        Set<String> nonParties = new TreeSet<>();
        for (Map<String, String> row : rows(states)) {
            String code = row.get("code");
            if (!Boolean.parseBoolean(row.get("bwc_state_party"))) {
                nonParties.add(code);
                continue;
            }
            DevelopmentStatus development1 = developmentByCode.get(code);
            if (development1 == null) {
                throw new IllegalStateException("No development classification for " + code);
            }
            String email = contactOverrides.getOrDefault(code, "contact-point." + code.toLowerCase(Locale.ROOT) + "@bwc-ncp.example.org");
            parties.put(code, new StateParty(code, row.get("name"), Region.valueOf(row.get("un_regional_group")), development1, email));
        }
        return new StatesRegistry(parties, nonParties);
    }

    private static Iterable<Map<String, String>> rows(InputStream in) {
        try (in) {
            CsvSchema schema = CsvSchema.emptySchema().withHeader();
            MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class).with(schema).readValues(in);
            return it.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference data", e);
        }
    }

    public Optional<StateParty> find(String code) {
        return Optional.ofNullable(code == null ? null : parties.get(code));
    }

    public StateParty require(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("Not a BWC State Party: " + code));
    }

    public boolean isStateParty(String code) {
        return code != null && parties.containsKey(code);
    }

    /** A known state that has not joined the Convention (e.g. ISR): the API says so rather than "unknown". */
    public boolean isNonParty(String code) {
        return code != null && nonParties.contains(code);
    }

    public Collection<StateParty> all() {
        return parties.values();
    }
}
