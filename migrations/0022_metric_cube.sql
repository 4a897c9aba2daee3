-- The metric cube (src/modules/analytics/cube.ts): daily counts per combination of dimensions at three
-- grains, kept by the rollup sweeper next to metric_daily. Every index includes the remaining columns,
-- so a dashboard read is an index-only scan led by its most selective filter.
CREATE TABLE "metric_cube" (
	"org_id" uuid NOT NULL,
	"grain" smallint NOT NULL,
	"day" date NOT NULL,
	"location" uuid,
	"touchpoint" uuid,
	"staff" uuid,
	"survey" uuid,
	"channel" text,
	"language" text,
	"kind" text,
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
	CONSTRAINT "metric_cube_key" UNIQUE NULLS NOT DISTINCT("org_id","grain","day","location","touchpoint","staff","survey","channel","language","kind")
		INCLUDE ("responses","nps_n","nps_promoters","nps_detractors","csat_n","csat_sum","csat_top","ces_n","ces_sum","ces_top")
);
--> statement-breakpoint
CREATE INDEX "metric_cube_location" ON "metric_cube" USING btree ("org_id","grain","location","day")
	INCLUDE ("touchpoint","staff","survey","channel","language","kind","responses","nps_n","nps_promoters","nps_detractors","csat_n","csat_sum","csat_top","ces_n","ces_sum","ces_top");--> statement-breakpoint
CREATE INDEX "metric_cube_touchpoint" ON "metric_cube" USING btree ("org_id","grain","touchpoint","day")
	INCLUDE ("location","staff","survey","channel","language","kind","responses","nps_n","nps_promoters","nps_detractors","csat_n","csat_sum","csat_top","ces_n","ces_sum","ces_top");--> statement-breakpoint
CREATE INDEX "metric_cube_staff" ON "metric_cube" USING btree ("org_id","grain","staff","day")
	INCLUDE ("location","touchpoint","survey","channel","language","kind","responses","nps_n","nps_promoters","nps_detractors","csat_n","csat_sum","csat_top","ces_n","ces_sum","ces_top");--> statement-breakpoint
CREATE INDEX "metric_cube_channel" ON "metric_cube" USING btree ("org_id","grain","channel","day")
	INCLUDE ("location","touchpoint","staff","survey","language","kind","responses","nps_n","nps_promoters","nps_detractors","csat_n","csat_sum","csat_top","ces_n","ces_sum","ces_top");--> statement-breakpoint
-- Responses counted before this migration enter the cube here, once, as the sweeper would count them
-- (local day, touchpoint kind); responses counted later are added by the sweeper.
INSERT INTO "metric_cube" ("org_id","grain","day","location","touchpoint","staff","survey","channel","language","kind",
       "responses","nps_n","nps_promoters","nps_detractors","csat_n","csat_sum","csat_top","ces_n","ces_sum","ces_top")
SELECT f.org_id, c.grain, f.day, c.location, c.touchpoint, c.staff, c.survey, c.channel, c.language, c.kind,
       count(*), count(f.nps), count(*) FILTER (WHERE f.nps >= 9), count(*) FILTER (WHERE f.nps <= 6),
       count(f.csat), coalesce(sum(f.csat), 0), count(*) FILTER (WHERE f.csat >= 4), count(f.ces), coalesce(sum(f.ces), 0), count(*) FILTER (WHERE f.ces >= 5)
  FROM (
    SELECT r.org_id, (r.submitted_at AT TIME ZONE o.time_zone)::date AS day, r.location_id, r.touchpoint_id, r.staff_id, r.survey_id,
           r.channel::text AS channel, r.language, t.kind::text AS kind, r.nps, r.csat, r.ces
      FROM responses r JOIN orgs o ON o.id = r.org_id LEFT JOIN touchpoints t ON t.id = r.touchpoint_id
     WHERE r.rolled_up_at IS NOT NULL
  ) f
  CROSS JOIN LATERAL (VALUES
    (1::smallint, f.location_id, f.touchpoint_id, f.staff_id, f.survey_id, NULL::text, NULL::text, f.kind),
    (2::smallint, f.location_id, NULL::uuid, NULL::uuid, f.survey_id, f.channel, f.language, f.kind),
    (3::smallint, f.location_id, f.touchpoint_id, f.staff_id, f.survey_id, f.channel, f.language, f.kind)
  ) AS c(grain, location, touchpoint, staff, survey, channel, language, kind)
 GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;
--> statement-breakpoint
-- Small reads (hundreds to thousands of rows): parallel workers only add start-up time on a busy machine.
ALTER TABLE "metric_cube" SET (parallel_workers = 0);
