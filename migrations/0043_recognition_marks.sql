-- A customer's new visit or resolved recovery case may owe them a gesture: mark them in the writer's
-- transaction, so the trigger sweep finds every such customer whatever crashes in between.
CREATE OR REPLACE FUNCTION "recognition_mark_visits"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO recognition_dirty (org_id, customer_id)
    SELECT DISTINCT org_id, customer_id FROM new_rows WHERE customer_id IS NOT NULL ORDER BY 1, 2 ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "interactions_recognition_insert" AFTER INSERT ON "interactions" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "recognition_mark_visits"();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "recognition_mark_resolved"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO recognition_dirty (org_id, customer_id)
    SELECT DISTINCT n.org_id, n.customer_id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE n.customer_id IS NOT NULL AND n.status = 'resolved' AND o.status <> 'resolved'
    ORDER BY 1, 2 ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "cases_recognition_resolved" AFTER UPDATE ON "cases" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "recognition_mark_resolved"();
