package org.bwc.articlex.screening;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Loading helpers shared by the two reference lists: CSV rows, version file, content digest. */
final class ReferenceData {

    static final String VERSION_RESOURCE = "reference/control-list.version";

    private static final CsvMapper CSV = new CsvMapper();

    private ReferenceData() {
    }

    static String read(Reader reader) {
        try (reader) {
            StringWriter out = new StringWriter();
            reader.transferTo(out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference list", e);
        }
    }

    static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference list", e);
        }
    }

    static InputStream resource(String name) {
        InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("classpath resource not found: " + name);
        }
        return in;
    }

    /** The version file's properties; empty when the file is absent (then lists fall back to digests). */
    static Properties versionFile() {
        Properties p = new Properties();
        InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(VERSION_RESOURCE);
        if (in != null) {
            try (Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + VERSION_RESOURCE, e);
            }
        }
        return p;
    }

    /** Header-keyed rows; fails on a missing column so a broken list stops the application at start-up. */
    static List<Map<String, String>> rows(String csv, String listName, String... requiredColumns) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(csv)) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
            CsvSchema schema = (CsvSchema) it.getParserSchema();
            for (String column : requiredColumns) {
                if (schema == null || schema.column(column) == null) {
                    throw new IllegalArgumentException(listName + ": missing column '" + column + "'");
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(listName + ": not valid CSV: " + e.getMessage(), e);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(listName + ": no rows");
        }
        return rows;
    }

    static String cell(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null ? "" : v.trim();
    }

    /** First 8 bytes of the SHA-256 of the list text: changes whenever the list does, version bump or not. */
    static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
