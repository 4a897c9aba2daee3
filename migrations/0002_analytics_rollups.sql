CREATE TABLE "metric_daily" (
	"org_id" uuid NOT NULL,
	"dim" text NOT NULL,
	"key" text NOT NULL,
	"day" date NOT NULL,
	"responses" integer DEFAULT 0 NOT NULL,
	"nps_n" integer DEFAULT 0 NOT NULL,
	"nps_promoters" integer DEFAULT 0 NOT NULL,
	"nps_detractors" integer DEFAULT 0 NOT NULL,
	"csat_n" integer DEFAULT 0 NOT NULL,
	"csat_sum" integer DEFAULT 0 NOT NULL,
	"csat_top" integer DEFAULT 0 NOT NULL,
	"ces_n" integer DEFAULT 0 NOT NULL,
	"ces_sum" integer DEFAULT 0 NOT NULL,
	"ces_top" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "metric_daily_org_id_dim_key_day_pk" PRIMARY KEY("org_id","dim","key","day")
);
--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "rolled_up_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "responses_not_rolled_up" ON "responses" USING btree ("submitted_at") WHERE "responses"."rolled_up_at" is null;