-- The programme rules (积分规则, DESIGN §9): compliance's text per section of the live document,
-- and the numbered versions of the generated document (`content`: the rules and the text as
-- JSON), each published at most once with the day it takes effect.
CREATE TABLE rules_notes (
    section TEXT PRIMARY KEY,
    note TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);

CREATE TABLE rules_versions (
    id {{ID}},
    version INTEGER NOT NULL UNIQUE CHECK (version > 0),
    content TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    published_on TEXT,
    published_by TEXT,
    effective_from TEXT,
    CHECK ((published_on IS NULL) = (effective_from IS NULL))
);
CREATE INDEX rules_versions_effective ON rules_versions (effective_from);
