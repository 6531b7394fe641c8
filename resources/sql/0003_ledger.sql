-- The points engine: earning rates, tiers, receipts, returns, the append-only ledger, lots,
-- adjustments and donations. Every per-member table carries member_id (DESIGN §11).
CREATE TABLE earning_rates (
    code TEXT PRIMARY KEY,
    rate_per_100 INTEGER NOT NULL CHECK (rate_per_100 >= 0 AND rate_per_100 <= 10000)
);
INSERT INTO earning_rates (code, rate_per_100) VALUES ('supermarket', 100);
INSERT INTO earning_rates (code, rate_per_100) VALUES ('dining', 100);
INSERT INTO earning_rates (code, rate_per_100) VALUES ('online', 100);
INSERT INTO earning_rates (code, rate_per_100) VALUES ('travel', 100);
INSERT INTO earning_rates (code, rate_per_100) VALUES ('fuel', 50);
INSERT INTO earning_rates (code, rate_per_100) VALUES ('utility', 50);
INSERT INTO earning_rates (code, rate_per_100) VALUES ('partner:eyewear', 100);
INSERT INTO earning_rates (code, rate_per_100) VALUES ('partner:hometex', 100);
INSERT INTO earning_rates (code, rate_per_100) VALUES ('partner:auto4s', 100);

CREATE TABLE tiers (
    code TEXT PRIMARY KEY,
    rank INTEGER NOT NULL UNIQUE,
    threshold_fen BIGINT NOT NULL,
    multiplier_pct INTEGER NOT NULL CHECK (multiplier_pct >= 0 AND multiplier_pct <= 1000),
    perks TEXT NOT NULL DEFAULT ''
);
INSERT INTO tiers (code, rank, threshold_fen, multiplier_pct, perks) VALUES ('member', 0, 0, 100, '');
INSERT INTO tiers (code, rank, threshold_fen, multiplier_pct, perks) VALUES ('silver', 1, 200000, 110, '');
INSERT INTO tiers (code, rank, threshold_fen, multiplier_pct, perks) VALUES ('gold', 2, 1000000, 125, '');
INSERT INTO tiers (code, rank, threshold_fen, multiplier_pct, perks) VALUES ('platinum', 3, 3000000, 150, '');

INSERT INTO settings (key, value) VALUES ('points.point_value_fen', '1');
INSERT INTO settings (key, value) VALUES ('points.green_rate', '100');
INSERT INTO settings (key, value) VALUES ('points.expiry_policy', 'annual');
INSERT INTO settings (key, value) VALUES ('points.adjust_threshold', '1000');

CREATE TABLE receipts (
    id {{ID}},
    store_id BIGINT NOT NULL REFERENCES stores (id),
    receipt_no TEXT {{BINARY}} NOT NULL,
    member_id BIGINT NOT NULL REFERENCES members (id),
    business_time TEXT NOT NULL,
    scenario TEXT NOT NULL,
    amount BIGINT NOT NULL,
    green_amount BIGINT NOT NULL,
    points_used BIGINT NOT NULL,
    points BIGINT NOT NULL,
    green_points BIGINT NOT NULL,
    returned_amount BIGINT NOT NULL DEFAULT 0,
    clawed_back BIGINT NOT NULL DEFAULT 0,
    content TEXT NOT NULL,
    posted_at TEXT NOT NULL,
    UNIQUE (store_id, receipt_no)
);
CREATE INDEX receipts_member_time ON receipts (member_id, business_time);

CREATE TABLE returns (
    id {{ID}},
    store_id BIGINT NOT NULL REFERENCES stores (id),
    return_no TEXT {{BINARY}} NOT NULL,
    receipt_id BIGINT NOT NULL REFERENCES receipts (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    business_time TEXT NOT NULL,
    amount BIGINT NOT NULL,
    clawback BIGINT NOT NULL,
    content TEXT NOT NULL,
    posted_at TEXT NOT NULL,
    UNIQUE (store_id, return_no)
);
CREATE INDEX returns_member_time ON returns (member_id, business_time);

CREATE TABLE ledger_entries (
    id {{ID}},
    member_id BIGINT NOT NULL REFERENCES members (id),
    delta BIGINT NOT NULL,
    kind TEXT NOT NULL,
    business_time TEXT NOT NULL,
    posted_at TEXT NOT NULL,
    store_id BIGINT,
    operator_id BIGINT NOT NULL,
    reference TEXT NOT NULL DEFAULT '',
    breakdown TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ledger_member ON ledger_entries (member_id, id);

CREATE TABLE lots (
    id {{ID}},
    member_id BIGINT NOT NULL REFERENCES members (id),
    entry_id BIGINT NOT NULL REFERENCES ledger_entries (id),
    points BIGINT NOT NULL,
    remaining BIGINT NOT NULL,
    earned_at TEXT NOT NULL,
    expires_at TEXT,
    CHECK (remaining >= 0 AND remaining <= points)
);
CREATE INDEX lots_member_open ON lots (member_id, expires_at, id) WHERE remaining > 0;
CREATE INDEX lots_expiring ON lots (expires_at) WHERE remaining > 0;

-- Which lots a spending entry took its points from (a cancelled redemption goes back there).
CREATE TABLE lot_spending (
    entry_id BIGINT NOT NULL REFERENCES ledger_entries (id),
    lot_id BIGINT NOT NULL REFERENCES lots (id),
    member_id BIGINT NOT NULL,
    points BIGINT NOT NULL
);
CREATE INDEX lot_spending_entry ON lot_spending (entry_id);

CREATE TABLE adjustments (
    id {{ID}},
    member_id BIGINT NOT NULL REFERENCES members (id),
    delta BIGINT NOT NULL,
    reason TEXT NOT NULL,
    status TEXT NOT NULL,
    requested_by BIGINT NOT NULL,
    requested_at TEXT NOT NULL,
    decided_by BIGINT,
    decided_at TEXT,
    entry_id BIGINT
);
CREATE INDEX adjustments_status ON adjustments (status, id);

CREATE TABLE charity_projects (
    id {{ID}},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    points_per_yuan INTEGER NOT NULL CHECK (points_per_yuan > 0),
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE donations (
    id {{ID}},
    project_id BIGINT NOT NULL REFERENCES charity_projects (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    points BIGINT NOT NULL,
    entry_id BIGINT NOT NULL REFERENCES ledger_entries (id),
    business_time TEXT NOT NULL
);
CREATE INDEX donations_project ON donations (project_id);
