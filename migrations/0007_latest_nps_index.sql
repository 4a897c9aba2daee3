-- Retention (RFM segment NPS, repeat rate by NPS band): each customer's latest NPS answer as an
-- index-only scan instead of sorting every response (~3 s → ~0.25 s at 1M responses). Partial:
-- only answers with a customer and an NPS score. Owned by this migration, not a *.schema.ts file.
CREATE INDEX IF NOT EXISTS "responses_org_customer_latest_nps" ON "responses" USING btree ("org_id", "customer_id", "submitted_at" DESC) INCLUDE ("nps") WHERE "nps" IS NOT NULL AND "customer_id" IS NOT NULL;
