CREATE TABLE "customer_profiles" (
	"org_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"birthday" date,
	"preferences" text,
	"remember" text,
	"profiling_opt_out" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customer_profiles_pk" PRIMARY KEY("org_id","customer_id")
);
--> statement-breakpoint
CREATE TABLE "customer_tiers" (
	"org_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"tier_id" uuid NOT NULL,
	"since" timestamp with time zone NOT NULL,
	"below_since" timestamp with time zone,
	"manual" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customer_tiers_pk" PRIMARY KEY("org_id","customer_id")
);
--> statement-breakpoint
CREATE TABLE "gesture_tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"gesture_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"occasion" text NOT NULL,
	"location_id" uuid,
	"staff_id" uuid,
	"role" text NOT NULL,
	"trigger_interaction_id" uuid,
	"status" text DEFAULT 'pending' NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"delivered_at" timestamp with time zone,
	"delivered_by" uuid,
	"interaction_id" uuid,
	"skip_reason" text,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gesture_tasks_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "gestures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"description" text,
	"cost_estimate" numeric(12, 2),
	"trigger" text NOT NULL,
	"trigger_visit" integer,
	"trigger_tier_id" uuid,
	"tier_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"touchpoint_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"assignee_role" text DEFAULT 'staff' NOT NULL,
	"assignee_staff_id" uuid,
	"due_days" integer DEFAULT 30 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gestures_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "points_ledger" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"points" integer NOT NULL,
	"source_type" text NOT NULL,
	"source_id" text NOT NULL,
	"reverses_id" uuid,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "points_ledger_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "points_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"enabled" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recognition_dirty" (
	"org_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	CONSTRAINT "recognition_dirty_pk" PRIMARY KEY("org_id","customer_id")
);
--> statement-breakpoint
CREATE TABLE "tier_changes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"from_tier_id" uuid,
	"to_tier_id" uuid,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tier_recalcs" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"requested_at" timestamp with time zone,
	"done_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "tiers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"rank" integer NOT NULL,
	"match" text DEFAULT 'all' NOT NULL,
	"criteria" jsonb NOT NULL,
	"manual_only" boolean DEFAULT false NOT NULL,
	"grace_days" integer DEFAULT 90 NOT NULL,
	"perks" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tiers_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "customer_profiles" ADD CONSTRAINT "customer_profiles_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_profiles" ADD CONSTRAINT "customer_profiles_customer_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_tiers" ADD CONSTRAINT "customer_tiers_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_tiers" ADD CONSTRAINT "customer_tiers_customer_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_tiers" ADD CONSTRAINT "customer_tiers_tier_fk" FOREIGN KEY ("org_id","tier_id") REFERENCES "public"."tiers"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gesture_tasks" ADD CONSTRAINT "gesture_tasks_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gesture_tasks" ADD CONSTRAINT "gesture_tasks_gesture_fk" FOREIGN KEY ("org_id","gesture_id") REFERENCES "public"."gestures"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gesture_tasks" ADD CONSTRAINT "gesture_tasks_customer_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gesture_tasks" ADD CONSTRAINT "gesture_tasks_location_fk" FOREIGN KEY ("org_id","location_id") REFERENCES "public"."locations"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gesture_tasks" ADD CONSTRAINT "gesture_tasks_staff_fk" FOREIGN KEY ("org_id","staff_id") REFERENCES "public"."staff"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gesture_tasks" ADD CONSTRAINT "gesture_tasks_delivered_by_fk" FOREIGN KEY ("org_id","delivered_by") REFERENCES "public"."staff"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gesture_tasks" ADD CONSTRAINT "gesture_tasks_interaction_fk" FOREIGN KEY ("org_id","interaction_id") REFERENCES "public"."interactions"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gesture_tasks" ADD CONSTRAINT "gesture_tasks_trigger_fk" FOREIGN KEY ("org_id","trigger_interaction_id") REFERENCES "public"."interactions"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gestures" ADD CONSTRAINT "gestures_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gestures" ADD CONSTRAINT "gestures_tier_fk" FOREIGN KEY ("org_id","trigger_tier_id") REFERENCES "public"."tiers"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gestures" ADD CONSTRAINT "gestures_staff_fk" FOREIGN KEY ("org_id","assignee_staff_id") REFERENCES "public"."staff"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_ledger" ADD CONSTRAINT "points_ledger_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_ledger" ADD CONSTRAINT "points_ledger_customer_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_ledger" ADD CONSTRAINT "points_ledger_reverses_fk" FOREIGN KEY ("org_id","reverses_id") REFERENCES "public"."points_ledger"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_ledger" ADD CONSTRAINT "points_ledger_staff_fk" FOREIGN KEY ("org_id","created_by") REFERENCES "public"."staff"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_settings" ADD CONSTRAINT "points_settings_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tier_changes" ADD CONSTRAINT "tier_changes_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tier_changes" ADD CONSTRAINT "tier_changes_customer_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tier_recalcs" ADD CONSTRAINT "tier_recalcs_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tiers" ADD CONSTRAINT "tiers_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "customer_tiers_tier" ON "customer_tiers" USING btree ("org_id","tier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "gesture_tasks_occasion" ON "gesture_tasks" USING btree ("org_id","customer_id","gesture_id","occasion");--> statement-breakpoint
CREATE INDEX "gesture_tasks_pending" ON "gesture_tasks" USING btree ("org_id","status","due_at");--> statement-breakpoint
CREATE INDEX "gesture_tasks_location" ON "gesture_tasks" USING btree ("org_id","location_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "points_ledger_source" ON "points_ledger" USING btree ("org_id","source_type","source_id","kind");--> statement-breakpoint
CREATE INDEX "points_ledger_customer" ON "points_ledger" USING btree ("org_id","customer_id","created_at");--> statement-breakpoint
CREATE INDEX "tier_changes_org_at" ON "tier_changes" USING btree ("org_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "tiers_org_rank" ON "tiers" USING btree ("org_id","rank");