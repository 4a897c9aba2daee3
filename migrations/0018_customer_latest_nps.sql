CREATE TABLE "customer_latest_nps" (
	"org_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"nps" smallint NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "customer_latest_nps_org_id_customer_id_pk" PRIMARY KEY("org_id","customer_id")
);
--> statement-breakpoint
-- Backfill: each customer's latest counted NPS answer; later changes come through the segment rollup's marks.
INSERT INTO "customer_latest_nps" (org_id, customer_id, nps, submitted_at)
SELECT DISTINCT ON (org_id, customer_id) org_id, customer_id, nps, submitted_at FROM responses
 WHERE customer_id IS NOT NULL AND nps IS NOT NULL AND rolled_up_at IS NOT NULL
 ORDER BY org_id, customer_id, submitted_at DESC, id DESC;
