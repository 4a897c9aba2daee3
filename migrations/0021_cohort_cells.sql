CREATE TABLE "cohort_cells" (
	"org_id" uuid NOT NULL,
	"group_by" text NOT NULL,
	"cohort" date NOT NULL,
	"grp" text NOT NULL,
	"k" integer NOT NULL,
	"customers" bigint NOT NULL,
	CONSTRAINT "cohort_cells_org_id_group_by_cohort_grp_k_pk" PRIMARY KEY("org_id","group_by","cohort","grp","k")
);
--> statement-breakpoint
CREATE TABLE "cohort_customers" (
	"org_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"campaign" text NOT NULL,
	"months" date[] NOT NULL,
	CONSTRAINT "cohort_customers_org_id_customer_id_pk" PRIMARY KEY("org_id","customer_id")
);
--> statement-breakpoint
-- The RFM sweep also keeps the cohort cells, grouped by acquisition channel or campaign: a customer's campaign change marks them too.
CREATE OR REPLACE FUNCTION "rfm_mark_customer"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO rfm_dirty (org_id, customer_id) SELECT DISTINCT org_id, id FROM old_rows ORDER BY 1, 2
      ON CONFLICT (org_id, customer_id) DO UPDATE SET customer_id = excluded.customer_id;
  ELSE
    INSERT INTO rfm_dirty (org_id, customer_id)
      SELECT DISTINCT n.org_id, n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
       WHERE (n.acquisition_channel, n.acquisition_campaign) IS DISTINCT FROM (o.acquisition_channel, o.acquisition_campaign) ORDER BY 1, 2
      ON CONFLICT (org_id, customer_id) DO UPDATE SET customer_id = excluded.customer_id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Backfill: every buyer's contribution and the cells they sum to; later changes come through the marks.
INSERT INTO "cohort_customers" (org_id, customer_id, channel, campaign, months)
SELECT cp.org_id, cp.customer_id, coalesce(c.acquisition_channel, ''), coalesce(c.acquisition_campaign, ''), array(SELECT m FROM unnest(cp.active_months) m ORDER BY m)
  FROM customer_purchases cp LEFT JOIN customers c ON c.org_id = cp.org_id AND c.id = cp.customer_id;
--> statement-breakpoint
INSERT INTO "cohort_cells" (org_id, group_by, cohort, grp, k, customers)
SELECT cc.org_id, g.group_by, cc.months[1], g.grp, ((extract(year FROM m) - extract(year FROM cc.months[1])) * 12 + extract(month FROM m) - extract(month FROM cc.months[1]))::int, count(*)
  FROM cohort_customers cc CROSS JOIN LATERAL unnest(cc.months) m
  CROSS JOIN LATERAL (VALUES ('channel', cc.channel), ('campaign', cc.campaign), ('none', '')) g(group_by, grp)
 GROUP BY 1, 2, 3, 4, 5;
