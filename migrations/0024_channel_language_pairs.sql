-- New rollup pairs (rollup.ts PAIRS): channel and language with every dimension and each other. Responses
-- counted before this migration get their pair rows here, once, computed exactly as the rollup sweeper
-- would (local day, touchpoint kind); responses counted later get them from the sweeper.
INSERT INTO metric_daily (org_id, dim, key, day, responses, nps_n, nps_promoters, nps_detractors, csat_n, csat_sum, csat_top, ces_n, ces_sum, ces_top)
SELECT f.org_id, p.dim, p.key, f.day, count(*), count(f.nps), count(*) FILTER (WHERE f.nps >= 9), count(*) FILTER (WHERE f.nps <= 6),
       count(f.csat), coalesce(sum(f.csat), 0), count(*) FILTER (WHERE f.csat >= 4), count(f.ces), coalesce(sum(f.ces), 0), count(*) FILTER (WHERE f.ces >= 5)
  FROM (
    SELECT r.org_id, (r.submitted_at AT TIME ZONE o.time_zone)::date AS day, r.location_id::text AS location, r.touchpoint_id::text AS touchpoint,
           r.staff_id::text AS staff, r.survey_id::text AS survey, t.kind::text AS kind, r.channel::text AS channel, r.language, r.nps, r.csat, r.ces
      FROM responses r JOIN orgs o ON o.id = r.org_id LEFT JOIN touchpoints t ON t.id = r.touchpoint_id
     WHERE r.rolled_up_at IS NOT NULL
  ) f
  CROSS JOIN LATERAL (VALUES
    ('location+channel', f.location || ':' || f.channel),
    ('location+language', f.location || ':' || f.language),
    ('touchpoint+channel', f.touchpoint || ':' || f.channel),
    ('touchpoint+language', f.touchpoint || ':' || f.language),
    ('staff+channel', f.staff || ':' || f.channel),
    ('staff+language', f.staff || ':' || f.language),
    ('survey+channel', f.survey || ':' || f.channel),
    ('survey+language', f.survey || ':' || f.language),
    ('kind+channel', f.kind || ':' || f.channel),
    ('kind+language', f.kind || ':' || f.language),
    ('channel+language', f.channel || ':' || f.language)
  ) AS p(dim, key)
 WHERE p.key IS NOT NULL
 GROUP BY f.org_id, p.dim, p.key, f.day
 ORDER BY 1, 2, 3, 4
ON CONFLICT (org_id, dim, key, day) DO UPDATE SET
  responses = metric_daily.responses + excluded.responses, nps_n = metric_daily.nps_n + excluded.nps_n,
  nps_promoters = metric_daily.nps_promoters + excluded.nps_promoters, nps_detractors = metric_daily.nps_detractors + excluded.nps_detractors,
  csat_n = metric_daily.csat_n + excluded.csat_n, csat_sum = metric_daily.csat_sum + excluded.csat_sum, csat_top = metric_daily.csat_top + excluded.csat_top,
  ces_n = metric_daily.ces_n + excluded.ces_n, ces_sum = metric_daily.ces_sum + excluded.ces_sum, ces_top = metric_daily.ces_top + excluded.ces_top;
