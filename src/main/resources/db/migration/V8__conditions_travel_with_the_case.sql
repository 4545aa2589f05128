-- Conditions travel with the case (screening and Balance review → offering party → completion report).
-- The conditions the offering party acknowledged when it accepted a proposed match (null: none to acknowledge).
ALTER TABLE match_proposal ADD COLUMN acknowledged_conditions VARCHAR(20000);
-- The requesting State's answer, per condition, whether it was met: a JSON list of
-- { "index": 1, "condition": "...", "met": true, "note": "..." } (null: the request carried no conditions).
ALTER TABLE completion_report ADD COLUMN conditions_met VARCHAR(40000);
