-- Badge collections (积分勋章, DESIGN §8 `badges`): the badges a member holds while a collection is
-- not complete (a badge whose count falls below its threshold is taken back), and the collection
-- completed for good, with its reward points and the prize the member collects at the counter.
CREATE TABLE badge_holdings (
    id {{ID}},
    campaign_id BIGINT NOT NULL REFERENCES campaigns (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    badge_code TEXT {{BINARY}} NOT NULL,
    since TEXT NOT NULL,
    UNIQUE (member_id, campaign_id, badge_code)
);

CREATE TABLE badge_completions (
    id {{ID}},
    campaign_id BIGINT NOT NULL REFERENCES campaigns (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    completed_at TEXT NOT NULL,
    reward_points BIGINT NOT NULL DEFAULT 0 CHECK (reward_points >= 0),
    entry_id BIGINT REFERENCES ledger_entries (id),
    prize_item_id BIGINT REFERENCES catalog_items (id),
    prize_collected_at TEXT,
    prize_collected_by TEXT,
    UNIQUE (member_id, campaign_id)
);
