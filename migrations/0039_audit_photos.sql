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
ALTER TABLE "audit_photos" ADD CONSTRAINT "audit_photos_audit_fk" FOREIGN KEY ("org_id","audit_id") REFERENCES "public"."audits"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_photos" ADD CONSTRAINT "audit_photos_item_fk" FOREIGN KEY ("org_id","item_id") REFERENCES "public"."checklist_items"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_photos" ADD CONSTRAINT "audit_photos_created_by_fk" FOREIGN KEY ("org_id","created_by_id") REFERENCES "public"."staff"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_photos_audit" ON "audit_photos" USING btree ("org_id","audit_id","item_id");