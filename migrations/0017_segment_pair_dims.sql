-- Segment pairs get one dim per segment (`<d>+segment:<segment>`, key the id), so a segment filter
-- reads only its segment's rows. The segment rollup adds deltas against its per-customer rows, so
-- both are rebuilt from scratch: drop every segment row of metric_daily and the per-customer rows,
-- and mark every customer with a counted response for the segment rollup sweeper.
DELETE FROM "metric_daily" WHERE "dim" = 'segment' OR "dim" LIKE '%+segment%';--> statement-breakpoint
TRUNCATE "customer_segment_counts";--> statement-breakpoint
INSERT INTO "segment_counts_dirty" (org_id, customer_id) SELECT DISTINCT org_id, customer_id FROM responses WHERE customer_id IS NOT NULL AND rolled_up_at IS NOT NULL ON CONFLICT DO NOTHING;
