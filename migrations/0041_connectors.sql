CREATE TABLE "connector_records" (
	"org_id" uuid NOT NULL,
	"connector_id" uuid NOT NULL,
	"source_id" text NOT NULL,
	"interaction_id" uuid,
	"hash" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "connector_records_connector_id_source_id_pk" PRIMARY KEY("connector_id","source_id")
);
--> statement-breakpoint
CREATE TABLE "connector_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"connector_id" uuid NOT NULL,
	"trigger" text NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"fetched" integer DEFAULT 0 NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"removed" integer DEFAULT 0 NOT NULL,
	"skipped" integer DEFAULT 0 NOT NULL,
	"skips" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "connectors" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"settings" jsonb NOT NULL,
	"sealed_secrets" text,
	"mapping" jsonb NOT NULL,
	"catalog" jsonb NOT NULL,
	"cursor" jsonb NOT NULL,
	"hook_token" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"last_error" text,
	"failures" integer DEFAULT 0 NOT NULL,
	"last_sync_at" timestamp with time zone,
	"next_sync_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "connectors_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "connector_records" ADD CONSTRAINT "connector_records_connector_fk" FOREIGN KEY ("org_id","connector_id") REFERENCES "public"."connectors"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connector_runs" ADD CONSTRAINT "connector_runs_connector_fk" FOREIGN KEY ("org_id","connector_id") REFERENCES "public"."connectors"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connectors" ADD CONSTRAINT "connectors_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "connector_runs_connector" ON "connector_runs" USING btree ("connector_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "connectors_hook_token" ON "connectors" USING btree ("hook_token");--> statement-breakpoint
CREATE INDEX "connectors_due" ON "connectors" USING btree ("next_sync_at");