CREATE TABLE "text_overrides" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"lang" text NOT NULL,
	"kind" text NOT NULL,
	"term" text NOT NULL,
	"weight" real,
	"topic" text,
	"emotion" text,
	"response_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "text_relabel_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"total" integer NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "text_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"taxonomy" jsonb,
	"external_url" text,
	"external_key" text,
	"external_model" text,
	"external_enabled" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "sentiment" text;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "sentiment_score" real;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "text_emotion" text;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "topics" text[];--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "text_language" text;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "text_evidence" jsonb;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "text_analyzed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "text_source" text;--> statement-breakpoint
ALTER TABLE "text_overrides" ADD CONSTRAINT "text_overrides_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "text_relabel_runs" ADD CONSTRAINT "text_relabel_runs_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "text_settings" ADD CONSTRAINT "text_settings_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "text_overrides_org" ON "text_overrides" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "text_relabel_runs_org" ON "text_relabel_runs" USING btree ("org_id","started_at");--> statement-breakpoint
CREATE INDEX "responses_text_unlabelled" ON "responses" USING btree ("submitted_at") WHERE "responses"."text_analyzed_at" is null and "responses"."comment" is not null;--> statement-breakpoint
CREATE INDEX "responses_org_topics" ON "responses" USING gin ("topics");