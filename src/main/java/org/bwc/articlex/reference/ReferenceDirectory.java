package org.bwc.articlex.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the reference lists are read from: a directory given by {@code articlex.reference.directory}, or
 * the files shipped in the jar ({@code classpath:reference/}). A directory must hold the control list
 * and the Security Council measures; any other list it lacks (names, exclusions, known organisms,
 * version file) is the shipped one. A directory that is missing or lacks a required list stops the start.
 */
public final class ReferenceDirectory {

    /** Lists a configured directory must provide itself. */
    public static final List<String> REQUIRED = List.of("control-list.csv", "unsc-measures.csv");

    private static final String CLASSPATH = "reference/";

    private final Path directory;

    private ReferenceDirectory(Path directory) {
        this.directory = directory;
    }

    public static ReferenceDirectory shipped() {
        return new ReferenceDirectory(null);
    }

    /** The configured directory, or the shipped files when {@code location} is null or blank. */
    public static ReferenceDirectory of(String location) {
        if (location == null || location.isBlank()) {
            return shipped();
        }
        Path dir = Path.of(location.trim());
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("articlex.reference.directory: " + dir + " is not a directory");
        }
        for (String name : REQUIRED) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                throw new IllegalStateException("articlex.reference.directory: " + dir.resolve(name) + " is missing");
            }
        }
        return new ReferenceDirectory(dir);
    }

    /** Whether this is the set of files shipped in the jar. */
    public boolean isShipped() {
        return directory == null;
    }

    /** The text of a list, or empty when neither the directory nor the jar has it. */
    public Optional<String> read(String name) {
        if (directory != null && Files.isRegularFile(directory.resolve(name))) {
            try {
                return Optional.of(Files.readString(directory.resolve(name), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + directory.resolve(name), e);
            }
        }
        try (InputStream in = ReferenceDirectory.class.getClassLoader().getResourceAsStream(CLASSPATH + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath:" + CLASSPATH + name, e);
        }
    }

    /** The text of a list that must exist. */
    public String require(String name) {
        return read(name).orElseThrow(() -> new IllegalStateException(describe(name) + " is missing"));
    }

    /** Where a list is read from, for messages: the file path or the classpath resource. */
    public String describe(String name) {
        return directory != null && Files.isRegularFile(directory.resolve(name))
                ? directory.resolve(name).toString() : "classpath:" + CLASSPATH + name;
    }

    @Override
    public String toString() {
        return directory == null ? "classpath:" + CLASSPATH : directory.toString();
    }
}
