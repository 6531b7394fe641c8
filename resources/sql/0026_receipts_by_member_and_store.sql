-- An import batch on a server reads its members' receipts of the last 12 months with the store
-- of each (the active-member rollups per store). With the store in the index on (member, time,
-- amount) that read, and the counter's nearest receipt at the same store, come from the index
-- alone instead of one table row per earlier receipt.
DROP INDEX receipts_member_spend;
CREATE INDEX receipts_member_spend_store ON receipts (member_id, business_time, amount, store_id);
