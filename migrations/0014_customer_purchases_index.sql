-- Each customer's purchases by time, index-only (partial: purchases only, revenue included): the
-- experience link's "bought again within N days of answering" probes (~1.4 s → ~0.6 s cold at 1M
-- responses / 3M interactions) and the purchase rollup's per-customer recompute read no heap pages.
CREATE INDEX IF NOT EXISTS "interactions_org_customer_purchases" ON "interactions" USING btree ("org_id", "customer_id", "occurred_at") INCLUDE ("revenue") WHERE "revenue" > 0 AND "customer_id" IS NOT NULL;
