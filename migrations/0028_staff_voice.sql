CREATE TYPE "public"."insight_audience" AS ENUM('staff', 'customer');--> statement-breakpoint
CREATE TYPE "public"."insight_kind" AS ENUM('want', 'irritant', 'idea');--> statement-breakpoint
CREATE TYPE "public"."insight_status" AS ENUM('new', 'reviewing', 'planned', 'done', 'declined', 'duplicate');--> statement-breakpoint
CREATE TYPE "public"."pulse_cadence" AS ENUM('monthly', 'quarterly');--> statement-breakpoint
CREATE TABLE "insight_comments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"insight_id" uuid NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "insight_links" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "insight_votes" (
	"org_id" uuid NOT NULL,
	"insight_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "insight_votes_insight_id_staff_id_pk" PRIMARY KEY("insight_id","staff_id")
);
--> statement-breakpoint
CREATE TABLE "insights" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"audience" "insight_audience" DEFAULT 'staff' NOT NULL,
	"kind" "insight_kind" NOT NULL,
	"title" text NOT NULL,
	"body" text,
	"location_id" uuid,
	"touchpoint_id" uuid,
	"anonymous" boolean DEFAULT false NOT NULL,
	"author_id" uuid,
	"author_key" text,
	"author_language" text,
	"on_behalf_of_customer_id" uuid,
	"status" "insight_status" DEFAULT 'new' NOT NULL,
	"outcome" text,
	"outcome_at" timestamp with time zone,
	"merged_into_id" uuid,
	"root_cause_id" uuid,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "insights_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "pulse_replies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"response_id" uuid NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pulse_responses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"location_id" uuid,
	"role" text NOT NULL,
	"score" smallint NOT NULL,
	"items" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"comment" text,
	"reply_key" text,
	"submitted_on" date NOT NULL,
	CONSTRAINT "pulse_responses_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "pulse_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"threshold" smallint NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"invited" jsonb NOT NULL,
	CONSTRAINT "pulse_runs_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "pulse_surveys" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"cadence" "pulse_cadence" DEFAULT 'monthly' NOT NULL,
	"items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"threshold" smallint DEFAULT 5 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pulse_surveys_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "pulse_tokens" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"location_id" uuid,
	"role" text NOT NULL,
	"language" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "staff" ADD COLUMN "ended_on" date;--> statement-breakpoint
ALTER TABLE "insight_comments" ADD CONSTRAINT "insight_comments_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_comments" ADD CONSTRAINT "insight_comments_insight_fk" FOREIGN KEY ("org_id","insight_id") REFERENCES "public"."insights"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_comments" ADD CONSTRAINT "insight_comments_author_fk" FOREIGN KEY ("org_id","author_id") REFERENCES "public"."staff"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_links" ADD CONSTRAINT "insight_links_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_links" ADD CONSTRAINT "insight_links_staff_fk" FOREIGN KEY ("org_id","staff_id") REFERENCES "public"."staff"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_votes" ADD CONSTRAINT "insight_votes_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_votes" ADD CONSTRAINT "insight_votes_insight_fk" FOREIGN KEY ("org_id","insight_id") REFERENCES "public"."insights"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_votes" ADD CONSTRAINT "insight_votes_staff_fk" FOREIGN KEY ("org_id","staff_id") REFERENCES "public"."staff"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insights" ADD CONSTRAINT "insights_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insights" ADD CONSTRAINT "insights_location_fk" FOREIGN KEY ("org_id","location_id") REFERENCES "public"."locations"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insights" ADD CONSTRAINT "insights_touchpoint_fk" FOREIGN KEY ("org_id","touchpoint_id") REFERENCES "public"."touchpoints"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insights" ADD CONSTRAINT "insights_author_fk" FOREIGN KEY ("org_id","author_id") REFERENCES "public"."staff"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insights" ADD CONSTRAINT "insights_customer_fk" FOREIGN KEY ("org_id","on_behalf_of_customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insights" ADD CONSTRAINT "insights_merged_into_fk" FOREIGN KEY ("org_id","merged_into_id") REFERENCES "public"."insights"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insights" ADD CONSTRAINT "insights_root_cause_fk" FOREIGN KEY ("org_id","root_cause_id") REFERENCES "public"."root_causes"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_replies" ADD CONSTRAINT "pulse_replies_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_replies" ADD CONSTRAINT "pulse_replies_response_fk" FOREIGN KEY ("org_id","response_id") REFERENCES "public"."pulse_responses"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_replies" ADD CONSTRAINT "pulse_replies_author_fk" FOREIGN KEY ("org_id","author_id") REFERENCES "public"."staff"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_responses" ADD CONSTRAINT "pulse_responses_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_responses" ADD CONSTRAINT "pulse_responses_run_fk" FOREIGN KEY ("org_id","run_id") REFERENCES "public"."pulse_runs"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_runs" ADD CONSTRAINT "pulse_runs_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_runs" ADD CONSTRAINT "pulse_runs_survey_fk" FOREIGN KEY ("org_id","survey_id") REFERENCES "public"."pulse_surveys"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_surveys" ADD CONSTRAINT "pulse_surveys_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_tokens" ADD CONSTRAINT "pulse_tokens_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_tokens" ADD CONSTRAINT "pulse_tokens_run_fk" FOREIGN KEY ("org_id","run_id") REFERENCES "public"."pulse_runs"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "insight_comments_insight" ON "insight_comments" USING btree ("org_id","insight_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "insight_links_token" ON "insight_links" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "insight_links_staff" ON "insight_links" USING btree ("org_id","staff_id");--> statement-breakpoint
CREATE INDEX "insights_org_status" ON "insights" USING btree ("org_id","status","id");--> statement-breakpoint
CREATE INDEX "insights_author_key" ON "insights" USING btree ("author_key") WHERE "insights"."author_key" is not null;--> statement-breakpoint
CREATE INDEX "pulse_replies_response" ON "pulse_replies" USING btree ("org_id","response_id");--> statement-breakpoint
CREATE INDEX "pulse_responses_run" ON "pulse_responses" USING btree ("org_id","run_id");--> statement-breakpoint
CREATE INDEX "pulse_responses_reply_key" ON "pulse_responses" USING btree ("reply_key");--> statement-breakpoint
CREATE INDEX "pulse_runs_org_opened" ON "pulse_runs" USING btree ("org_id","opened_at");--> statement-breakpoint
CREATE UNIQUE INDEX "pulse_tokens_token" ON "pulse_tokens" USING btree ("token_hash");