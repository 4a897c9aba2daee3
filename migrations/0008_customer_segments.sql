CREATE TABLE "customer_segments" (
	"org_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"segment" text NOT NULL,
	CONSTRAINT "customer_segments_org_id_customer_id_pk" PRIMARY KEY("org_id","customer_id")
);
--> statement-breakpoint
CREATE TABLE "customer_segments_due" (
	"org_id" uuid PRIMARY KEY NOT NULL
);
--> statement-breakpoint
-- Any change to an organisation's purchase rollup may move its quintiles: mark the organisation for
-- the segment sweeper (segments.ts) in the same transaction as the change, so none is missed.
CREATE OR REPLACE FUNCTION "customer_segments_mark"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO customer_segments_due (org_id) SELECT DISTINCT org_id FROM new_rows ORDER BY 1 ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO customer_segments_due (org_id) SELECT DISTINCT org_id FROM old_rows ORDER BY 1 ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "customer_purchases_segments_insert" AFTER INSERT ON "customer_purchases" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "customer_segments_mark"();
--> statement-breakpoint
CREATE TRIGGER "customer_purchases_segments_update" AFTER UPDATE ON "customer_purchases" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "customer_segments_mark"();
--> statement-breakpoint
CREATE TRIGGER "customer_purchases_segments_delete" AFTER DELETE ON "customer_purchases" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "customer_segments_mark"();
--> statement-breakpoint
-- Backfill: every organisation that already has purchases gets its segments on the first sweep.
INSERT INTO "customer_segments_due" (org_id) SELECT DISTINCT org_id FROM customer_purchases ON CONFLICT DO NOTHING;
