-- The segment cube (cube.schema.ts segment_cube): the customer's segment with any other dimensions.
-- customer_segment_counts gains the survey, channel, language and touchpoint kind. Rows counted
-- without them cannot be split: clear them and the segment rows of metric_daily, and mark every
-- customer with a counted response, so the segment rollup sweeper rebuilds all three (as 0016 did).
DELETE FROM "metric_daily" WHERE "dim" = 'segment' OR "dim" LIKE '%+segment:%';--> statement-breakpoint
TRUNCATE "customer_segment_counts";--> statement-breakpoint
ALTER TABLE "customer_segment_counts" DROP CONSTRAINT "customer_segment_counts_org_id_customer_id_day_location_touchpoint_staff_pk";--> statement-breakpoint
ALTER TABLE "customer_segment_counts" ADD COLUMN "survey" text NOT NULL;--> statement-breakpoint
ALTER TABLE "customer_segment_counts" ADD COLUMN "channel" text NOT NULL;--> statement-breakpoint
ALTER TABLE "customer_segment_counts" ADD COLUMN "language" text NOT NULL;--> statement-breakpoint
ALTER TABLE "customer_segment_counts" ADD COLUMN "kind" text NOT NULL;--> statement-breakpoint
ALTER TABLE "customer_segment_counts" ADD CONSTRAINT "customer_segment_counts_org_id_customer_id_day_location_touchpoint_staff_survey_channel_language_kind_pk" PRIMARY KEY("org_id","customer_id","day","location","touchpoint","staff","survey","channel","language","kind");--> statement-breakpoint
CREATE TABLE "segment_cube" (
	"org_id" uuid NOT NULL,
	"grain" smallint NOT NULL,
	"segment" text NOT NULL,
	"day" date NOT NULL,
	"location" text NOT NULL,
	"touchpoint" text NOT NULL,
	"staff" text NOT NULL,
	"survey" text NOT NULL,
	"channel" text NOT NULL,
	"language" text NOT NULL,
	"kind" text NOT NULL,
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
	CONSTRAINT "segment_cube_org_id_grain_segment_day_location_touchpoint_staff_survey_channel_language_kind_pk" PRIMARY KEY("org_id","grain","segment","day","location","touchpoint","staff","survey","channel","language","kind")
		INCLUDE ("responses","nps_n","nps_promoters","nps_detractors","csat_n","csat_sum","csat_top","ces_n","ces_sum","ces_top")
);
--> statement-breakpoint
CREATE INDEX "segment_cube_day" ON "segment_cube" USING btree ("org_id","grain","day")
	INCLUDE ("segment","location","touchpoint","staff","survey","channel","language","kind","responses","nps_n","nps_promoters","nps_detractors","csat_n","csat_sum","csat_top","ces_n","ces_sum","ces_top");--> statement-breakpoint
CREATE INDEX "segment_cube_location" ON "segment_cube" USING btree ("org_id","grain","location","day")
	INCLUDE ("segment","touchpoint","staff","survey","channel","language","kind","responses","nps_n","nps_promoters","nps_detractors","csat_n","csat_sum","csat_top","ces_n","ces_sum","ces_top");--> statement-breakpoint
CREATE INDEX "segment_cube_touchpoint" ON "segment_cube" USING btree ("org_id","grain","touchpoint","day")
	INCLUDE ("segment","location","staff","survey","channel","language","kind","responses","nps_n","nps_promoters","nps_detractors","csat_n","csat_sum","csat_top","ces_n","ces_sum","ces_top");--> statement-breakpoint
CREATE INDEX "segment_cube_staff" ON "segment_cube" USING btree ("org_id","grain","staff","day")
	INCLUDE ("segment","location","touchpoint","survey","channel","language","kind","responses","nps_n","nps_promoters","nps_detractors","csat_n","csat_sum","csat_top","ces_n","ces_sum","ces_top");--> statement-breakpoint
ALTER TABLE "segment_cube" SET (parallel_workers = 0);--> statement-breakpoint
-- The marks also follow what the new columns read: a counted response's touchpoint, staff member,
-- survey, channel or language changing moves its customer's cells (0011 watched scores, customer,
-- location and time only).
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
         AND (n.nps, n.csat, n.ces, n.customer_id, n.location_id, n.touchpoint_id, n.staff_id, n.survey_id, n.channel, n.language, n.submitted_at, n.rolled_up_at IS NULL)
             IS DISTINCT FROM (o.nps, o.csat, o.ces, o.customer_id, o.location_id, o.touchpoint_id, o.staff_id, o.survey_id, o.channel, o.language, o.submitted_at, o.rolled_up_at IS NULL)
       ORDER BY 1, 2
      ON CONFLICT (org_id, customer_id) DO UPDATE SET customer_id = excluded.customer_id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
INSERT INTO "segment_counts_dirty" (org_id, customer_id) SELECT DISTINCT org_id, customer_id FROM responses WHERE customer_id IS NOT NULL AND rolled_up_at IS NOT NULL ON CONFLICT DO NOTHING;
