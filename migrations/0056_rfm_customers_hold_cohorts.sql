ALTER TABLE "rfm_customers" ALTER COLUMN "segment" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "rfm_customers" ADD COLUMN "campaign" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "rfm_customers" ADD COLUMN "months" date[] DEFAULT '{}' NOT NULL;