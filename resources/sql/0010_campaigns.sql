-- Campaigns (DESIGN §8): definitions with their life cycle, and every point a campaign awarded.
-- A definition is kept whole as the JSON of the interchange format; the columns beside it are
-- what the engine selects and locks by. An approved definition is never changed: a change is a
-- new version (same code, version + 1) that supersedes the old one when it is approved.
CREATE TABLE campaigns (
    id {{ID}},
    code TEXT {{BINARY}} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft',
    from_date TEXT NOT NULL,
    to_date TEXT NOT NULL,
    definition TEXT NOT NULL,
    budget_points BIGINT CHECK (budget_points IS NULL OR budget_points > 0),
    -- points awarded so far; never lowered (refunds do not give budget back)
    awarded_points BIGINT NOT NULL DEFAULT 0 CHECK (awarded_points >= 0),
    author_id BIGINT NOT NULL,
    author_name TEXT NOT NULL,
    submitted_at TEXT,
    decided_by BIGINT,
    decided_by_name TEXT,
    decided_at TEXT,
    reason TEXT,
    stopped_at TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (code, version)
);
CREATE INDEX campaigns_live ON campaigns (status, from_date, to_date);

CREATE TABLE campaign_awards (
    id {{ID}},
    campaign_id BIGINT NOT NULL REFERENCES campaigns (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    receipt_id BIGINT REFERENCES receipts (id),
    entry_id BIGINT NOT NULL REFERENCES ledger_entries (id),
    points BIGINT NOT NULL CHECK (points > 0),
    business_date TEXT NOT NULL,
    posted_at TEXT NOT NULL
);
CREATE INDEX campaign_awards_member ON campaign_awards (campaign_id, member_id);
CREATE INDEX campaign_awards_day ON campaign_awards (campaign_id, business_date);

-- fixed bonuses tied to a receipt (first purchase) are part of what a return claws back
ALTER TABLE receipts ADD COLUMN bonus_points BIGINT NOT NULL DEFAULT 0;

INSERT INTO settings (key, value) VALUES ('campaigns.welcome_cap', '500');
