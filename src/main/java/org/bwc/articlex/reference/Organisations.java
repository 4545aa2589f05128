package org.bwc.articlex.reference;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * International organisations recognised as offering parties (docs/processes.md). Codes are group suffixes.
 * Read from {@code organisations.csv} of the reference directory (the shipped file by default), once at start.
 */
public final class Organisations {

    public static final String FILE = "organisations.csv";

    private static volatile Map<String, String> recognised = load(ReferenceDirectory.shipped());

    private Organisations() {
    }

    /** Reads and validates the organisations of a reference directory; a bad row names file, line and reason. */
    static Map<String, String> load(ReferenceDirectory dir) {
        String text = dir.require(FILE);
        Map<String, String> out = new LinkedHashMap<>();
        int line = 1;
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            while (it.hasNext()) {
                Map<String, String> row = it.next();
                line++;
                String code = row.getOrDefault("code", "").trim();
                String name = row.getOrDefault("name", "").trim();
                String where = dir.describe(FILE) + " line " + line;
                if (!code.matches("[A-Z0-9]{2,16}")) {
                    throw new IllegalArgumentException(where + ": code must be 2-16 capital letters or digits, was '"
                            + code + "'");
                }
                if (name.isEmpty()) {
                    throw new IllegalArgumentException(where + ": empty name");
                }
                if (out.putIfAbsent(code, name) != null) {
                    throw new IllegalArgumentException(where + ": duplicate code " + code);
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(dir.describe(FILE) + ": not valid CSV: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(dir.describe(FILE) + ": no organisations");
        }
        return Collections.unmodifiableMap(out);
    }

    /** Uses the organisations of a configured reference directory; called once, at start. */
    static void use(ReferenceDirectory dir) {
        recognised = load(dir);
    }

    public static boolean isRecognised(String code) {
        return code != null && recognised.containsKey(code);
    }

    public static Optional<String> name(String code) {
        return Optional.ofNullable(code == null ? null : recognised.get(code));
    }

    public static Map<String, String> all() {
        return recognised;
    }
}
