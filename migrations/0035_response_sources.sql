CREATE TABLE "response_sources" (
	"org_id" uuid NOT NULL,
	"response_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"source" text NOT NULL,
	"suspected" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "response_sources_org_id_response_id_pk" PRIMARY KEY("org_id","response_id")
);
--> statement-breakpoint
ALTER TABLE "response_sources" ADD CONSTRAINT "response_sources_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_sources" ADD CONSTRAINT "response_sources_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "response_sources_recent" ON "response_sources" USING btree ("org_id","survey_id","source","created_at");--> statement-breakpoint
CREATE INDEX "response_sources_suspected" ON "response_sources" USING btree ("org_id","suspected");