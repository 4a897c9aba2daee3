CREATE TABLE "case_cause_cells" (
	"org_id" uuid NOT NULL,
	"day" date NOT NULL,
	"location" text NOT NULL,
	"root_cause" uuid NOT NULL,
	"touchpoint" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "case_cause_cells_org_id_day_location_root_cause_touchpoint_pk" PRIMARY KEY("org_id","day","location","root_cause","touchpoint")
);
--> statement-breakpoint
CREATE TABLE "case_cells" (
	"org_id" uuid NOT NULL,
	"day" date NOT NULL,
	"location" text NOT NULL,
	"owner" text NOT NULL,
	"opened" integer NOT NULL,
	"open" integer NOT NULL,
	"closed" integer NOT NULL,
	"closed_in_time" integer NOT NULL,
	"acted" integer NOT NULL,
	"resolved_times" integer NOT NULL,
	"with_follow_up" integer NOT NULL,
	"recovered" integer NOT NULL,
	CONSTRAINT "case_cells_org_id_day_location_owner_pk" PRIMARY KEY("org_id","day","location","owner")
);
--> statement-breakpoint
-- What a set of cases (`src`: their columns and `s`, +1 to add them, -1 to take them away) adds to the
-- cells, as two statements. One text for the trigger and the backfill below; in key order, so concurrent
-- writers cannot deadlock on cells; groups whose every delta is zero (an update that changed nothing
-- counted) write nothing.
CREATE OR REPLACE FUNCTION "case_cells_statements"(src text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $f$
SELECT ARRAY[
  format($q$
    INSERT INTO case_cells (org_id, day, location, owner, opened, open, closed, closed_in_time, acted, resolved_times, with_follow_up, recovered)
    SELECT * FROM (
      SELECT d.org_id, (d.opened_at AT TIME ZONE o.time_zone)::date AS day, coalesce(d.location_id::text, '') AS location, coalesce(d.owner_id::text, '') AS owner,
             sum(d.s) AS opened,
             coalesce(sum(d.s) FILTER (WHERE d.status IN ('new', 'in_progress', 'waiting')), 0) AS open,
             coalesce(sum(d.s) FILTER (WHERE d.status IN ('resolved', 'closed_no_contact')), 0) AS closed,
             coalesce(sum(d.s) FILTER (WHERE d.resolved_at IS NOT NULL AND d.resolved_at <= d.due_at), 0) AS closed_in_time,
             coalesce(sum(d.s) FILTER (WHERE d.first_action_at IS NOT NULL), 0) AS acted,
             coalesce(sum(d.s) FILTER (WHERE d.resolved_at IS NOT NULL), 0) AS resolved_times,
             coalesce(sum(d.s) FILTER (WHERE d.status = 'resolved' AND d.follow_up_score IS NOT NULL), 0) AS with_follow_up,
             coalesce(sum(d.s) FILTER (WHERE d.status = 'resolved' AND d.follow_up_score >= 7), 0) AS recovered
        FROM (%1$s) d JOIN orgs o ON o.id = d.org_id
       GROUP BY 1, 2, 3, 4
    ) g
     WHERE (g.opened, g.open, g.closed, g.closed_in_time, g.acted, g.resolved_times, g.with_follow_up, g.recovered) <> (0, 0, 0, 0, 0, 0, 0, 0)
     ORDER BY 1, 2, 3, 4
    ON CONFLICT (org_id, day, location, owner) DO UPDATE SET
      opened = case_cells.opened + excluded.opened, open = case_cells.open + excluded.open, closed = case_cells.closed + excluded.closed,
      closed_in_time = case_cells.closed_in_time + excluded.closed_in_time, acted = case_cells.acted + excluded.acted,
      resolved_times = case_cells.resolved_times + excluded.resolved_times, with_follow_up = case_cells.with_follow_up + excluded.with_follow_up,
      recovered = case_cells.recovered + excluded.recovered
  $q$, src),
  format($q$
    INSERT INTO case_cause_cells (org_id, day, location, root_cause, touchpoint, n)
    SELECT d.org_id, (d.opened_at AT TIME ZONE o.time_zone)::date, coalesce(d.location_id::text, ''), d.root_cause_id, coalesce(d.touchpoint_id::text, ''), sum(d.s)
      FROM (%1$s) d JOIN orgs o ON o.id = d.org_id
     WHERE d.root_cause_id IS NOT NULL
     GROUP BY 1, 2, 3, 4, 5
    HAVING sum(d.s) <> 0
     ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (org_id, day, location, root_cause, touchpoint) DO UPDATE SET n = case_cause_cells.n + excluded.n
  $q$, src)
]
$f$;
--> statement-breakpoint
-- The cells follow every write of cases in the writer's transaction: inserted rows add, deleted rows take
-- away, an update takes its old rows away and adds its new ones.
CREATE OR REPLACE FUNCTION "case_cells_follow"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  statement text;
BEGIN
  FOREACH statement IN ARRAY case_cells_statements(CASE TG_OP
      WHEN 'INSERT' THEN 'SELECT n.*, 1 AS s FROM new_rows n'
      WHEN 'DELETE' THEN 'SELECT o.*, -1 AS s FROM old_rows o'
      ELSE 'SELECT n.*, 1 AS s FROM new_rows n UNION ALL SELECT o.*, -1 AS s FROM old_rows o' END) LOOP
    EXECUTE statement;
  END LOOP;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "cases_cells_insert" AFTER INSERT ON "cases" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "case_cells_follow"();
--> statement-breakpoint
CREATE TRIGGER "cases_cells_update" AFTER UPDATE ON "cases" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "case_cells_follow"();
--> statement-breakpoint
CREATE TRIGGER "cases_cells_delete" AFTER DELETE ON "cases" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "case_cells_follow"();
--> statement-breakpoint
-- The cases there are already.
DO $$
DECLARE
  statement text;
BEGIN
  FOREACH statement IN ARRAY case_cells_statements('SELECT c.*, 1 AS s FROM cases c') LOOP
    EXECUTE statement;
  END LOOP;
END $$;
--> statement-breakpoint
-- What is overdue now among the open cases opened in a period, from the index alone.
CREATE INDEX IF NOT EXISTS "cases_open_opened" ON "cases" USING btree ("org_id", "opened_at") INCLUDE ("due_at", "location_id", "owner_id") WHERE "status" IN ('new', 'in_progress', 'waiting');
--> statement-breakpoint
-- The medians' times (first action, resolution) of the cases opened in a period: every case's, or past a
-- size a fixed one-in-sixteen sample's (case-stats.ts), from the index alone.
CREATE INDEX IF NOT EXISTS "cases_times" ON "cases" USING btree ("org_id", "opened_at") INCLUDE ("first_action_at", "resolved_at", "location_id", "owner_id");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "cases_times_sample" ON "cases" USING btree ("org_id", "opened_at") INCLUDE ("first_action_at", "resolved_at", "location_id", "owner_id") WHERE (hashtext("id"::text) & 15) = 0;
--> statement-breakpoint
-- The root causes of a period from the index alone (the figures page sums them by cause, touchpoint and location).
CREATE INDEX IF NOT EXISTS "case_cause_cells_read" ON "case_cause_cells" USING btree ("org_id", "day") INCLUDE ("location", "root_cause", "touchpoint", "n");
