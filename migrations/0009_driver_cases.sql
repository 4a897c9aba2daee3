CREATE TABLE "driver_case_vars" (
	"org_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"month" date NOT NULL,
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"x" numeric NOT NULL,
	CONSTRAINT "driver_case_vars_org_id_customer_id_month_scope_key_pk" PRIMARY KEY("org_id","customer_id","month","scope","key")
);
--> statement-breakpoint
CREATE TABLE "driver_dirty" (
	"org_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	CONSTRAINT "driver_dirty_org_id_customer_id_pk" PRIMARY KEY("org_id","customer_id")
);
--> statement-breakpoint
CREATE TABLE "driver_pairs" (
	"org_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"month" date NOT NULL,
	"a" text NOT NULL,
	"b" text NOT NULL,
	"n" integer NOT NULL,
	"sx" numeric NOT NULL,
	"sy" numeric NOT NULL,
	"sxx" numeric NOT NULL,
	"syy" numeric NOT NULL,
	"sxy" numeric NOT NULL,
	CONSTRAINT "driver_pairs_org_id_scope_month_a_b_pk" PRIMARY KEY("org_id","scope","month","a","b")
);
--> statement-breakpoint
-- Driver cases follow responses (drivers-rollup.ts): a statement trigger marks the customers whose
-- scored responses were inserted, deleted or changed in what the analysis reads (scores, customer,
-- touchpoint, location, time, or being counted by the metric rollup), in the same transaction.
-- DO UPDATE, not DO NOTHING: a mark that a running sweep has already locked is re-written (the
-- insert waits for the sweep, then finds the mark gone and inserts it anew), so a change committed
-- after the sweep's snapshot always leaves a mark for the next one.
CREATE OR REPLACE FUNCTION "driver_cases_mark"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO driver_dirty (org_id, customer_id)
      SELECT DISTINCT org_id, customer_id FROM new_rows WHERE customer_id IS NOT NULL AND (nps IS NOT NULL OR csat IS NOT NULL) ORDER BY 1, 2
      ON CONFLICT (org_id, customer_id) DO UPDATE SET customer_id = excluded.customer_id;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO driver_dirty (org_id, customer_id)
      SELECT DISTINCT org_id, customer_id FROM old_rows WHERE customer_id IS NOT NULL AND (nps IS NOT NULL OR csat IS NOT NULL) ORDER BY 1, 2
      ON CONFLICT (org_id, customer_id) DO UPDATE SET customer_id = excluded.customer_id;
  ELSE
    INSERT INTO driver_dirty (org_id, customer_id)
      SELECT DISTINCT c.org_id, c.customer_id
        FROM new_rows n JOIN old_rows o ON o.id = n.id
        CROSS JOIN LATERAL (VALUES (n.org_id, n.customer_id, n.nps IS NOT NULL OR n.csat IS NOT NULL), (o.org_id, o.customer_id, o.nps IS NOT NULL OR o.csat IS NOT NULL)) AS c(org_id, customer_id, scored)
       WHERE c.customer_id IS NOT NULL AND c.scored
         AND (n.nps, n.csat, n.customer_id, n.touchpoint_id, n.location_id, n.submitted_at, n.rolled_up_at IS NULL)
             IS DISTINCT FROM (o.nps, o.csat, o.customer_id, o.touchpoint_id, o.location_id, o.submitted_at, o.rolled_up_at IS NULL)
       ORDER BY 1, 2
      ON CONFLICT (org_id, customer_id) DO UPDATE SET customer_id = excluded.customer_id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "responses_drivers_insert" AFTER INSERT ON "responses" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "driver_cases_mark"();
--> statement-breakpoint
CREATE TRIGGER "responses_drivers_update" AFTER UPDATE ON "responses" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "driver_cases_mark"();
--> statement-breakpoint
CREATE TRIGGER "responses_drivers_delete" AFTER DELETE ON "responses" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "driver_cases_mark"();
--> statement-breakpoint
-- Backfill: every customer with a counted, scored response gets their cases on the first sweeps.
INSERT INTO "driver_dirty" (org_id, customer_id) SELECT DISTINCT org_id, customer_id FROM responses WHERE customer_id IS NOT NULL AND rolled_up_at IS NOT NULL AND (nps IS NOT NULL OR csat IS NOT NULL) ON CONFLICT DO NOTHING;
