-- Notifications in the recipient's language (one of the six UN languages: ar, zh, en, fr, ru, es), and what the
-- screening or Balance review decided about each item, as it stood when the change was notified (JSON; rendered in
-- the recipient's language when the e-mail is sent). Older rows have neither: English, no item list.
ALTER TABLE notification ADD COLUMN language VARCHAR(8);
ALTER TABLE notification ADD COLUMN outcome VARCHAR(8000);
