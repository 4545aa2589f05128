-- Consent to circulation (docs/rules.md, "Consent to circulation"): to whom the requesting State lets its request
-- be proposed. SECRETARIAT_ONLY, NAMED_PROVIDERS (the party codes in circulation_providers, comma-separated, at most
-- 20) or ALL_PROVIDERS, the default and what every earlier request had.
ALTER TABLE assistance_request ADD COLUMN circulation VARCHAR(20) DEFAULT 'ALL_PROVIDERS' NOT NULL;
ALTER TABLE assistance_request ADD COLUMN circulation_providers VARCHAR(255);

-- A history entry is a status change (STATUS) or a change of the circulation (CIRCULATION, the status unchanged):
-- "when did a request reach a status" reads the status changes only.
ALTER TABLE request_status_history ADD COLUMN entry_kind VARCHAR(16) DEFAULT 'STATUS' NOT NULL;
