package org.bwc.articlex.reference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The recognised organisations come from the reference directory, validated like the other lists. */
class OrganisationsTest {

    @TempDir
    Path dir;

    @AfterEach
    void shippedAgain() {
        Organisations.use(ReferenceDirectory.shipped());
    }

    private ReferenceDirectory directoryWith(String organisations) throws IOException {
        for (String f : ReferenceDirectory.REQUIRED) {
            Files.writeString(dir.resolve(f), ReferenceDirectory.shipped().require(f));
        }
        Files.writeString(dir.resolve(Organisations.FILE), organisations);
        return ReferenceDirectory.of(dir.toString());
    }

    @Test
    void theShippedOrganisationsAreRecognised() {
        assertThat(Organisations.all()).containsKeys("WHO", "WOAH", "FAO", "OPCW", "IFBA", "AFRICACDC", "INTERPOL", "UNODA");
        assertThat(Organisations.name("WHO")).contains("World Health Organization");
        assertThat(Organisations.isRecognised("NOPE")).isFalse();
        assertThat(Organisations.isRecognised(null)).isFalse();
    }

    @Test
    void aConfiguredDirectoryReplacesThem() throws IOException {
        Organisations.use(directoryWith("code,name\nWHO,World Health Organization\nIAEA,International Atomic Energy Agency\n"));

        assertThat(Organisations.all()).containsOnlyKeys("WHO", "IAEA");
        assertThat(Organisations.isRecognised("FAO")).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            code,name\\nwho,World Health Organization            | line 2: code must be 2-16 capital letters or digits, was 'who'
            code,name\\nWHO,                                     | line 2: empty name
            code,name\\nWHO,A\\nWHO,B                             | line 3: duplicate code WHO
            code,name\\n                                         | no organisations
            """)
    void aBadFileStopsTheStart(String text, String reason) throws IOException {
        ReferenceDirectory d = directoryWith(text.replace("\\n", "\n"));

        assertThatThrownBy(() -> Organisations.use(d)).hasMessageContaining(dir.resolve(Organisations.FILE).toString())
                .hasMessageContaining(reason);
        assertThat(Organisations.isRecognised("WHO")).as("the previous list stays").isTrue();
    }
}
