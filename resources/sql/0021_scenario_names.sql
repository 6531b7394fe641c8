-- Scenarios and partner merchants the programme adds get names of their own (issue 19): a
-- partner's name is the merchant's, shown at the counter, on its stores and its settlement. A
-- scenario of the seeds without a name keeps its translated one.
ALTER TABLE earning_rates ADD COLUMN name TEXT;
