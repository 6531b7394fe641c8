-- Insights (issue 17): every change of a member's tier, on the business day it happened — an
-- upgrade by a receipt, a step down by the tier review — for the dashboard's tier moves by
-- month. Moves before this schema were not recorded: the chart starts with it.
CREATE TABLE tier_moves (
    id {{ID}},
    member_id BIGINT NOT NULL REFERENCES members (id),
    business_date TEXT NOT NULL,
    from_tier TEXT NOT NULL,
    to_tier TEXT NOT NULL
);
CREATE INDEX tier_moves_day ON tier_moves (business_date);
