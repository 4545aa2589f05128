-- The last accepted submission of each start form per user and answers (process.StartFormReplays): the same answers
-- sent again by the same user within a few minutes (a double click, a replayed request) are refused, naming the
-- case the first one registered, instead of registering the case twice.
CREATE TABLE start_form_submission (
    caller                 VARCHAR(64)              NOT NULL,
    fingerprint            VARCHAR(64)              NOT NULL,
    process_definition_key VARCHAR(255)             NOT NULL,
    business_key           VARCHAR(64),
    submitted_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_start_form_submission PRIMARY KEY (caller, fingerprint)
);
