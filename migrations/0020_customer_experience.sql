CREATE TABLE "customer_experience" (
	"org_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"nps" smallint NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"next_purchase_at" timestamp with time zone,
	CONSTRAINT "customer_experience_org_id_customer_id_pk" PRIMARY KEY("org_id","customer_id")
);
--> statement-breakpoint
-- Backfill: each customer's latest counted answer with the first purchase after it; later changes come through the RFM marks.
INSERT INTO "customer_experience" (org_id, customer_id, nps, submitted_at, next_purchase_at)
SELECT l.org_id, l.customer_id, l.nps, l.submitted_at,
       (SELECT min(i.occurred_at) FROM interactions i WHERE i.org_id = l.org_id AND i.customer_id = l.customer_id AND i.revenue > 0 AND i.occurred_at > l.submitted_at)
  FROM customer_latest_nps l;
