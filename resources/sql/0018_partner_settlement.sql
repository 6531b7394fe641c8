-- Partner settlement (DESIGN §10): an item of the catalog may be a partner merchant's, who is
-- paid for the points redeemed on it; the code is a partner code of the stores.
ALTER TABLE catalog_items ADD COLUMN partner_code TEXT;
-- A month's redemptions are read by their business time.
CREATE INDEX redemptions_time ON redemptions (business_time);
