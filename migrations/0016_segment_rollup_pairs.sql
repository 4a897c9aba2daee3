-- The segment counts gain the touchpoint and the staff member, so the segment pairs with them too
-- (the dashboard's touchpoint map and staff rankings under a segment filter stay on rollups). Rows
-- counted without them cannot be split: clear them and the segment rows of metric_daily, and mark
-- every customer with a counted response, so the segment rollup sweeper rebuilds both.
DELETE FROM "metric_daily" WHERE "dim" IN ('segment', 'location+segment');--> statement-breakpoint
TRUNCATE "customer_segment_counts";--> statement-breakpoint
ALTER TABLE "customer_segment_counts" DROP CONSTRAINT "customer_segment_counts_org_id_customer_id_day_location_pk";--> statement-breakpoint
ALTER TABLE "customer_segment_counts" ADD COLUMN "touchpoint" text NOT NULL;--> statement-breakpoint
ALTER TABLE "customer_segment_counts" ADD COLUMN "staff" text NOT NULL;--> statement-breakpoint
ALTER TABLE "customer_segment_counts" ADD CONSTRAINT "customer_segment_counts_org_id_customer_id_day_location_touchpoint_staff_pk" PRIMARY KEY("org_id","customer_id","day","location","touchpoint","staff");--> statement-breakpoint
INSERT INTO "segment_counts_dirty" (org_id, customer_id) SELECT DISTINCT org_id, customer_id FROM responses WHERE customer_id IS NOT NULL AND rolled_up_at IS NOT NULL ON CONFLICT DO NOTHING;
