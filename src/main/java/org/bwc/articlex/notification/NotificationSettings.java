package org.bwc.articlex.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

/**
 * {@code articlex.notification.*}, bound once at start-up and checked as it is bound, so that a typo stops the
 * start instead of surfacing as a failed job. Named {@code notificationSettings} so that
 * {@code notification-delivery.bpmn} can read its retry cycle: {@code ${notificationSettings.email.retryCycle}}.
 * The SMTP server itself is Spring Boot's {@code spring.mail.*}.
 */
public class NotificationSettings {

    private static final Pattern REPEAT = Pattern.compile("R(\\d+)/(.+)");

    private final Email email = new Email();
    private List<String> organisations = new ArrayList<>(List.of("WHO", "WOAH", "FAO", "OPCW", "IFBA"));
    private Map<String, String> organisationEmails = new LinkedHashMap<>();

    public Email getEmail() {
        return email;
    }

    /** Codes of the recognised organisations that may offer assistance and receive notifications. */
    public List<String> getOrganisations() {
        return organisations;
    }

    public void setOrganisations(List<String> organisations) {
        this.organisations = organisations.stream().map(NotificationSettings::code).toList();
    }

    /** Focal-point address per organisation code; an organisation without one gets a generated address. */
    public Map<String, String> getOrganisationEmails() {
        return organisationEmails;
    }

    public void setOrganisationEmails(Map<String, String> organisationEmails) {
        Map<String, String> byCode = new LinkedHashMap<>();
        organisationEmails.forEach((code, address) -> byCode.put(code(code), address == null ? null : address.strip()));
        this.organisationEmails = byCode;
    }

    static String code(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    /** E-mail delivery: on/off, sender, and how failed deliveries are retried. */
    public static class Email {

        private boolean enabled = true;
        private String from = "Article X Assistance Engine <notifications@articlex.example.org>";
        private String replyTo;
        private String retryCycle = "PT1M,PT5M,PT15M,PT1H,PT4H";

        /** Off: notifications are kept in the feed only (e.g. on a workstation without an SMTP server). */
        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getFrom() {
            return from;
        }

        public void setFrom(String from) {
            this.from = requireAddress("email.from", from);
        }

        public String getReplyTo() {
            return replyTo;
        }

        public void setReplyTo(String replyTo) {
            this.replyTo = replyTo == null || replyTo.isBlank() ? null : requireAddress("email.reply-to", replyTo);
        }

        /**
         * Waits between delivery attempts, as Camunda's {@code failedJobRetryTimeCycle}: either a list of ISO-8601
         * durations ({@code PT1M,PT5M,PT15M,PT1H,PT4H}: six attempts with growing back-off) or a repeat
         * ({@code R5/PT1M}: five attempts a minute apart). When the last attempt fails the job raises an incident.
         */
        public String getRetryCycle() {
            return retryCycle;
        }

        public void setRetryCycle(String retryCycle) {
            this.retryCycle = requireRetryCycle(retryCycle);
        }

        /** The domain of the sender address, used for stable Message-IDs. */
        String senderDomain() {
            try {
                String address = new InternetAddress(from, true).getAddress();
                return address.substring(address.indexOf('@') + 1);
            } catch (AddressException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static String requireAddress(String name, String value) {
        try {
            InternetAddress address = new InternetAddress(value, true);
            address.validate();
            if (address.getAddress().indexOf('@') < 0) {
                throw new AddressException("Missing @domain", value);
            }
            return value.strip();
        } catch (AddressException | NullPointerException e) {
            throw new IllegalArgumentException("articlex.notification." + name
                    + " must be an e-mail address such as \"Name <name@example.org>\", was: " + value, e);
        }
    }

    static String requireRetryCycle(String value) {
        String problem = null;
        if (value == null || value.isBlank()) {
            problem = "is empty";
        } else {
            String[] intervals = value.split(",");
            for (String interval : intervals) {
                String period = interval.strip();
                var repeat = REPEAT.matcher(period);
                if (repeat.matches()) {
                    if (intervals.length > 1) {
                        problem = "mixes a repeat (R<n>/...) with a list of intervals";
                        break;
                    }
                    if (Integer.parseInt(repeat.group(1)) < 1) {
                        problem = "repeats fewer than once";
                        break;
                    }
                    period = repeat.group(2);
                }
                if (!isDuration(period)) {
                    problem = "contains \"" + period + "\", which is not an ISO-8601 duration";
                    break;
                }
            }
        }
        if (problem != null) {
            throw new IllegalArgumentException("articlex.notification.email.retry-cycle " + problem
                    + "; use a list such as PT1M,PT5M,PT1H or a repeat such as R5/PT1M, was: " + value);
        }
        return value.replace(" ", "");
    }

    private static boolean isDuration(String value) {
        try {
            DatatypeFactory.newInstance().newDuration(value);
            return value.startsWith("P");
        } catch (IllegalArgumentException | DatatypeConfigurationException e) {
            return false;
        }
    }
}
