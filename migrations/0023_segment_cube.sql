-- The segment cube (cube.schema.ts segment_cube): the customer's segment with any other dimensions.
-- customer_segment_counts gains the survey, channel, language and touchpoint kind. Rows counted
-- without them cannot be split: clear them and the segment rows of metric_daily, and rebuild all
-- three here, once, from the counted responses under each customer's current segment, exactly as
-- the segment rollup sweeper computes them (marks already pending stay and are swept as usual).
-- Rebuilt in bulk rather than by re-marking every customer (as 0016 did): minutes of sweeping and
-- a cube bloated by repeated updates of the same cells become one pass. The segment is now paired in
-- metric_daily with the survey, kind, channel and language too (segment-rollup.ts WITH_SEGMENT).
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
) WITH (fillfactor = 80);
--> statement-breakpoint
-- Counts stay out of the indexes (unlike metric_cube's): each recomputed customer rewrites many cells, and
-- updates that touch no indexed column can be HOT (the fillfactor leaves them room) instead of adding an entry to every index.
CREATE INDEX "segment_cube_location" ON "segment_cube" USING btree ("org_id","grain","location","day");--> statement-breakpoint
CREATE INDEX "segment_cube_touchpoint" ON "segment_cube" USING btree ("org_id","grain","touchpoint","day");--> statement-breakpoint
CREATE INDEX "segment_cube_staff" ON "segment_cube" USING btree ("org_id","grain","staff","day");--> statement-breakpoint
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
-- The rebuild (segment-rollup.ts computes the same per customer).
INSERT INTO "customer_segment_counts" (org_id, customer_id, day, location, touchpoint, staff, survey, channel, language, kind, segment,
       responses, nps_n, nps_promoters, nps_detractors, csat_n, csat_sum, csat_top, ces_n, ces_sum, ces_top)
SELECT r.org_id, r.customer_id, (r.submitted_at AT TIME ZONE o.time_zone)::date, coalesce(r.location_id::text, ''), coalesce(r.touchpoint_id::text, ''),
       coalesce(r.staff_id::text, ''), r.survey_id::text, r.channel::text, r.language, coalesce(t.kind::text, ''), coalesce(cs.segment, 'no_purchases'),
       count(*), count(r.nps), count(*) FILTER (WHERE r.nps >= 9), count(*) FILTER (WHERE r.nps <= 6),
       count(r.csat), coalesce(sum(r.csat), 0), count(*) FILTER (WHERE r.csat >= 4), count(r.ces), coalesce(sum(r.ces), 0), count(*) FILTER (WHERE r.ces >= 5)
  FROM responses r JOIN orgs o ON o.id = r.org_id LEFT JOIN touchpoints t ON t.id = r.touchpoint_id
  LEFT JOIN customer_segments cs ON cs.org_id = r.org_id AND cs.customer_id = r.customer_id
 WHERE r.customer_id IS NOT NULL AND r.rolled_up_at IS NOT NULL
 GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11;
--> statement-breakpoint
INSERT INTO "metric_daily" (org_id, dim, key, day, responses, nps_n, nps_promoters, nps_detractors, csat_n, csat_sum, csat_top, ces_n, ces_sum, ces_top)
SELECT c.org_id, d.dim, d.key, c.day, sum(c.responses), sum(c.nps_n), sum(c.nps_promoters), sum(c.nps_detractors),
       sum(c.csat_n), sum(c.csat_sum), sum(c.csat_top), sum(c.ces_n), sum(c.ces_sum), sum(c.ces_top)
  FROM customer_segment_counts c
  CROSS JOIN LATERAL (VALUES ('segment', c.segment), ('location+segment:' || c.segment, c.location),
                             ('touchpoint+segment:' || c.segment, c.touchpoint), ('staff+segment:' || c.segment, c.staff),
                             ('survey+segment:' || c.segment, c.survey), ('kind+segment:' || c.segment, c.kind),
                             ('channel+segment:' || c.segment, c.channel), ('language+segment:' || c.segment, c.language)) AS d(dim, key)
 WHERE d.key <> ''
 GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
INSERT INTO "segment_cube" (org_id, grain, segment, day, location, touchpoint, staff, survey, channel, language, kind,
       responses, nps_n, nps_promoters, nps_detractors, csat_n, csat_sum, csat_top, ces_n, ces_sum, ces_top)
SELECT c.org_id, g.grain, c.segment, c.day, g.location, g.touchpoint, g.staff, g.survey, g.channel, g.language, g.kind,
       sum(c.responses), sum(c.nps_n), sum(c.nps_promoters), sum(c.nps_detractors), sum(c.csat_n), sum(c.csat_sum), sum(c.csat_top), sum(c.ces_n), sum(c.ces_sum), sum(c.ces_top)
  FROM customer_segment_counts c
  CROSS JOIN LATERAL (VALUES
    (1::smallint, c.location, c.touchpoint, c.staff, c.survey, '', '', c.kind),
    (2::smallint, c.location, '', '', c.survey, c.channel, c.language, c.kind),
    (3::smallint, c.location, c.touchpoint, c.staff, c.survey, c.channel, c.language, c.kind)
  ) AS g(grain, location, touchpoint, staff, survey, channel, language, kind)
 GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11;
