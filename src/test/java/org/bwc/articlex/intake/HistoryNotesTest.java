package org.bwc.articlex.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.bwc.articlex.intake.Circulation.Mode;
import org.bwc.articlex.intake.HistoryNotes.Part;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every note the application writes is read back as the keys and arguments it was written from; other notes are not. */
class HistoryNotesTest {

    static Stream<Arguments> notes() {
        Circulation named = new Circulation(Mode.NAMED_PROVIDERS, List.of("WHO", "DEU"));
        Circulation secretariat = new Circulation(Mode.SECRETARIAT_ONLY, List.of());
        return Stream.of(
                Arguments.of(HistoryNotes.submitted(Circulation.DEFAULT, null), "Circulation: all providers",
                        List.of(new Part("note.circulation.ALL_PROVIDERS", List.of()))),
                Arguments.of(HistoryNotes.submitted(named, "SEN"), "Entered by the secretariat on behalf of SEN. Circulation: named providers DEU, WHO",
                        List.of(new Part("note.onBehalf", List.of("SEN")), new Part("note.circulation.NAMED_PROVIDERS", List.of("DEU, WHO")))),
                Arguments.of(HistoryNotes.circulationChanged(secretariat, null), "Circulation: the secretariat only",
                        List.of(new Part("note.circulation.SECRETARIAT_ONLY", List.of()))),
                Arguments.of(HistoryNotes.circulationChanged(named, "KEN"), "Circulation: named providers DEU, WHO (entered by the secretariat on behalf of KEN)",
                        List.of(new Part("note.circulation.NAMED_PROVIDERS", List.of("DEU, WHO")), new Part("note.enteredOnBehalf", List.of("KEN")))),
                Arguments.of(HistoryNotes.reopenedByConcern("CON-2026-0007", "Re-assess item 2:\nthe capacity is 10 L"),
                        "Balance review re-opened by concern CON-2026-0007: Re-assess item 2:\nthe capacity is 10 L",
                        List.of(new Part("note.reopenedByConcern", List.of("CON-2026-0007", "Re-assess item 2:\nthe capacity is 10 L")))));
    }

    @ParameterizedTest
    @MethodSource("notes")
    void aNoteTheApplicationWroteIsReadBackAsItsKeysAndArguments(String written, String english, List<Part> parts) {
        assertThat(written).isEqualTo(english);
        assertThat(HistoryNotes.read(written)).isEqualTo(parts);
    }

    @ParameterizedTest
    @MethodSource("peoplesWords")
    void aPersonsOwnWordsAreNoNoteOfTheApplication(String note) {
        assertThat(HistoryNotes.read(note)).isEmpty();
    }

    static Stream<String> peoplesWords() {
        return Stream.of(null, "", "Which cabinets does the laboratory already have?", "Circulation: everyone please",
                "Circulation: named providers deu", "Circulation: all providers, and more", "Balance review re-opened by concern",
                "Entered by the secretariat on behalf of KEN.", " Circulation: all providers");
    }
}
