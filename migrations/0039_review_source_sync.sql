ALTER TABLE "review_sources" ADD COLUMN "last_sync_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "review_sources" ADD COLUMN "last_sync_error" text;--> statement-breakpoint
ALTER TABLE "review_sources" ADD COLUMN "sync_failures" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "review_sources" ADD COLUMN "next_sync_at" timestamp with time zone;