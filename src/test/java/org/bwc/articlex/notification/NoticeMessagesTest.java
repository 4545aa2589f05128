package org.bwc.articlex.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A party notice's message from its keys and arguments: English for the feed, the reader's language for the e-mail,
 * a user's own words as written (braces, apostrophes, an expression), dates as each language writes them, and the
 * stored English message whenever the keys cannot be read.
 */
class NoticeMessagesTest {

    private final NoticeMessages notices = new NoticeMessages(new NotificationTexts(), new ObjectMapper());

    @Test
    void aConcernNoteIsTheUsersOwnWordsInEveryLanguage() {
        String note = "It's {1} and ${7*7}: 'quoted'";
        List<String> keys = List.of("notice.CONCERN_RESOLVED", "notice.concern.note");
        List<Object> args = List.of("CON-2026-0001", "REQ-2026-0002", note);

        assertThat(notices.render(keys, args, Locale.ENGLISH))
                .isEqualTo("Concern CON-2026-0001 about request REQ-2026-0002 is resolved. Note: " + note);
        assertThat(notices.render(keys, args, Locale.FRENCH))
                .isEqualTo("La préoccupation CON-2026-0001 concernant la demande REQ-2026-0002 est résolue. Note : " + note);
        assertThat(notices.render(List.of("notice.CONCERN_ACKNOWLEDGEMENT_ESCALATED"), args, Locale.ENGLISH))
                .as("a doubled apostrophe in the bundle is one in the text").contains("the ISU's managers");
    }

    @Test
    void aStoredNoticeIsRenderedInTheReadersLanguageWithItsDateAsThatLanguageWritesIt() {
        LocalDate until = LocalDate.of(2027, 12, 5);
        String arguments = notices.arguments(List.of("OFF-2026-0003", until));
        assertThat(arguments).isEqualTo("[\"OFF-2026-0003\",{\"date\":\"2027-12-05\"}]");
        Notification n = notice("notice.OFFER_PUBLISHED", arguments, "stored English");

        assertThat(notices.render(n, Locale.ENGLISH))
                .isEqualTo("Your offer OFF-2026-0003 is published. It is matched with the requests it can serve until 5 December 2027.");
        assertThat(notices.render(n, Locale.FRENCH)).isEqualTo("Votre offre OFF-2026-0003 est publiée. Elle sera rapprochée "
                + "des demandes auxquelles elle peut répondre jusqu’au 5 décembre 2027.");
        assertThat(notices.render(n, Locale.forLanguageTag("es"))).contains("hasta el 5 de diciembre de 2027.");
    }

    @Test
    void aNoticeWithoutKeysOrWithUnreadableArgumentsShowsItsStoredMessage() {
        assertThat(notices.render(notice(null, null, "Free text of an older row"), Locale.FRENCH)).isEqualTo("Free text of an older row");
        assertThat(notices.render(notice("notice.OFFER_WITHDRAWN", "not json", "Stored English"), Locale.FRENCH))
                .isEqualTo("Stored English");
        assertThat(notices.render(notice("notice.OFFER_WITHDRAWN", "[{\"date\":\"not a date\"}]", "Stored English"), Locale.FRENCH))
                .isEqualTo("Stored English");
    }

    @Test
    void keysOrArgumentsThatDoNotFitAreNotKeptAndTheNoticeStaysEnglish() {
        assertThat(NoticeMessages.keys(List.of("notice.CONCERN_RESOLVED", "notice.concern.note")))
                .isEqualTo("notice.CONCERN_RESOLVED notice.concern.note");
        assertThat(NoticeMessages.keys(List.of("x".repeat(301)))).isNull();
        assertThat(notices.arguments(List.of("y".repeat(8001)))).isNull();
    }

    /**
     * A key the code names but the bundle lacks would put the key itself into the feed: every {@code "notice.…"} the
     * main code writes, and every {@code notice.<EVENT>} it builds from an event (the reminders, the concern steps),
     * is in the English bundle.
     */
    @Test
    void everyKeyTheCodeNamesIsInTheEnglishBundle() throws IOException {
        Properties english = new Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream("templates/mail/messages.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> named = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(notice\\.[A-Za-z_.]*[A-Za-z_])\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(source));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertThat(named).as("keys named in the code").contains("notice.FOLLOW_UP_ASKED", "notice.concern.note");
        english.stringPropertyNames().stream().filter(k -> k.startsWith("event.CONCERN_") && k.endsWith(".title"))
                .map(k -> "notice." + k.substring("event.".length(), k.length() - ".title".length())).forEach(named::add);
        named.addAll(List.of("notice.PROGRESS_REPORT_DUE", "notice.COMPLETION_REPORT_DUE"));
        assertThat(english.stringPropertyNames()).containsAll(named);
    }

    private static Notification notice(String key, String args, String message) {
        return new Notification("n1", "KEN", "a@b.example", "OFF-2026-0003", "Title", "OFFER_PUBLISHED", null, "[OFF] x",
                message, null, null, Instant.EPOCH, EmailState.PENDING, 0, null, null, "fr", null, key, args);
    }
}
