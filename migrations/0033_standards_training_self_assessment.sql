CREATE TYPE "public"."action_item_status" AS ENUM('open', 'done');--> statement-breakpoint
CREATE TYPE "public"."audit_kind" AS ENUM('self', 'manager', 'mystery', 'external');--> statement-breakpoint
CREATE TYPE "public"."audit_status" AS ENUM('scheduled', 'open', 'submitted');--> statement-breakpoint
CREATE TYPE "public"."checklist_item_kind" AS ENUM('pass_fail', 'scale');--> statement-breakpoint
CREATE TYPE "public"."training_assignment_status" AS ENUM('assigned', 'passed', 'failed');--> statement-breakpoint
CREATE TABLE "action_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"dimension" text NOT NULL,
	"title" jsonb NOT NULL,
	"owner_id" uuid,
	"due_at" timestamp with time zone NOT NULL,
	"status" "action_item_status" DEFAULT 'open' NOT NULL,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_items_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "self_assessments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"questions" jsonb NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"levels" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"overall" smallint,
	"completed_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "self_assessments_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "audit_answers" (
	"org_id" uuid NOT NULL,
	"audit_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"result" text,
	"value" smallint,
	"points" real,
	"weight" smallint NOT NULL,
	"failed" boolean NOT NULL,
	"standard_version" integer,
	"comment" text,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_answers_audit_id_item_id_pk" PRIMARY KEY("audit_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "audit_schedules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"checklist_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"touchpoint_id" uuid,
	"kind" "audit_kind" DEFAULT 'manager' NOT NULL,
	"rrule" text NOT NULL,
	"starts_on" date NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_schedules_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "audits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"checklist_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"touchpoint_id" uuid,
	"staff_id" uuid,
	"created_by_id" uuid,
	"kind" "audit_kind" NOT NULL,
	"status" "audit_status" DEFAULT 'open' NOT NULL,
	"item_ids" uuid[],
	"reaudit_of" uuid,
	"due_at" timestamp with time zone,
	"score" real,
	"passed" boolean,
	"critical_failed" boolean,
	"failed_item_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audits_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "checklist_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"checklist_id" uuid NOT NULL,
	"standard_id" uuid,
	"text" jsonb NOT NULL,
	"kind" "checklist_item_kind" DEFAULT 'pass_fail' NOT NULL,
	"weight" smallint DEFAULT 1 NOT NULL,
	"critical" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	CONSTRAINT "checklist_items_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "checklists" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"touchpoint_id" uuid,
	"pass_mark" smallint DEFAULT 80 NOT NULL,
	"reaudit_within_days" smallint DEFAULT 14 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checklists_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "mystery_visits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"audit_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"shopper_ref" text NOT NULL,
	"scenario" text,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_to" timestamp with time zone NOT NULL,
	"notice_version" integer NOT NULL,
	CONSTRAINT "mystery_visits_audit" UNIQUE("org_id","audit_id")
);
--> statement-breakpoint
CREATE TABLE "staff_notices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"body" jsonb NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_notices_org_version" UNIQUE("org_id","version")
);
--> statement-breakpoint
CREATE TABLE "standards" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"touchpoint_id" uuid,
	"location_id" uuid,
	"title" jsonb NOT NULL,
	"why" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"good" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"never" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "standards_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "lessons" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"standard_id" uuid,
	"title" jsonb NOT NULL,
	"body" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"video_url" text,
	"image_urls" text[] DEFAULT '{}'::text[] NOT NULL,
	"quiz" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"pass_mark" smallint DEFAULT 80 NOT NULL,
	"max_attempts" smallint DEFAULT 3 NOT NULL,
	"due_in_days" smallint DEFAULT 7 NOT NULL,
	"recur_months" smallint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lessons_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "training_assignments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"lesson_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"location_id" uuid,
	"audit_id" uuid,
	"item_id" uuid,
	"status" "training_assignment_status" DEFAULT 'assigned' NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"attempts" smallint DEFAULT 0 NOT NULL,
	"best_score" real,
	"passed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_assignments_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "training_attempts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"assignment_id" uuid NOT NULL,
	"answers" jsonb NOT NULL,
	"score" real NOT NULL,
	"passed" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_assessment_fk" FOREIGN KEY ("org_id","assessment_id") REFERENCES "public"."self_assessments"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_owner_fk" FOREIGN KEY ("org_id","owner_id") REFERENCES "public"."staff"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_created_by_fk" FOREIGN KEY ("org_id","created_by_id") REFERENCES "public"."staff"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_answers" ADD CONSTRAINT "audit_answers_audit_fk" FOREIGN KEY ("org_id","audit_id") REFERENCES "public"."audits"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_answers" ADD CONSTRAINT "audit_answers_item_fk" FOREIGN KEY ("org_id","item_id") REFERENCES "public"."checklist_items"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_schedules" ADD CONSTRAINT "audit_schedules_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_schedules" ADD CONSTRAINT "audit_schedules_checklist_fk" FOREIGN KEY ("org_id","checklist_id") REFERENCES "public"."checklists"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_schedules" ADD CONSTRAINT "audit_schedules_location_fk" FOREIGN KEY ("org_id","location_id") REFERENCES "public"."locations"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_schedules" ADD CONSTRAINT "audit_schedules_touchpoint_fk" FOREIGN KEY ("org_id","touchpoint_id") REFERENCES "public"."touchpoints"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audits" ADD CONSTRAINT "audits_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audits" ADD CONSTRAINT "audits_checklist_fk" FOREIGN KEY ("org_id","checklist_id") REFERENCES "public"."checklists"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audits" ADD CONSTRAINT "audits_location_fk" FOREIGN KEY ("org_id","location_id") REFERENCES "public"."locations"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audits" ADD CONSTRAINT "audits_touchpoint_fk" FOREIGN KEY ("org_id","touchpoint_id") REFERENCES "public"."touchpoints"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audits" ADD CONSTRAINT "audits_staff_fk" FOREIGN KEY ("org_id","staff_id") REFERENCES "public"."staff"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audits" ADD CONSTRAINT "audits_created_by_fk" FOREIGN KEY ("org_id","created_by_id") REFERENCES "public"."staff"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audits" ADD CONSTRAINT "audits_reaudit_of_fk" FOREIGN KEY ("org_id","reaudit_of") REFERENCES "public"."audits"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_items" ADD CONSTRAINT "checklist_items_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_items" ADD CONSTRAINT "checklist_items_checklist_fk" FOREIGN KEY ("org_id","checklist_id") REFERENCES "public"."checklists"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_items" ADD CONSTRAINT "checklist_items_standard_fk" FOREIGN KEY ("org_id","standard_id") REFERENCES "public"."standards"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklists" ADD CONSTRAINT "checklists_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklists" ADD CONSTRAINT "checklists_touchpoint_fk" FOREIGN KEY ("org_id","touchpoint_id") REFERENCES "public"."touchpoints"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mystery_visits" ADD CONSTRAINT "mystery_visits_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mystery_visits" ADD CONSTRAINT "mystery_visits_audit_fk" FOREIGN KEY ("org_id","audit_id") REFERENCES "public"."audits"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_notices" ADD CONSTRAINT "staff_notices_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standards" ADD CONSTRAINT "standards_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standards" ADD CONSTRAINT "standards_touchpoint_fk" FOREIGN KEY ("org_id","touchpoint_id") REFERENCES "public"."touchpoints"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standards" ADD CONSTRAINT "standards_location_fk" FOREIGN KEY ("org_id","location_id") REFERENCES "public"."locations"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lessons" ADD CONSTRAINT "lessons_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lessons" ADD CONSTRAINT "lessons_standard_fk" FOREIGN KEY ("org_id","standard_id") REFERENCES "public"."standards"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_assignments" ADD CONSTRAINT "training_assignments_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_assignments" ADD CONSTRAINT "training_assignments_lesson_fk" FOREIGN KEY ("org_id","lesson_id") REFERENCES "public"."lessons"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_assignments" ADD CONSTRAINT "training_assignments_staff_fk" FOREIGN KEY ("org_id","staff_id") REFERENCES "public"."staff"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_assignments" ADD CONSTRAINT "training_assignments_location_fk" FOREIGN KEY ("org_id","location_id") REFERENCES "public"."locations"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_assignments" ADD CONSTRAINT "training_assignments_audit_fk" FOREIGN KEY ("org_id","audit_id") REFERENCES "public"."audits"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_assignments" ADD CONSTRAINT "training_assignments_item_fk" FOREIGN KEY ("org_id","item_id") REFERENCES "public"."checklist_items"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attempts" ADD CONSTRAINT "training_attempts_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attempts" ADD CONSTRAINT "training_attempts_assignment_fk" FOREIGN KEY ("org_id","assignment_id") REFERENCES "public"."training_assignments"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_items_assessment" ON "action_items" USING btree ("org_id","assessment_id");--> statement-breakpoint
