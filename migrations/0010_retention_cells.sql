CREATE TABLE "customer_purchase_days" (
	"org_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"days" date[] NOT NULL,
	"counts" integer[] NOT NULL,
	"revenue" numeric(16, 2)[] NOT NULL,
	CONSTRAINT "customer_purchase_days_org_id_customer_id_pk" PRIMARY KEY("org_id","customer_id")
);
--> statement-breakpoint
CREATE TABLE "retention_cells" (
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"x" date NOT NULL,
	"y" date NOT NULL,
	"n" bigint NOT NULL,
	"revenue" numeric(18, 2) NOT NULL,
	CONSTRAINT "retention_cells_org_id_kind_x_y_pk" PRIMARY KEY("org_id","kind","x","y")
);
--> statement-breakpoint
CREATE INDEX "retention_cells_by_y" ON "retention_cells" USING btree ("org_id","kind","y");--> statement-breakpoint
-- Backfill: every buyer gets their purchase days and atoms on the purchase rollup's next sweeps.
INSERT INTO "customer_purchases_dirty" (org_id, customer_id) SELECT DISTINCT org_id, customer_id FROM interactions WHERE customer_id IS NOT NULL AND revenue > 0 ON CONFLICT DO NOTHING;
