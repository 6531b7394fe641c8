-- Points issued and used per business day (the programme's time zone) and entry kind, kept
-- in step with the ledger by every operation in its own transaction, so the charts read a
-- year of figures from a few thousand rows instead of summing millions of entries.
-- issued: the sum of the positive entries; used: of the negative ones, as a positive number.
-- Existing entries are counted by the program after this script.
CREATE TABLE points_daily (
    day TEXT NOT NULL,
    kind TEXT NOT NULL,
    issued BIGINT NOT NULL DEFAULT 0,
    used BIGINT NOT NULL DEFAULT 0,
    entries BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (day, kind)
);
