CREATE TABLE "customer_segment_counts" (
	"org_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"day" date NOT NULL,
	"location" text NOT NULL,
	"segment" text NOT NULL,
	"responses" integer NOT NULL,
	"nps_n" integer NOT NULL,
	"nps_promoters" integer NOT NULL,
	"nps_detractors" integer NOT NULL,
	"csat_n" integer NOT NULL,
	"csat_sum" integer NOT NULL,
	"csat_top" integer NOT NULL,
	"ces_n" integer NOT NULL,
	"ces_sum" integer NOT NULL,
	"ces_top" integer NOT NULL,
	CONSTRAINT "customer_segment_counts_org_id_customer_id_day_location_pk" PRIMARY KEY("org_id","customer_id","day","location")
);
--> statement-breakpoint
CREATE TABLE "segment_counts_dirty" (
	"org_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	CONSTRAINT "segment_counts_dirty_org_id_customer_id_pk" PRIMARY KEY("org_id","customer_id")
);
--> statement-breakpoint
-- Segment rollups follow responses (segment-rollup.ts): a statement trigger marks the customers whose
-- counted responses were deleted or changed in what the rollup reads (scores, customer, location,
-- time, or being counted by the metric rollup), in the same transaction. DO UPDATE, not DO NOTHING,
-- as for the driver marks: a mark a running sweep has locked is written anew once it commits.
CREATE OR REPLACE FUNCTION "segment_counts_mark"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO segment_counts_dirty (org_id, customer_id)
      SELECT DISTINCT org_id, customer_id FROM new_rows WHERE customer_id IS NOT NULL AND rolled_up_at IS NOT NULL ORDER BY 1, 2
      ON CONFLICT (org_id, customer_id) DO UPDATE SET customer_id = excluded.customer_id;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO segment_counts_dirty (org_id, customer_id)
      SELECT DISTINCT org_id, customer_id FROM old_rows WHERE customer_id IS NOT NULL AND rolled_up_at IS NOT NULL ORDER BY 1, 2
      ON CONFLICT (org_id, customer_id) DO UPDATE SET customer_id = excluded.customer_id;
  ELSE
    INSERT INTO segment_counts_dirty (org_id, customer_id)
      SELECT DISTINCT c.org_id, c.customer_id
        FROM new_rows n JOIN old_rows o ON o.id = n.id
        CROSS JOIN LATERAL (VALUES (n.org_id, n.customer_id), (o.org_id, o.customer_id)) AS c(org_id, customer_id)
       WHERE c.customer_id IS NOT NULL AND (n.rolled_up_at IS NOT NULL OR o.rolled_up_at IS NOT NULL)
         AND (n.nps, n.csat, n.ces, n.customer_id, n.location_id, n.submitted_at, n.rolled_up_at IS NULL)
             IS DISTINCT FROM (o.nps, o.csat, o.ces, o.customer_id, o.location_id, o.submitted_at, o.rolled_up_at IS NULL)
       ORDER BY 1, 2
      ON CONFLICT (org_id, customer_id) DO UPDATE SET customer_id = excluded.customer_id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "responses_segments_insert" AFTER INSERT ON "responses" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "segment_counts_mark"();
--> statement-breakpoint
CREATE TRIGGER "responses_segments_update" AFTER UPDATE ON "responses" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "segment_counts_mark"();
--> statement-breakpoint
CREATE TRIGGER "responses_segments_delete" AFTER DELETE ON "responses" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "segment_counts_mark"();
--> statement-breakpoint
-- Backfill: every customer with a counted response gets their segment counts on the first sweeps.
INSERT INTO "segment_counts_dirty" (org_id, customer_id) SELECT DISTINCT org_id, customer_id FROM responses WHERE customer_id IS NOT NULL AND rolled_up_at IS NOT NULL ON CONFLICT DO NOTHING;
