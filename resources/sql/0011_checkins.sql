-- Check-ins (签到, DESIGN §8 `checkin`): one per member and business date, idempotent by the
-- store's own number when it has one. A make-up check-in (补签) fills a missed date with a free
-- monthly card or one bought with points; `card` tells which ('none' for a check-in on the day).
CREATE TABLE checkins (
    id {{ID}},
    campaign_id BIGINT NOT NULL REFERENCES campaigns (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    store_id BIGINT NOT NULL REFERENCES stores (id),
    checkin_no TEXT {{BINARY}},
    business_date TEXT NOT NULL,
    business_time TEXT NOT NULL,
    card TEXT NOT NULL CHECK (card IN ('none', 'free', 'bought')),
    card_points BIGINT NOT NULL DEFAULT 0 CHECK (card_points >= 0),
    points BIGINT NOT NULL CHECK (points >= 0),
    bonus_points BIGINT NOT NULL DEFAULT 0 CHECK (bonus_points >= 0),
    content TEXT NOT NULL,
    posted_at TEXT NOT NULL,
    UNIQUE (member_id, business_date),
    UNIQUE (store_id, checkin_no)
);
CREATE INDEX checkins_campaign_member ON checkins (campaign_id, member_id, business_date);

-- A streak bonus paid for a date at a streak day (its position in the cycle): once per member, date and position. When a
-- make-up moves a date to a position with a larger bonus, the row holds only the difference.
CREATE TABLE checkin_bonuses (
    id {{ID}},
    checkin_id BIGINT NOT NULL REFERENCES checkins (id),
    campaign_id BIGINT NOT NULL REFERENCES campaigns (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    business_date TEXT NOT NULL,
    streak_day INTEGER NOT NULL CHECK (streak_day >= 1),
    points BIGINT NOT NULL CHECK (points > 0),
    entry_id BIGINT NOT NULL REFERENCES ledger_entries (id),
    UNIQUE (member_id, business_date, streak_day)
);