CREATE INDEX "self_assessments_org_created" ON "self_assessments" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "audits_reaudit_of" ON "audits" USING btree ("org_id","reaudit_of") WHERE "audits"."reaudit_of" is not null;--> statement-breakpoint
CREATE INDEX "audits_org_location" ON "audits" USING btree ("org_id","location_id","submitted_at");--> statement-breakpoint
CREATE INDEX "audits_org_submitted" ON "audits" USING btree ("org_id","submitted_at");--> statement-breakpoint
CREATE INDEX "checklist_items_checklist" ON "checklist_items" USING btree ("org_id","checklist_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "mystery_visits_token" ON "mystery_visits" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "mystery_visits_shopper" ON "mystery_visits" USING btree ("org_id","shopper_ref");--> statement-breakpoint
CREATE INDEX "standards_org_touchpoint" ON "standards" USING btree ("org_id","touchpoint_id");--> statement-breakpoint
CREATE INDEX "lessons_org_standard" ON "lessons" USING btree ("org_id","standard_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_assignments_audit_item_staff" ON "training_assignments" USING btree ("org_id","audit_id","item_id","staff_id") WHERE "training_assignments"."audit_id" is not null;--> statement-breakpoint
CREATE INDEX "training_assignments_staff" ON "training_assignments" USING btree ("org_id","staff_id","status");--> statement-breakpoint
CREATE INDEX "training_assignments_audit" ON "training_assignments" USING btree ("org_id","audit_id");--> statement-breakpoint
CREATE INDEX "training_attempts_assignment" ON "training_attempts" USING btree ("org_id","assignment_id");