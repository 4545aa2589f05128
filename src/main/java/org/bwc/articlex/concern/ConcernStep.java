package org.bwc.articlex.concern;

/** The steps of a concern as they appear in its history and in the raising party's notifications. */
enum ConcernStep {
    RAISED(true, "The ISU has registered your concern %s about request %s. It will acknowledge it and open consultations."),
    ACKNOWLEDGEMENT_OVERDUE(false, null),
    ACKNOWLEDGEMENT_ESCALATED(true, "Your concern %s about request %s has not been acknowledged in time; it has been escalated to the ISU's managers."),
    ACKNOWLEDGED(true, "The ISU has acknowledged your concern %s about request %s."),
    IN_CONSULTATION(true, "Consultations on your concern %s about request %s are open. State your position in Tasklist (task \"Submit position\") or over the API (POST /api/concerns/{id}/positions)."),
    POSITION_RECORDED(true, "A position on concern %s about request %s has been recorded."),
    CONSULTATIONS_ENDED(true, "The consultation period of concern %s about request %s has ended; an ISU manager will now decide its outcome."),
    RESOLVED(true, "Concern %s about request %s is resolved."),
    BALANCE_REVIEW_REOPENED(false, null),
    REFERRED_TO_MSP(true, "Concern %s about request %s has been referred to the Meeting of States Parties.");

    private final boolean notifiesParty;
    private final String message;

    ConcernStep(boolean notifiesParty, String message) {
        this.notifiesParty = notifiesParty;
        this.message = message;
    }

    boolean notifiesParty() {
        return notifiesParty;
    }

    String message(String concernId, String requestId, String note) {
        String text = message.formatted(concernId, requestId).replace("{id}", concernId);
        if (note == null || note.isBlank()) {
            return text;
        }
        String oneLine = note.strip().replaceAll("\\s+", " ");
        return text + " " + (this == POSITION_RECORDED ? "Position" : "Note") + ": " + oneLine;
    }
}
