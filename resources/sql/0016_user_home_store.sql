-- A user's home store (DESIGN §1): cashiers take returns and cancel redemptions only there.
-- Empty for accounts that act for every store (administrators, most back-office staff).
ALTER TABLE users ADD COLUMN store_id BIGINT REFERENCES stores (id);
