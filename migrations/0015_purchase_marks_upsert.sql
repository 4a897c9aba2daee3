-- Purchase marks are upserted (DO UPDATE), not skipped on conflict: a writer whose mark meets a
-- sweep's lock waits and then marks anew, so with the sweep's two-step transaction
-- (src/platform/jobs/marks.ts) no change committed during a sweep is missed.
CREATE OR REPLACE FUNCTION "customer_purchases_mark"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO customer_purchases_dirty (org_id, customer_id)
      SELECT DISTINCT org_id, customer_id FROM new_rows WHERE customer_id IS NOT NULL ORDER BY 1, 2
      ON CONFLICT (org_id, customer_id) DO UPDATE SET customer_id = excluded.customer_id;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO customer_purchases_dirty (org_id, customer_id)
      SELECT DISTINCT org_id, customer_id FROM old_rows WHERE customer_id IS NOT NULL ORDER BY 1, 2
      ON CONFLICT (org_id, customer_id) DO UPDATE SET customer_id = excluded.customer_id;
  END IF;
  RETURN NULL;
END $$;
