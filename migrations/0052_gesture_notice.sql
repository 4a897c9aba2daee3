ALTER TABLE "gesture_tasks" ADD COLUMN "notice_state" text;--> statement-breakpoint
ALTER TABLE "gesture_tasks" ADD COLUMN "notice_channel" text;--> statement-breakpoint
ALTER TABLE "gesture_tasks" ADD COLUMN "notice_error" text;--> statement-breakpoint
ALTER TABLE "gesture_tasks" ADD COLUMN "notice_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "gestures" ADD COLUMN "notice" jsonb;--> statement-breakpoint
ALTER TABLE "gestures" ADD COLUMN "notice_only" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "gesture_tasks_notice_due" ON "gesture_tasks" USING btree ("notice_state") WHERE notice_state = 'due';