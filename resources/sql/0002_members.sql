-- Members. Balance and debt live in the row so reading them is one indexed lookup; the
-- ledger (a later migration) keeps them in step inside each operation's transaction.
CREATE TABLE members (
    id {{ID}},
    card_no TEXT {{BINARY}} NOT NULL UNIQUE,
    name TEXT {{BINARY}} NOT NULL,
    name_initials TEXT {{BINARY}} NOT NULL,
    mobile TEXT {{BINARY}} UNIQUE,
    email TEXT,
    joined_on TEXT NOT NULL,
    store_id BIGINT NOT NULL REFERENCES stores (id),
    tier TEXT NOT NULL DEFAULT 'member',
    credit TEXT NOT NULL DEFAULT 'normal',
    status TEXT NOT NULL DEFAULT 'active',
    marketing_consent INTEGER NOT NULL DEFAULT 0,
    balance BIGINT NOT NULL DEFAULT 0,
    debt BIGINT NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX members_name ON members (name, id);
CREATE INDEX members_initials ON members (name_initials, id);
CREATE INDEX members_store ON members (store_id);
