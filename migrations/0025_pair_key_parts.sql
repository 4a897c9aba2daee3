-- Pair rows (rollup.ts PAIRS) are keyed '<a key>:<b key>': a filter on either part used to read every key of the pair
-- in the period (57,000 rows for touchpoint + staff over 90 days on varied data); these read only the matching ones.
CREATE INDEX "metric_daily_key_first" ON "metric_daily" USING btree ("org_id","dim",split_part("key", ':', 1),"day");--> statement-breakpoint
CREATE INDEX "metric_daily_key_second" ON "metric_daily" USING btree ("org_id","dim",split_part("key", ':', 2),"day");
