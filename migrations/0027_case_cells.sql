CREATE TABLE "case_cause_cells" (
	"org_id" uuid NOT NULL,
	"day" date NOT NULL,
	"location" text NOT NULL,
	"root_cause" uuid NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "case_cause_cells_org_id_day_location_root_cause_pk" PRIMARY KEY("org_id","day","location","root_cause")
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
CREATE TABLE "case_due_cells" (
	"org_id" uuid NOT NULL,
	"day" date NOT NULL,
	"due_day" date NOT NULL,
	"location" text NOT NULL,
	"owner" text NOT NULL,
	"open" integer NOT NULL,
	CONSTRAINT "case_due_cells_org_id_day_due_day_location_owner_pk" PRIMARY KEY("org_id","day","due_day","location","owner")
);
--> statement-breakpoint
-- One case's part in the cells, added (s = 1) or taken away (s = -1).
CREATE TYPE "case_delta" AS (org_id uuid, opened_at timestamptz, location_id uuid, owner_id uuid, status case_status, due_at timestamptz,
  first_action_at timestamptz, resolved_at timestamptz, follow_up_score smallint, root_cause_id uuid, s integer);
--> statement-breakpoint
-- What some cases add to the cells (or take away). Static SQL, so its plans are cached (the first version
-- built the statements as text: planning them cost 0.8 ms on every case written). In key order, so
-- concurrent writers cannot deadlock on cells; groups whose every delta is zero (an update that changed
-- nothing counted) write nothing.
CREATE OR REPLACE FUNCTION "case_cells_apply"(deltas case_delta[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
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
      FROM unnest(deltas) d JOIN orgs o ON o.id = d.org_id
     GROUP BY 1, 2, 3, 4
  ) g
   WHERE (g.opened, g.open, g.closed, g.closed_in_time, g.acted, g.resolved_times, g.with_follow_up, g.recovered) <> (0, 0, 0, 0, 0, 0, 0, 0)
   ORDER BY 1, 2, 3, 4
  ON CONFLICT (org_id, day, location, owner) DO UPDATE SET
    opened = case_cells.opened + excluded.opened, open = case_cells.open + excluded.open, closed = case_cells.closed + excluded.closed,
    closed_in_time = case_cells.closed_in_time + excluded.closed_in_time, acted = case_cells.acted + excluded.acted,
    resolved_times = case_cells.resolved_times + excluded.resolved_times, with_follow_up = case_cells.with_follow_up + excluded.with_follow_up,
    recovered = case_cells.recovered + excluded.recovered;
  INSERT INTO case_cause_cells (org_id, day, location, root_cause, n)
  SELECT d.org_id, (d.opened_at AT TIME ZONE o.time_zone)::date, coalesce(d.location_id::text, ''), d.root_cause_id, sum(d.s)
    FROM unnest(deltas) d JOIN orgs o ON o.id = d.org_id
   WHERE d.root_cause_id IS NOT NULL
   GROUP BY 1, 2, 3, 4
  HAVING sum(d.s) <> 0
   ORDER BY 1, 2, 3, 4
  ON CONFLICT (org_id, day, location, root_cause) DO UPDATE SET n = case_cause_cells.n + excluded.n;
  INSERT INTO case_due_cells (org_id, day, due_day, location, owner, open)
  SELECT d.org_id, (d.opened_at AT TIME ZONE o.time_zone)::date, (d.due_at AT TIME ZONE o.time_zone)::date, coalesce(d.location_id::text, ''), coalesce(d.owner_id::text, ''), sum(d.s)
    FROM unnest(deltas) d JOIN orgs o ON o.id = d.org_id
   WHERE d.status IN ('new', 'in_progress', 'waiting')
   GROUP BY 1, 2, 3, 4, 5
  HAVING sum(d.s) <> 0
   ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (org_id, day, due_day, location, owner) DO UPDATE SET open = case_due_cells.open + excluded.open;
END $$;
--> statement-breakpoint
-- The cells follow every write of cases in the writer's transaction: inserted rows add, deleted rows take
-- away, an update takes its old rows away and adds its new ones. The join with orgs in case_cells_apply
-- drops the rows of an organisation being deleted.
CREATE OR REPLACE FUNCTION "case_cells_follow"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM case_cells_apply(array(SELECT (n.org_id, n.opened_at, n.location_id, n.owner_id, n.status, n.due_at, n.first_action_at, n.resolved_at, n.follow_up_score, n.root_cause_id, 1)::case_delta FROM new_rows n));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM case_cells_apply(array(SELECT (o.org_id, o.opened_at, o.location_id, o.owner_id, o.status, o.due_at, o.first_action_at, o.resolved_at, o.follow_up_score, o.root_cause_id, -1)::case_delta FROM old_rows o));
  ELSE
    PERFORM case_cells_apply(array(SELECT (n.org_id, n.opened_at, n.location_id, n.owner_id, n.status, n.due_at, n.first_action_at, n.resolved_at, n.follow_up_score, n.root_cause_id, 1)::case_delta FROM new_rows n
                                   UNION ALL SELECT (o.org_id, o.opened_at, o.location_id, o.owner_id, o.status, o.due_at, o.first_action_at, o.resolved_at, o.follow_up_score, o.root_cause_id, -1)::case_delta FROM old_rows o));
  END IF;
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
SELECT case_cells_apply(array(SELECT (c.org_id, c.opened_at, c.location_id, c.owner_id, c.status, c.due_at, c.first_action_at, c.resolved_at, c.follow_up_score, c.root_cause_id, 1)::case_delta FROM cases c));
--> statement-breakpoint
-- Open cases that fall due today and may be overdue already (case-stats-cells.ts): those due on earlier days are counted from case_due_cells.
CREATE INDEX IF NOT EXISTS "cases_open_due_org" ON "cases" USING btree ("org_id", "due_at") INCLUDE ("opened_at", "location_id", "owner_id") WHERE "status" IN ('new', 'in_progress', 'waiting');
--> statement-breakpoint
-- The medians' times (first action, resolution) of the cases opened in a period: every case's, or past a
-- size a fixed sample's (one in sixteen, one in sixty-four; case-stats-cells.ts), from the index alone.
CREATE INDEX IF NOT EXISTS "cases_times" ON "cases" USING btree ("org_id", "opened_at") INCLUDE ("first_action_at", "resolved_at", "location_id", "owner_id");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "cases_times_16" ON "cases" USING btree ("org_id", "opened_at") INCLUDE ("first_action_at", "resolved_at", "location_id", "owner_id") WHERE (hashtext("id"::text) & 15) = 0;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "cases_times_64" ON "cases" USING btree ("org_id", "opened_at") INCLUDE ("first_action_at", "resolved_at", "location_id", "owner_id") WHERE (hashtext("id"::text) & 63) = 0;
--> statement-breakpoint
-- The root causes of a period from the index alone.
CREATE INDEX IF NOT EXISTS "case_cause_cells_read" ON "case_cause_cells" USING btree ("org_id", "day") INCLUDE ("location", "root_cause", "n");
