CREATE TABLE "rfm_cells" (
	"org_id" uuid NOT NULL,
	"segment" text NOT NULL,
	"channel" text NOT NULL,
	"customers" bigint NOT NULL,
	"purchases" bigint NOT NULL,
	"revenue" numeric(18, 2) NOT NULL,
	"nps_n" bigint NOT NULL,
	"promoters" bigint NOT NULL,
	"detractors" bigint NOT NULL,
	CONSTRAINT "rfm_cells_org_id_segment_channel_pk" PRIMARY KEY("org_id","segment","channel")
);
--> statement-breakpoint
CREATE TABLE "rfm_customers" (
	"org_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"segment" text NOT NULL,
	"channel" text NOT NULL,
	"purchases" integer NOT NULL,
	"revenue" numeric(16, 2) NOT NULL,
	"nps" smallint,
	CONSTRAINT "rfm_customers_org_id_customer_id_pk" PRIMARY KEY("org_id","customer_id")
);
--> statement-breakpoint
CREATE TABLE "rfm_dirty" (
	"org_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	CONSTRAINT "rfm_dirty_org_id_customer_id_pk" PRIMARY KEY("org_id","customer_id")
);
--> statement-breakpoint
-- RFM cells follow their sources (rfm-rollup.ts): statement triggers mark the customers whose
-- segment, purchase rollup row or latest NPS answer was written, or whose acquisition channel
-- changed, in the same transaction. DO UPDATE, not DO NOTHING, as for the other marks: a mark a
-- running sweep has locked is written anew once it commits.
CREATE OR REPLACE FUNCTION "rfm_mark"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO rfm_dirty (org_id, customer_id) SELECT DISTINCT org_id, customer_id FROM new_rows ORDER BY 1, 2
      ON CONFLICT (org_id, customer_id) DO UPDATE SET customer_id = excluded.customer_id;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO rfm_dirty (org_id, customer_id) SELECT DISTINCT org_id, customer_id FROM old_rows ORDER BY 1, 2
      ON CONFLICT (org_id, customer_id) DO UPDATE SET customer_id = excluded.customer_id;
  ELSE
    INSERT INTO rfm_dirty (org_id, customer_id)
      SELECT org_id, customer_id FROM new_rows UNION SELECT org_id, customer_id FROM old_rows ORDER BY 1, 2
      ON CONFLICT (org_id, customer_id) DO UPDATE SET customer_id = excluded.customer_id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "rfm_mark_customer"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO rfm_dirty (org_id, customer_id) SELECT DISTINCT org_id, id FROM old_rows ORDER BY 1, 2
      ON CONFLICT (org_id, customer_id) DO UPDATE SET customer_id = excluded.customer_id;
  ELSE
    INSERT INTO rfm_dirty (org_id, customer_id)
      SELECT DISTINCT n.org_id, n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
       WHERE n.acquisition_channel IS DISTINCT FROM o.acquisition_channel ORDER BY 1, 2
      ON CONFLICT (org_id, customer_id) DO UPDATE SET customer_id = excluded.customer_id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "customer_segments_rfm_insert" AFTER INSERT ON "customer_segments" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "rfm_mark"();
--> statement-breakpoint
CREATE TRIGGER "customer_segments_rfm_update" AFTER UPDATE ON "customer_segments" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "rfm_mark"();
--> statement-breakpoint
CREATE TRIGGER "customer_segments_rfm_delete" AFTER DELETE ON "customer_segments" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "rfm_mark"();
--> statement-breakpoint
CREATE TRIGGER "customer_purchases_rfm_insert" AFTER INSERT ON "customer_purchases" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "rfm_mark"();
--> statement-breakpoint
CREATE TRIGGER "customer_purchases_rfm_update" AFTER UPDATE ON "customer_purchases" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "rfm_mark"();
--> statement-breakpoint
CREATE TRIGGER "customer_purchases_rfm_delete" AFTER DELETE ON "customer_purchases" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "rfm_mark"();
--> statement-breakpoint
CREATE TRIGGER "customer_latest_nps_rfm_insert" AFTER INSERT ON "customer_latest_nps" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "rfm_mark"();
--> statement-breakpoint
CREATE TRIGGER "customer_latest_nps_rfm_update" AFTER UPDATE ON "customer_latest_nps" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "rfm_mark"();
--> statement-breakpoint
CREATE TRIGGER "customer_latest_nps_rfm_delete" AFTER DELETE ON "customer_latest_nps" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "rfm_mark"();
--> statement-breakpoint
CREATE TRIGGER "customers_rfm_update" AFTER UPDATE ON "customers" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "rfm_mark_customer"();
--> statement-breakpoint
CREATE TRIGGER "customers_rfm_delete" AFTER DELETE ON "customers" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "rfm_mark_customer"();
--> statement-breakpoint
-- Backfill: every segmented customer's contribution and the cells they sum to; later changes come through the marks.
INSERT INTO "rfm_customers" (org_id, customer_id, segment, channel, purchases, revenue, nps)
SELECT cs.org_id, cs.customer_id, cs.segment, coalesce(c.acquisition_channel, ''), cp.purchases, cp.revenue, l.nps
  FROM customer_segments cs
  JOIN customer_purchases cp ON cp.org_id = cs.org_id AND cp.customer_id = cs.customer_id
  LEFT JOIN customers c ON c.org_id = cs.org_id AND c.id = cs.customer_id
  LEFT JOIN customer_latest_nps l ON l.org_id = cs.org_id AND l.customer_id = cs.customer_id;
--> statement-breakpoint
INSERT INTO "rfm_cells" (org_id, segment, channel, customers, purchases, revenue, nps_n, promoters, detractors)
SELECT org_id, segment, channel, count(*), sum(purchases), sum(revenue), count(nps), count(*) FILTER (WHERE nps >= 9), count(*) FILTER (WHERE nps <= 6)
  FROM rfm_customers GROUP BY 1, 2, 3;
