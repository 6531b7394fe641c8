-- Insights (issue 17): the dashboard's member figures kept by the operations in their own
-- transactions, so that they cost the same at a million members as at a thousand. Counted
-- from the receipts, members and tier moves by the program after this script.
-- active_daily: a member is active on the 90 business days from each of its receipts (at a
-- store: from each of its receipts there). The change of that count from the day before, per
-- store (0: at any store); the active members on a day are the sum up to that day.
CREATE TABLE active_daily (
    day TEXT NOT NULL,
    store_id BIGINT NOT NULL,
    delta BIGINT NOT NULL,
    PRIMARY KEY (day, store_id)
);
-- members_by_tier: the members now, by home store and tier.
CREATE TABLE members_by_tier (
    store_id BIGINT NOT NULL,
    tier TEXT NOT NULL,
    members BIGINT NOT NULL,
    PRIMARY KEY (store_id, tier)
);
-- tier_moves_daily: the tier moves of a business day by the member's home store at the move
-- (moves recorded before this schema: the home store at the upgrade).
CREATE TABLE tier_moves_daily (
    day TEXT NOT NULL,
    store_id BIGINT NOT NULL,
    from_tier TEXT NOT NULL,
    to_tier TEXT NOT NULL,
    moves BIGINT NOT NULL,
    PRIMARY KEY (day, store_id, from_tier, to_tier)
);
-- New members of a period, of every store or of one, counted from an index alone.
DROP INDEX members_store;
CREATE INDEX members_store_joined ON members (store_id, joined_on);
CREATE INDEX members_joined ON members (joined_on);
-- A tier move keeps the member's home store at the move (moves recorded before: the home store now).
ALTER TABLE tier_moves ADD COLUMN store_id BIGINT;
UPDATE tier_moves SET store_id = (SELECT m.store_id FROM members m WHERE m.id = tier_moves.member_id);
