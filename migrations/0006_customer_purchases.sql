CREATE TABLE "customer_purchases" (
	"org_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"purchases" integer NOT NULL,
	"revenue" numeric(16, 2) NOT NULL,
	"first_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	"active_months" date[] NOT NULL,
	CONSTRAINT "customer_purchases_org_id_customer_id_pk" PRIMARY KEY("org_id","customer_id")
);
--> statement-breakpoint
CREATE TABLE "customer_purchases_dirty" (
	"org_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	CONSTRAINT "customer_purchases_dirty_org_id_customer_id_pk" PRIMARY KEY("org_id","customer_id")
);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "customer_purchases_mark"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO customer_purchases_dirty (org_id, customer_id)
      SELECT DISTINCT org_id, customer_id FROM new_rows WHERE customer_id IS NOT NULL ORDER BY 1, 2 ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO customer_purchases_dirty (org_id, customer_id)
      SELECT DISTINCT org_id, customer_id FROM old_rows WHERE customer_id IS NOT NULL ORDER BY 1, 2 ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "interactions_purchases_insert" AFTER INSERT ON "interactions" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "customer_purchases_mark"();
--> statement-breakpoint
CREATE TRIGGER "interactions_purchases_update" AFTER UPDATE ON "interactions" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "customer_purchases_mark"();
--> statement-breakpoint
CREATE TRIGGER "interactions_purchases_delete" AFTER DELETE ON "interactions" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "customer_purchases_mark"();
--> statement-breakpoint
INSERT INTO "customer_purchases_dirty" (org_id, customer_id) SELECT DISTINCT org_id, customer_id FROM interactions WHERE customer_id IS NOT NULL AND revenue > 0 ON CONFLICT DO NOTHING;
