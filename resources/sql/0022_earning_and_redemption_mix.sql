-- Insights (issue 17): earning by scenario and partner, and redemptions by catalog item (its
-- category is read with the chart), per business day and store, kept in step by the receipts,
-- redemptions and cancellations in their own transactions. Counted from existing receipts and
-- redemptions by the program after this script.
-- earning_daily: the earned points of receipts (before green points and fixed bonuses) and how
-- many receipts earned them.
CREATE TABLE earning_daily (
    day TEXT NOT NULL,
    store_id BIGINT NOT NULL,
    scenario TEXT NOT NULL,
    points BIGINT NOT NULL DEFAULT 0,
    receipts BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (day, store_id, scenario)
);
-- redemptions_daily: units and points redeemed at the store on the day, less the units and
-- points of cancellations made on the day (the redemption's store).
CREATE TABLE redemptions_daily (
    day TEXT NOT NULL,
    store_id BIGINT NOT NULL,
    item_id BIGINT NOT NULL,
    units BIGINT NOT NULL DEFAULT 0,
    points BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (day, store_id, item_id)
);
