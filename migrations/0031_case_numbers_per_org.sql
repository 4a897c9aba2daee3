CREATE TABLE "case_counters" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"last" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cases" ALTER COLUMN "number" DROP IDENTITY;--> statement-breakpoint
ALTER TABLE "cases" ALTER COLUMN "number" SET DEFAULT 0;--> statement-breakpoint
ALTER TABLE "case_counters" ADD CONSTRAINT "case_counters_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cases_org_number" ON "cases" USING btree ("org_id","number");