-- One row whose lock the start-up seeding holds (users, groups, authorizations, the shared Tasklist filter;
-- jdbc.StartupLock): nodes of a cluster started at the same moment seed one after the other, and each sees
-- what the one before it wrote.
CREATE TABLE startup_lock (
    name VARCHAR(64) PRIMARY KEY
);
INSERT INTO startup_lock (name) VALUES ('seeding');
