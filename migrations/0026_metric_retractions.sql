CREATE TABLE "metric_retractions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "metric_retractions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"org_id" uuid NOT NULL,
	"day" date NOT NULL,
	"location_id" uuid,
	"touchpoint_id" uuid,
	"staff_id" uuid,
	"survey_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"language" text NOT NULL,
	"kind" text,
	"nps" smallint,
	"csat" smallint,
	"ces" smallint
);
--> statement-breakpoint
-- A counted response (rolled_up_at set) whose score, time or dimension changes leaves what it added as a
-- retraction and goes back to the rollup sweeper: it subtracts the old values and counts the new ones.
-- BEFORE, so the same write clears rolled_up_at; the rollup's own update (only rolled_up_at) never fires it.
CREATE OR REPLACE FUNCTION "metric_retract_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO metric_retractions (org_id, day, location_id, touchpoint_id, staff_id, survey_id, channel, language, kind, nps, csat, ces)
    SELECT OLD.org_id, (OLD.submitted_at AT TIME ZONE o.time_zone)::date, OLD.location_id, OLD.touchpoint_id, OLD.staff_id, OLD.survey_id,
           OLD.channel::text, OLD.language, t.kind::text, OLD.nps, OLD.csat, OLD.ces
      FROM orgs o LEFT JOIN touchpoints t ON t.id = OLD.touchpoint_id
     WHERE o.id = OLD.org_id;
  NEW.rolled_up_at := NULL;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "responses_retract_update" BEFORE UPDATE OF nps, csat, ces, submitted_at, location_id, touchpoint_id, staff_id, survey_id, channel, language ON "responses"
  FOR EACH ROW WHEN (OLD.rolled_up_at IS NOT NULL
    AND (OLD.nps, OLD.csat, OLD.ces, OLD.submitted_at, OLD.location_id, OLD.touchpoint_id, OLD.staff_id, OLD.survey_id, OLD.channel, OLD.language)
        IS DISTINCT FROM (NEW.nps, NEW.csat, NEW.ces, NEW.submitted_at, NEW.location_id, NEW.touchpoint_id, NEW.staff_id, NEW.survey_id, NEW.channel, NEW.language))
  EXECUTE FUNCTION "metric_retract_updated"();
--> statement-breakpoint
-- Deleted counted responses, a statement at a time (a bulk delete inserts its retractions in one go). The join
-- with orgs drops the rows of an organisation being deleted: its rollups go with it.
CREATE OR REPLACE FUNCTION "metric_retract_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO metric_retractions (org_id, day, location_id, touchpoint_id, staff_id, survey_id, channel, language, kind, nps, csat, ces)
    SELECT d.org_id, (d.submitted_at AT TIME ZONE o.time_zone)::date, d.location_id, d.touchpoint_id, d.staff_id, d.survey_id,
           d.channel::text, d.language, t.kind::text, d.nps, d.csat, d.ces
      FROM old_rows d JOIN orgs o ON o.id = d.org_id LEFT JOIN touchpoints t ON t.id = d.touchpoint_id
     WHERE d.rolled_up_at IS NOT NULL;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "responses_retract_delete" AFTER DELETE ON "responses" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "metric_retract_deleted"();
