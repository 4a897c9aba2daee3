-- The purchase days move into customer_purchases (one row per buyer, written by the same sweep):
-- copied as they are, with the row triggers off, since no purchase changed and marking every buyer
-- for the segment and RFM sweeps would only repeat their work.
ALTER TABLE "customer_purchases" DISABLE TRIGGER USER;--> statement-breakpoint
UPDATE "customer_purchases" cp SET "days" = d."days", "day_counts" = d."counts", "day_revenue" = d."revenue"
  FROM "customer_purchase_days" d WHERE d."org_id" = cp."org_id" AND d."customer_id" = cp."customer_id";--> statement-breakpoint
ALTER TABLE "customer_purchases" ENABLE TRIGGER USER;
