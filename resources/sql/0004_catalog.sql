-- The redemption catalog and redemptions (DESIGN §7, §5 "Redemption refund").
CREATE TABLE catalog_items (
    id {{ID}},
    code TEXT {{BINARY}} NOT NULL UNIQUE,
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    image {{BLOB}},
    points_price BIGINT NOT NULL CHECK (points_price > 0),
    cash_fen BIGINT NOT NULL DEFAULT 0 CHECK (cash_fen >= 0),
    retail_value_fen BIGINT NOT NULL CHECK (retail_value_fen >= 0),
    -- NULL: unlimited. stock_received counts every unit ever put in, so that
    -- stock = stock_received - units redeemed + units cancelled (checked by verify).
    stock BIGINT CHECK (stock IS NULL OR stock >= 0),
    stock_received BIGINT NOT NULL DEFAULT 0,
    limit_qty INTEGER CHECK (limit_qty IS NULL OR limit_qty > 0),
    limit_period TEXT,
    min_tier TEXT REFERENCES tiers (code),
    early_access_days INTEGER NOT NULL DEFAULT 0 CHECK (early_access_days >= 0),
    active_from TEXT,
    active_to TEXT,
    status TEXT NOT NULL DEFAULT 'draft',
    updated_at TEXT NOT NULL
);

CREATE TABLE redemptions (
    id {{ID}},
    store_id BIGINT NOT NULL REFERENCES stores (id),
    redemption_no TEXT {{BINARY}} NOT NULL,
    member_id BIGINT NOT NULL REFERENCES members (id),
    item_id BIGINT NOT NULL REFERENCES catalog_items (id),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    unit_points BIGINT NOT NULL,
    points BIGINT NOT NULL,
    cash_fen BIGINT NOT NULL,
    cancelled_qty INTEGER NOT NULL DEFAULT 0,
    refunded_points BIGINT NOT NULL DEFAULT 0,
    entry_id BIGINT NOT NULL REFERENCES ledger_entries (id),
    business_time TEXT NOT NULL,
    content TEXT NOT NULL,
    posted_at TEXT NOT NULL,
    UNIQUE (store_id, redemption_no),
    CHECK (cancelled_qty >= 0 AND cancelled_qty <= quantity),
    CHECK (refunded_points >= 0 AND refunded_points <= points)
);
CREATE INDEX redemptions_member_item ON redemptions (member_id, item_id, business_time);
CREATE INDEX redemptions_number ON redemptions (redemption_no);

CREATE TABLE redemption_cancellations (
    id {{ID}},
    redemption_id BIGINT NOT NULL REFERENCES redemptions (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    points BIGINT NOT NULL,
    to_new_lot BIGINT NOT NULL,
    reason TEXT NOT NULL,
    adjustment_id BIGINT REFERENCES adjustments (id),
    entry_id BIGINT REFERENCES ledger_entries (id),
    operator_id BIGINT NOT NULL,
    posted_at TEXT NOT NULL
);
CREATE INDEX redemption_cancellations_redemption ON redemption_cancellations (redemption_id);

-- Points a refund put back into the lots a redemption had taken them from.
CREATE TABLE lot_restorations (
    entry_id BIGINT NOT NULL REFERENCES ledger_entries (id),
    lot_id BIGINT NOT NULL REFERENCES lots (id),
    member_id BIGINT NOT NULL,
    points BIGINT NOT NULL CHECK (points > 0)
);
CREATE INDEX lot_restorations_entry ON lot_restorations (entry_id);
