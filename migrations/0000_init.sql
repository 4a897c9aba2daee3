CREATE TYPE "public"."case_event_type" AS ENUM('opened', 'note', 'contact', 'status', 'assignment', 'escalation', 'breach', 'follow_up', 'due_soon');--> statement-breakpoint
CREATE TYPE "public"."case_priority" AS ENUM('low', 'normal', 'high', 'urgent');--> statement-breakpoint
CREATE TYPE "public"."case_source" AS ENUM('rule', 'phone', 'review', 'frontline', 'email', 'other');--> statement-breakpoint
CREATE TYPE "public"."case_status" AS ENUM('new', 'in_progress', 'waiting', 'resolved', 'closed_no_contact');--> statement-breakpoint
CREATE TYPE "public"."invitation_channel" AS ENUM('link', 'email', 'widget', 'api');--> statement-breakpoint
CREATE TYPE "public"."invitation_status" AS ENUM('scheduled', 'sent', 'opened', 'answered', 'bounced', 'expired', 'skipped');--> statement-breakpoint
CREATE TYPE "public"."response_channel" AS ENUM('link', 'public', 'qr', 'email', 'widget', 'api', 'import');--> statement-breakpoint
CREATE TYPE "public"."response_status" AS ENUM('partial', 'complete');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('owner', 'manager', 'staff');--> statement-breakpoint
CREATE TYPE "public"."survey_status" AS ENUM('draft', 'active', 'closed');--> statement-breakpoint
CREATE TYPE "public"."journey_stage" AS ENUM('awareness', 'consideration', 'purchase', 'service', 'after_sales', 'loyalty');--> statement-breakpoint
CREATE TYPE "public"."touchpoint_channel" AS ENUM('in_person', 'phone', 'web', 'email', 'app', 'messenger', 'social', 'other');--> statement-breakpoint
CREATE TYPE "public"."touchpoint_kind" AS ENUM('product', 'brand', 'service');--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"role" "role" NOT NULL,
	"staff_id" uuid,
	"prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_keys_key_hash_unique" UNIQUE("key_hash")
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"org_id" uuid NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status_code" integer,
	"response_body" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_org_id_key_pk" PRIMARY KEY("org_id","key")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"type" "case_event_type" NOT NULL,
	"actor_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_rules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"priority" "case_priority" DEFAULT 'normal' NOT NULL,
	"conditions" jsonb NOT NULL,
	"sla" jsonb NOT NULL,
	"assignment" jsonb NOT NULL,
	"round_robin_cursor" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_rules_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"number" bigint GENERATED ALWAYS AS IDENTITY (sequence name "cases_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"title" text NOT NULL,
	"source" "case_source" NOT NULL,
	"status" "case_status" DEFAULT 'new' NOT NULL,
	"priority" "case_priority" DEFAULT 'normal' NOT NULL,
	"response_id" uuid,
	"rule_id" uuid,
	"customer_id" uuid,
	"location_id" uuid,
	"touchpoint_id" uuid,
	"staff_id" uuid,
	"owner_id" uuid,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"first_action_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"breached_at" timestamp with time zone,
	"due_soon_notified_at" timestamp with time zone,
	"escalation_level" smallint DEFAULT 0 NOT NULL,
	"root_cause_id" uuid,
	"resolution" text,
	"follow_up_invitation_id" uuid,
	"follow_up_score" smallint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "root_causes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"name" jsonb NOT NULL,
	"kind" "touchpoint_kind" NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "root_causes_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"external_id" text,
	"name" text,
	"email" text,
	"phone" text,
	"language" text,
	"consent_email" boolean DEFAULT false NOT NULL,
	"consent_sms" boolean DEFAULT false NOT NULL,
	"acquisition_channel" text,
	"acquisition_campaign" text,
	"referrer_id" uuid,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customers_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "interactions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"external_id" text,
	"customer_id" uuid,
	"touchpoint_id" uuid,
	"location_id" uuid,
	"staff_id" uuid,
	"occurred_at" timestamp with time zone NOT NULL,
	"revenue" numeric(14, 2),
	"currency" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interactions_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"customer_id" uuid,
	"interaction_id" uuid,
	"channel" "invitation_channel" NOT NULL,
	"status" "invitation_status" DEFAULT 'scheduled' NOT NULL,
	"token_hash" text NOT NULL,
	"scheduled_for" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"opened_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitations_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "locations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"address" text,
	"city" text,
	"time_zone" text,
	"external_id" text,
	"business_hours" jsonb,
	"holidays" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "locations_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "orgs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"default_language" text DEFAULT 'en' NOT NULL,
	"brand_color" text DEFAULT '#0f766e' NOT NULL,
	"logo_url" text,
	"invite_throttle_days" integer DEFAULT 30 NOT NULL,
	"quiet_hours_start" smallint DEFAULT 21 NOT NULL,
	"quiet_hours_end" smallint DEFAULT 9 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "response_notes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"response_id" uuid NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "responses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"invitation_id" uuid,
	"customer_id" uuid,
	"interaction_id" uuid,
	"touchpoint_id" uuid,
	"location_id" uuid,
	"staff_id" uuid,
	"channel" "response_channel" NOT NULL,
	"language" text NOT NULL,
	"status" "response_status" NOT NULL,
	"answers" jsonb NOT NULL,
	"nps" smallint,
	"csat" smallint,
	"ces" smallint,
	"emotion" text,
	"comment" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"external_id" text,
	"resume_token_hash" text,
	"submitted_at" timestamp with time zone NOT NULL,
	"cases_checked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"role" "role" DEFAULT 'staff' NOT NULL,
	"location_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"position" text,
	"language" text,
	"active" boolean DEFAULT true NOT NULL,
	"password_hash" text,
	"invite_token_hash" text,
	"invite_expires_at" timestamp with time zone,
	"external_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"status" "survey_status" DEFAULT 'active' NOT NULL,
	"languages" text[] NOT NULL,
	"questions" jsonb NOT NULL,
	"title" jsonb,
	"intro" jsonb,
	"thanks" jsonb,
	"touchpoint_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"location_id" uuid,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "surveys_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "touchpoints" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"kind" "touchpoint_kind" NOT NULL,
	"stage" "journey_stage" NOT NULL,
	"channel" "touchpoint_channel" DEFAULT 'in_person' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"external_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "touchpoints_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_actor_id_staff_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_fk" FOREIGN KEY ("org_id","case_id") REFERENCES "public"."cases"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_rules" ADD CONSTRAINT "case_rules_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_response_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_customer_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_location_fk" FOREIGN KEY ("org_id","location_id") REFERENCES "public"."locations"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_touchpoint_fk" FOREIGN KEY ("org_id","touchpoint_id") REFERENCES "public"."touchpoints"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_staff_fk" FOREIGN KEY ("org_id","staff_id") REFERENCES "public"."staff"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_owner_fk" FOREIGN KEY ("org_id","owner_id") REFERENCES "public"."staff"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_root_cause_fk" FOREIGN KEY ("org_id","root_cause_id") REFERENCES "public"."root_causes"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "root_causes" ADD CONSTRAINT "root_causes_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_referrer_fk" FOREIGN KEY ("org_id","referrer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_customer_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_touchpoint_fk" FOREIGN KEY ("org_id","touchpoint_id") REFERENCES "public"."touchpoints"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_location_fk" FOREIGN KEY ("org_id","location_id") REFERENCES "public"."locations"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_staff_fk" FOREIGN KEY ("org_id","staff_id") REFERENCES "public"."staff"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_survey_fk" FOREIGN KEY ("org_id","survey_id") REFERENCES "public"."surveys"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_customer_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_interaction_fk" FOREIGN KEY ("org_id","interaction_id") REFERENCES "public"."interactions"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations" ADD CONSTRAINT "locations_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_notes" ADD CONSTRAINT "response_notes_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_notes" ADD CONSTRAINT "response_notes_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_notes" ADD CONSTRAINT "response_notes_author_id_staff_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_survey_fk" FOREIGN KEY ("org_id","survey_id") REFERENCES "public"."surveys"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_customer_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_touchpoint_fk" FOREIGN KEY ("org_id","touchpoint_id") REFERENCES "public"."touchpoints"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_location_fk" FOREIGN KEY ("org_id","location_id") REFERENCES "public"."locations"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_staff_fk" FOREIGN KEY ("org_id","staff_id") REFERENCES "public"."staff"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_interaction_fk" FOREIGN KEY ("org_id","interaction_id") REFERENCES "public"."interactions"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_invitation_fk" FOREIGN KEY ("org_id","invitation_id") REFERENCES "public"."invitations"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff" ADD CONSTRAINT "staff_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_location_fk" FOREIGN KEY ("org_id","location_id") REFERENCES "public"."locations"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "touchpoints" ADD CONSTRAINT "touchpoints_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_keys_org" ON "api_keys" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "sessions_staff" ON "sessions" USING btree ("staff_id");--> statement-breakpoint
CREATE INDEX "case_events_case" ON "case_events" USING btree ("org_id","case_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_response" ON "cases" USING btree ("response_id") WHERE "cases"."response_id" is not null;--> statement-breakpoint
CREATE INDEX "cases_org_status" ON "cases" USING btree ("org_id","status","due_at");--> statement-breakpoint
CREATE INDEX "cases_org_owner" ON "cases" USING btree ("org_id","owner_id","status");--> statement-breakpoint
CREATE INDEX "cases_open_due" ON "cases" USING btree ("due_at") WHERE "cases"."status" in ('new', 'in_progress', 'waiting');--> statement-breakpoint
CREATE UNIQUE INDEX "customers_org_external_id" ON "customers" USING btree ("org_id","external_id") WHERE "customers"."external_id" is not null;--> statement-breakpoint
CREATE INDEX "customers_org_email" ON "customers" USING btree ("org_id",lower("email"));--> statement-breakpoint
CREATE INDEX "customers_org_phone" ON "customers" USING btree ("org_id","phone");--> statement-breakpoint
CREATE INDEX "customers_org_channel" ON "customers" USING btree ("org_id","acquisition_channel");--> statement-breakpoint
CREATE UNIQUE INDEX "interactions_org_external_id" ON "interactions" USING btree ("org_id","external_id") WHERE "interactions"."external_id" is not null;--> statement-breakpoint
CREATE INDEX "interactions_org_occurred" ON "interactions" USING btree ("org_id","occurred_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "interactions_org_customer" ON "interactions" USING btree ("org_id","customer_id","occurred_at");--> statement-breakpoint
CREATE INDEX "interactions_org_location" ON "interactions" USING btree ("org_id","location_id","occurred_at");--> statement-breakpoint
CREATE INDEX "interactions_org_staff" ON "interactions" USING btree ("org_id","staff_id","occurred_at");--> statement-breakpoint
CREATE INDEX "interactions_org_touchpoint" ON "interactions" USING btree ("org_id","touchpoint_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_token" ON "invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "invitations_org_customer" ON "invitations" USING btree ("org_id","customer_id","created_at");--> statement-breakpoint
CREATE INDEX "invitations_org_survey" ON "invitations" USING btree ("org_id","survey_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_interaction_survey" ON "invitations" USING btree ("org_id","interaction_id","survey_id");--> statement-breakpoint
CREATE UNIQUE INDEX "locations_org_external_id" ON "locations" USING btree ("org_id","external_id") WHERE "locations"."external_id" is not null;--> statement-breakpoint
CREATE INDEX "locations_org_name" ON "locations" USING btree ("org_id","name");--> statement-breakpoint
CREATE INDEX "response_notes_response" ON "response_notes" USING btree ("org_id","response_id");--> statement-breakpoint
CREATE INDEX "responses_org_submitted" ON "responses" USING btree ("org_id","submitted_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "responses_org_survey" ON "responses" USING btree ("org_id","survey_id","submitted_at");--> statement-breakpoint
CREATE INDEX "responses_org_customer" ON "responses" USING btree ("org_id","customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "responses_org_external_id" ON "responses" USING btree ("org_id","external_id") WHERE "responses"."external_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "responses_invitation" ON "responses" USING btree ("invitation_id") WHERE "responses"."invitation_id" is not null;--> statement-breakpoint
CREATE INDEX "responses_cases_unchecked" ON "responses" USING btree ("submitted_at") WHERE "responses"."cases_checked_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "responses_resume_token" ON "responses" USING btree ("resume_token_hash") WHERE "responses"."resume_token_hash" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "staff_org_email" ON "staff" USING btree ("org_id",lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "staff_org_external_id" ON "staff" USING btree ("org_id","external_id") WHERE "staff"."external_id" is not null;--> statement-breakpoint
CREATE INDEX "staff_email" ON "staff" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "staff_invite_token" ON "staff" USING btree ("invite_token_hash") WHERE "staff"."invite_token_hash" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "surveys_slug" ON "surveys" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "touchpoints_org_name" ON "touchpoints" USING btree ("org_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "touchpoints_org_external_id" ON "touchpoints" USING btree ("org_id","external_id") WHERE "touchpoints"."external_id" is not null;