-- A party notice's message by its wording keys (templates/mail/messages.properties, space-separated when a notice
-- joins several, e.g. a concern step and its note) and their arguments (JSON array: a string, or {"date": "yyyy-MM-dd"}),
-- so that its e-mail is written in the recipient's language when sent. Older rows and status changes have neither:
-- their e-mail shows the stored English message.
ALTER TABLE notification ADD COLUMN message_key VARCHAR(300);
ALTER TABLE notification ADD COLUMN message_args VARCHAR(8000);
