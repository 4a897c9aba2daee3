-- Changes that move responses between stored cells without touching the responses (rebuild.ts): the
-- organisation's time zone (every local day and month), a touchpoint's kind (the kind dimension), a
-- deleted survey, location or customer (their responses, cases and purchases go or lose a key in bulk).
-- Each asks for a rebuild of the organisation's derived cells in the changing transaction, so none is
-- missed; until the rebuild ends the dashboard reads that organisation from the responses.
CREATE OR REPLACE FUNCTION "analytics_rebuild_request"(org uuid, why text) RETURNS void LANGUAGE sql AS $$
  INSERT INTO analytics_rebuilds (org_id, reason) SELECT org, why WHERE EXISTS (SELECT 1 FROM orgs WHERE id = org)
  ON CONFLICT (org_id) DO UPDATE SET generation = analytics_rebuilds.generation + 1, reason = excluded.reason, requested_at = now(), done = 0;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "analytics_rebuild_on_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM analytics_rebuild_request(NEW.org_id, TG_ARGV[0]);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "analytics_rebuild_on_time_zone"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM analytics_rebuild_request(NEW.id, 'time_zone');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "analytics_rebuild_on_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM analytics_rebuild_request(d.org_id, TG_ARGV[0]) FROM (SELECT DISTINCT org_id FROM old_rows ORDER BY 1) d;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "orgs_time_zone_rebuild" AFTER UPDATE OF time_zone ON "orgs"
  FOR EACH ROW WHEN (OLD.time_zone IS DISTINCT FROM NEW.time_zone) EXECUTE FUNCTION "analytics_rebuild_on_time_zone"();
--> statement-breakpoint
CREATE TRIGGER "touchpoints_kind_rebuild" AFTER UPDATE OF kind ON "touchpoints"
  FOR EACH ROW WHEN (OLD.kind IS DISTINCT FROM NEW.kind) EXECUTE FUNCTION "analytics_rebuild_on_change"('touchpoint_kind');
--> statement-breakpoint
CREATE TRIGGER "surveys_delete_rebuild" AFTER DELETE ON "surveys" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "analytics_rebuild_on_delete"('survey_deleted');
--> statement-breakpoint
CREATE TRIGGER "locations_delete_rebuild" AFTER DELETE ON "locations" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "analytics_rebuild_on_delete"('location_deleted');
--> statement-breakpoint
CREATE TRIGGER "customers_delete_rebuild" AFTER DELETE ON "customers" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "analytics_rebuild_on_delete"('customer_deleted');
