-- Expiry reminders (DESIGN §9): each member told, or found unreachable, about the points whose
-- validity ends within 30 days. A reminder covers the points expiring from `first_expiry` to
-- `window_end` (stored times), so a run repeated the same day, or the next week for the same
-- points, reminds no one twice. `sms`: in the gateway file of the run's day; `no_consent`,
-- `no_mobile`: could not be reminded, and why.
CREATE TABLE expiry_reminders (
    id {{ID}},
    member_id BIGINT NOT NULL REFERENCES members (id),
    as_of TEXT NOT NULL,
    first_expiry TEXT NOT NULL,
    window_end TEXT NOT NULL,
    expiring_points BIGINT NOT NULL CHECK (expiring_points > 0),
    channel TEXT NOT NULL CHECK (channel IN ('sms', 'no_consent', 'no_mobile')),
    created_at TEXT NOT NULL,
    UNIQUE (member_id, first_expiry, channel)
);
CREATE INDEX expiry_reminders_day ON expiry_reminders (as_of, channel);
