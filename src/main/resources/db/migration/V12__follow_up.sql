-- The follow-up a year on (processes/request-follow-up.bpmn, docs/follow-up-and-national-reports.md): one row per
-- party of a COMPLETED request, written when the follow-up is scheduled and updated when the party is asked,
-- answers or lets its task lapse.
CREATE TABLE follow_up (
    request_id       VARCHAR(16)   NOT NULL,
    -- REQUESTER (the requesting State) or PROVIDER (the offering party of the matched offer)
    party_role       VARCHAR(16)   NOT NULL,
    -- ISO3 code of a State Party or the code of a recognised organisation
    party            VARCHAR(16)   NOT NULL,
    -- SCHEDULED, ASKED, ANSWERED, LAPSED
    state            VARCHAR(16)   NOT NULL,
    scheduled_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    asked_at         TIMESTAMP WITH TIME ZONE,
    lasting_impact   VARCHAR(4000),
    -- YES, NO, NOT_APPLICABLE
    equipment_in_use VARCHAR(16),
    -- YES, PARTLY, NO
    staff_in_post    VARCHAR(8),
    staff_count      INTEGER,
    further_needs    VARCHAR(4000),
    answered_by      VARCHAR(64),
    answered_at      TIMESTAMP WITH TIME ZONE,
    lapsed_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_follow_up PRIMARY KEY (request_id, party_role),
    CONSTRAINT fk_follow_up_request FOREIGN KEY (request_id) REFERENCES assistance_request (id),
    CONSTRAINT ck_follow_up_role CHECK (party_role IN ('REQUESTER', 'PROVIDER')),
    CONSTRAINT ck_follow_up_state CHECK (state IN ('SCHEDULED', 'ASKED', 'ANSWERED', 'LAPSED')),
    CONSTRAINT ck_follow_up_equipment CHECK (equipment_in_use IS NULL OR equipment_in_use IN ('YES', 'NO', 'NOT_APPLICABLE')),
    CONSTRAINT ck_follow_up_staff CHECK (staff_in_post IS NULL OR staff_in_post IN ('YES', 'PARTLY', 'NO'))
);
CREATE INDEX ix_follow_up_party ON follow_up (party, state);
CREATE INDEX ix_follow_up_answered ON follow_up (answered_at);
