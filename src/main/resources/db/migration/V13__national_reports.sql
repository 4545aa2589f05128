-- The annual Article X implementation reports (processes/national-report-cycle.bpmn and national-report.bpmn,
-- docs/follow-up-and-national-reports.md).

-- One reporting cycle per year: opened by the yearly timer, with the deadline every State is asked to meet.
CREATE TABLE national_report_cycle (
    report_year INTEGER                  NOT NULL,
    opened_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_national_report_cycle PRIMARY KEY (report_year)
);

-- Every submitted version of a State's report for a year; a replacement adds a version, the earlier ones stay.
CREATE TABLE national_report (
    state_code          CHAR(3)        NOT NULL,
    report_year         INTEGER        NOT NULL,
    version             INTEGER        NOT NULL,
    policy              VARCHAR(20000) NOT NULL,
    assistance_given    VARCHAR(20000) NOT NULL,
    assistance_received VARCHAR(20000) NOT NULL,
    needs_outstanding   VARCHAR(20000) NOT NULL,
    obstacles           VARCHAR(20000) NOT NULL,
    submitted_by        VARCHAR(64)    NOT NULL,
    submitted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    -- submitted after the cycle's deadline: accepted, and shown as late
    late                BOOLEAN        NOT NULL,
    CONSTRAINT pk_national_report PRIMARY KEY (state_code, report_year, version),
    CONSTRAINT fk_national_report_cycle FOREIGN KEY (report_year) REFERENCES national_report_cycle (report_year)
);
CREATE INDEX ix_national_report_year ON national_report (report_year, state_code);
