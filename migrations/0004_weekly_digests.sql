CREATE TABLE "digests_sent" (
	"org_id" uuid NOT NULL,
	"week" text NOT NULL,
	"recipients" integer NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "digests_sent_org_id_week_pk" PRIMARY KEY("org_id","week")
);
