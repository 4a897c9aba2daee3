CREATE TYPE "public"."audit_assignee_role" AS ENUM('manager', 'staff');--> statement-breakpoint
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
ALTER TABLE "training_assignments" ADD COLUMN "renews_id" uuid;--> statement-breakpoint
ALTER TABLE "audit_schedule_runs" ADD CONSTRAINT "audit_schedule_runs_schedule_fk" FOREIGN KEY ("org_id","schedule_id") REFERENCES "public"."audit_schedules"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_schedules" ADD CONSTRAINT "audit_schedules_assignee_fk" FOREIGN KEY ("org_id","assignee_id") REFERENCES "public"."staff"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_assignments" ADD CONSTRAINT "training_assignments_renews_fk" FOREIGN KEY ("org_id","renews_id") REFERENCES "public"."training_assignments"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "training_assignments_renews" ON "training_assignments" USING btree ("org_id","renews_id") WHERE "training_assignments"."renews_id" is not null;