ALTER TABLE "connectors" ADD COLUMN "id_prefix" text;--> statement-breakpoint
CREATE UNIQUE INDEX "connectors_org_id_prefix" ON "connectors" USING btree ("org_id","id_prefix");