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
ALTER TABLE "audit_cases" ADD CONSTRAINT "audit_cases_audit_fk" FOREIGN KEY ("org_id","audit_id") REFERENCES "public"."audits"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_cases" ADD CONSTRAINT "audit_cases_item_fk" FOREIGN KEY ("org_id","item_id") REFERENCES "public"."checklist_items"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_cases" ADD CONSTRAINT "audit_cases_case_fk" FOREIGN KEY ("org_id","case_id") REFERENCES "public"."cases"("org_id","id") ON DELETE no action ON UPDATE no action;