-- An expiry run sets the lots of its members, in member order, to zero: each lot it ends
-- also had to be taken out of this index, whose pages lie in lot order, so a run wrote
-- nearly every page of it again and again (pointsdesk-bench: half of the expiry's page
-- writes). Nothing reads it: expiry finds lots by member (lots_member_open).
DROP INDEX IF EXISTS lots_expiring;
