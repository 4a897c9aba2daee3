-- cohort_customers merges into rfm_customers (the same buyer's row, written by the same RFM sweep
-- statement): each buyer's cohort part copied as it is, and a buyer with a cohort part only (not yet
-- ranked into a segment) gets a row without a segment, which adds to the cohort cells only.
UPDATE "rfm_customers" r SET "campaign" = c."campaign", "months" = c."months"
  FROM "cohort_customers" c WHERE c."org_id" = r."org_id" AND c."customer_id" = r."customer_id";--> statement-breakpoint
INSERT INTO "rfm_customers" ("org_id", "customer_id", "segment", "channel", "campaign", "purchases", "revenue", "nps", "months")
SELECT c."org_id", c."customer_id", NULL, c."channel", c."campaign", coalesce(cp."purchases", 0), coalesce(cp."revenue", 0), l."nps", c."months"
  FROM "cohort_customers" c
  LEFT JOIN "customer_purchases" cp ON cp."org_id" = c."org_id" AND cp."customer_id" = c."customer_id"
  LEFT JOIN "customer_latest_nps" l ON l."org_id" = c."org_id" AND l."customer_id" = c."customer_id"
 WHERE NOT EXISTS (SELECT 1 FROM "rfm_customers" r WHERE r."org_id" = c."org_id" AND r."customer_id" = c."customer_id");
