-- Personal data (个人信息保护法 Art. 45, 47, 50; DESIGN §9): the log of members' requests for a
-- copy of their data or its erasure, and when a member's personal data was erased (name, mobile
-- and email gone; card, ledger and both hash chains kept).
ALTER TABLE members ADD COLUMN erased_at TEXT;

-- `requester` is a code (the member or a representative), never a name: the log outlives the
-- erasure it records. `note` holds the reason given for an erasure or a refusal.
CREATE TABLE personal_data_requests (
    id {{ID}},
    member_id BIGINT NOT NULL REFERENCES members (id),
    kind TEXT NOT NULL CHECK (kind IN ('copy', 'erasure')),
    requester TEXT NOT NULL CHECK (requester IN ('member', 'representative')),
    received_on TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'refused')),
    handled_on TEXT,
    handled_by TEXT,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX personal_data_requests_member ON personal_data_requests (member_id, status);
CREATE INDEX personal_data_requests_status ON personal_data_requests (status, received_on);

-- A member's own trail (consents given and withdrawn, reveals of the mobile) read for a copy of
-- their data without scanning every registration of the programme.
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, seq);
