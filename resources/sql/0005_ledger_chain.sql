-- Each ledger entry carries a hash over its content and the hash of the member's entry before
-- it, so an entry changed, removed or moved in the database is named by verify. The member row
-- keeps the hash of its latest entry: writers already hold that row locked, so chaining needs
-- no lock of its own, and a cut-off tail shows as a head no entry matches. The daily close
-- records a digest of all heads in the audit trail, which catches a ledger rewritten with
-- freshly computed hashes. Existing entries are chained by the program after this script.
ALTER TABLE ledger_entries ADD COLUMN chain_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE members ADD COLUMN ledger_head TEXT NOT NULL DEFAULT '';
