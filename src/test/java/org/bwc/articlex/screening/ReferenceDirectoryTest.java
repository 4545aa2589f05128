package org.bwc.articlex.screening;

import org.bwc.articlex.reference.ReferenceDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reference data outside the jar: a configured directory is read instead of the shipped files, every
 * list is validated at load (file, line and reason), and the digest changes with any file that changes
 * what is screened.
 */
class ReferenceDirectoryTest {

    @TempDir
    Path dir;

    private void copyShipped() throws IOException {
        ReferenceDirectory shipped = ReferenceDirectory.shipped();
        for (String f : new String[] {ControlList.LIST_FILE, ControlList.NAMES_FILE, ControlList.EXCLUSIONS_FILE,
                ControlList.KNOWN_UNLISTED_FILE, ControlList.VERSION_FILE, SecurityCouncilMeasures.FILE}) {
            Files.writeString(dir.resolve(f), shipped.require(f), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aDirectoryWithTheShippedFilesScreensLikeTheJar() throws IOException {
        copyShipped();
        ReferenceDirectory d = ReferenceDirectory.of(dir.toString());
        ControlList list = ControlList.load(d);

        assertThat(list.digest()).isEqualTo(ControlList.fromClasspath().digest());
        assertThat(list.version()).isEqualTo(ControlList.fromClasspath().version());
        assertThat(SecurityCouncilMeasures.load(d).digest()).isEqualTo(SecurityCouncilMeasures.fromClasspath().digest());
        assertThat(d.describe(ControlList.LIST_FILE)).isEqualTo(dir.resolve(ControlList.LIST_FILE).toString());
    }

    @Test
    void anEditedNamesFileChangesScreeningAndTheDigest() throws IOException {
        copyShipped();
        Files.writeString(dir.resolve(ControlList.NAMES_FILE), "AG-TOX-RICIN,es,veneno de ricino,\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        ControlList list = ControlList.load(ReferenceDirectory.of(dir.toString()));
        ArticleIIIScreeningPolicy policy = new ArticleIIIScreeningPolicy(list, SecurityCouncilMeasures.fromClasspath());

        assertThat(list.digest()).isNotEqualTo(ControlList.fromClasspath().digest());
        ScreeningResult r = policy.screen(Fixtures.request("KEN", Fixtures.VACCINE_RESEARCH_BSL3,
                Fixtures.item(1, org.bwc.articlex.reference.ItemKind.MATERIAL, "Veneno de ricino")));
        assertThat(r.rules()).contains("AG-TOX-RICIN");
        assertThat(r.controlListVersion()).contains(list.digest());
    }

    @ParameterizedTest(name = "[{index}] {0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            control-list-names.csv       | AG-NOPE,fr,quelque chose,            | line 2: id 'AG-NOPE' is not in the control list
            control-list-names.csv       | AG-TOX-RICIN,de,Rizin,               | line 2: language must be one of
            control-list-names.csv       | AG-TOX-RICIN,fr,,                    | line 2: empty name
            control-list-names.csv       | AG-TOX-RICIN,fr,ricine,sometimes     | line 2: usage must be empty or 'context'
            control-list-exclusions.csv  | AG-TOX-RICIN,en,,because             | line 2: empty phrase
            control-list-exclusions.csv  | AG-NOPE,en,thing,because             | line 2: id 'AG-NOPE' is not in the control list
            known-unlisted-organisms.csv | ,starter culture                     | line 2: empty name
            control-list.csv             | AG-X,NOT_A_SECTION,VIRUS,X virus,,,,2023-11,src | row 2 (AG-X): unknown section 'NOT_A_SECTION'
            unsc-measures.csv            | PRKK,1718 (2006),all,true,src        | line 2: state must be an ISO 3166-1 alpha-3 code
            """)
    void aBadFileStopsTheStartWithFileLineAndReason(String file, String row, String reason) throws IOException {
        copyShipped();
        String header = ReferenceDirectory.shipped().require(file).lines().findFirst().orElseThrow();
        Files.writeString(dir.resolve(file), header + "\n" + row + "\n", StandardCharsets.UTF_8);
        if (file.equals(ControlList.LIST_FILE)) { // names and exclusions of the shipped list name its ids
            Files.writeString(dir.resolve(ControlList.NAMES_FILE), "id,language,name,usage\n");
            Files.writeString(dir.resolve(ControlList.EXCLUSIONS_FILE), "id,language,phrase,reason\n");
        }
        ReferenceDirectory d = ReferenceDirectory.of(dir.toString());

        assertThatThrownBy(() -> {
            ControlList.load(d);
            SecurityCouncilMeasures.load(d);
        }).hasMessageContaining(dir.resolve(file).toString()).hasMessageContaining(reason);
    }

    @Test
    void aMissingDirectoryOrListStopsTheStart() throws IOException {
        assertThatThrownBy(() -> ReferenceDirectory.of(dir.resolve("nowhere").toString()))
                .hasMessageContaining("is not a directory");
        Files.writeString(dir.resolve(ControlList.LIST_FILE), ReferenceDirectory.shipped().require(ControlList.LIST_FILE));
        assertThatThrownBy(() -> ReferenceDirectory.of(dir.toString()))
                .hasMessageContaining(SecurityCouncilMeasures.FILE).hasMessageContaining("is missing");
    }

    @Test
    void theApplicationScreensWithTheConfiguredDirectoryAndDoesNotStartOnABadOne() throws IOException {
        copyShipped();
        Files.writeString(dir.resolve(ControlList.VERSION_FILE), "version=SECRETARIAT-2026-12\n");
        new org.springframework.boot.test.context.runner.ApplicationContextRunner()
                .withBean(ReferenceDirectory.class, () -> ReferenceDirectory.of(dir.toString()))
                .withUserConfiguration(ScreeningConfiguration.class)
                .run(context -> assertThat(context.getBean(ArticleIIIScreeningPolicy.class).referenceVersion())
                        .startsWith("SECRETARIAT-2026-12 (sha256:"));

        Files.writeString(dir.resolve(ControlList.NAMES_FILE), "id,language,name,usage\nAG-TOX-RICIN,xx,ricin,\n");
        new org.springframework.boot.test.context.runner.ApplicationContextRunner()
                .withBean(ReferenceDirectory.class, () -> ReferenceDirectory.of(dir.toString()))
                .withUserConfiguration(ScreeningConfiguration.class)
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasRootCauseMessage(dir.resolve(ControlList.NAMES_FILE) + " line 2: language must be one of "
                                + "[ar, en, es, fr, ru, zh], was 'xx'"));
    }

    @Test
    void withoutADirectoryTheShippedFilesAreRead() {
        assertThat(ReferenceDirectory.of(" ").toString()).isEqualTo("classpath:reference/");
        assertThat(ReferenceDirectory.of(null).read("no-such-file.csv")).isEmpty();
    }

    /** The six UN languages: English, French and Spanish for every entry; the rest for RG3/4 agents and toxins. */
    @Test
    void everyEntryHasItsNamesInTheUnLanguages() {
        ControlList list = ControlList.fromClasspath();
        for (ControlRule r : list.rules()) {
            Set<String> languages = list.names().stream().filter(n -> n.ruleId().equals(r.id()))
                    .map(TermIndex.Name::language).collect(Collectors.toSet());
            assertThat(languages).as(r.id()).contains("fr", "es");
            boolean dangerous = r.kind() == ControlKind.TOXIN || (r.whoRiskGroup() != null && r.whoRiskGroup() >= 3);
            if (dangerous) {
                assertThat(languages).as(r.id()).contains("ru", "ar", "zh");
            }
        }
    }
}
