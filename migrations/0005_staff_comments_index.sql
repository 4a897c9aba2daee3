-- Staff view (GET /api/v1/metrics/staff/:id): the latest comments about one staff member without
-- scanning every response. Partial: only responses with a comment. Not in a *.schema.ts file
-- (responses belong to the responses module); this migration owns it.
CREATE INDEX IF NOT EXISTS "responses_org_staff_comments" ON "responses" USING btree ("org_id", "staff_id", "submitted_at" DESC) WHERE "comment" IS NOT NULL;
