-- Lookups whose cost grew with the years of finished cases behind a State (measured on a million historic cases,
-- BENCHMARKS.md, "With 1000000 historic cases"):
-- the ranking's open requests of a State in a category (matching.MatchProposals: 15-20 ms as a bitmap AND of the
-- State's and the category's whole index ranges) read only that State's entries of that category;
CREATE INDEX ix_request_state_category_status ON assistance_request (requesting_state, category, status);
-- which serves the State-and-status lookups too, so the narrower index goes
DROP INDEX ix_request_state_status;
-- the newest requests first (the secretariat's list, GET /api/requests: a sort of every request, 200 ms) and a
-- State's newest (its list, and the language of its latest request: a sort of all its requests, 15-40 ms)
CREATE INDEX ix_request_created ON assistance_request (created_at, id);
CREATE INDEX ix_request_state_created ON assistance_request (requesting_state, created_at, id);
