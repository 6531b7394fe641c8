-- Insights (DESIGN §10): the charts filter by store, and the programme's liability is kept
-- per store.
-- The daily totals gain the store that posted the entries (0: none, as an administrator's
-- adjustment or the expiry run); they are counted again from the ledger after this script.
DROP TABLE points_daily;
CREATE TABLE points_daily (
    day TEXT NOT NULL,
    store_id BIGINT NOT NULL,
    kind TEXT NOT NULL,
    issued BIGINT NOT NULL DEFAULT 0,
    used BIGINT NOT NULL DEFAULT 0,
    entries BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (day, store_id, kind)
);
-- A lot belongs to the store where its points were earned: its spending, expiry and
-- clawback anywhere reduce that store's liability.
ALTER TABLE lots ADD COLUMN store_id BIGINT;
UPDATE lots SET store_id = (SELECT e.store_id FROM ledger_entries e WHERE e.id = lots.entry_id);
-- Every change to open lot points by business day and store; a store's liability at the end
-- of a day is the sum up to that day. Built from the lots' history after this script.
CREATE TABLE liability_daily (
    day TEXT NOT NULL,
    store_id BIGINT NOT NULL,
    delta BIGINT NOT NULL,
    PRIMARY KEY (day, store_id)
);
