CREATE TYPE "public"."audit_assignee_role" AS ENUM('manager', 'staff');--> statement-breakpoint
CREATE TYPE "public"."shift" AS ENUM('morning', 'day', 'evening', 'night');--> statement-breakpoint
ALTER TYPE "public"."case_source" ADD VALUE 'audit';--> statement-breakpoint
CREATE TABLE "audit_cases" (
	"org_id" uuid NOT NULL,
	"audit_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"case_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_cases_audit_id_item_id_pk" PRIMARY KEY("audit_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "audit_photos" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"audit_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_photos_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "audit_schedule_runs" (
	"org_id" uuid NOT NULL,
	"schedule_id" uuid NOT NULL,
	"occurs_on" date NOT NULL,
	"audits" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_schedule_runs_schedule_id_occurs_on_pk" PRIMARY KEY("schedule_id","occurs_on")
);
--> statement-breakpoint
ALTER TABLE "audit_schedules" ADD COLUMN "assignee_id" uuid;--> statement-breakpoint
ALTER TABLE "audit_schedules" ADD COLUMN "assignee_role" "audit_assignee_role";--> statement-breakpoint
ALTER TABLE "audits" ADD COLUMN "shift" "shift";--> statement-breakpoint
ALTER TABLE "checklist_items" ADD COLUMN "na_allowed" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "training_assignments" ADD COLUMN "renews_id" uuid;--> statement-breakpoint
ALTER TABLE "audit_cases" ADD CONSTRAINT "audit_cases_audit_fk" FOREIGN KEY ("org_id","audit_id") REFERENCES "public"."audits"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_cases" ADD CONSTRAINT "audit_cases_item_fk" FOREIGN KEY ("org_id","item_id") REFERENCES "public"."checklist_items"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_cases" ADD CONSTRAINT "audit_cases_case_fk" FOREIGN KEY ("org_id","case_id") REFERENCES "public"."cases"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_photos" ADD CONSTRAINT "audit_photos_audit_fk" FOREIGN KEY ("org_id","audit_id") REFERENCES "public"."audits"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_photos" ADD CONSTRAINT "audit_photos_item_fk" FOREIGN KEY ("org_id","item_id") REFERENCES "public"."checklist_items"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_photos" ADD CONSTRAINT "audit_photos_created_by_fk" FOREIGN KEY ("org_id","created_by_id") REFERENCES "public"."staff"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_schedule_runs" ADD CONSTRAINT "audit_schedule_runs_schedule_fk" FOREIGN KEY ("org_id","schedule_id") REFERENCES "public"."audit_schedules"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_photos_audit" ON "audit_photos" USING btree ("org_id","audit_id","item_id");--> statement-breakpoint
ALTER TABLE "audit_schedules" ADD CONSTRAINT "audit_schedules_assignee_fk" FOREIGN KEY ("org_id","assignee_id") REFERENCES "public"."staff"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_assignments" ADD CONSTRAINT "training_assignments_renews_fk" FOREIGN KEY ("org_id","renews_id") REFERENCES "public"."training_assignments"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "training_assignments_renews" ON "training_assignments" USING btree ("org_id","renews_id") WHERE "training_assignments"."renews_id" is not null;