ALTER TABLE "customer_purchases" ADD COLUMN "days" date[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "customer_purchases" ADD COLUMN "day_counts" integer[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "customer_purchases" ADD COLUMN "day_revenue" numeric(16, 2)[] DEFAULT '{}' NOT NULL;