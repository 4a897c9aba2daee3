CREATE TYPE "public"."delivery_channel" AS ENUM('email', 'telegram', 'viber', 'whatsapp', 'sms');--> statement-breakpoint
CREATE TYPE "public"."message_direction" AS ENUM('out', 'in');--> statement-breakpoint
CREATE TYPE "public"."message_status" AS ENUM('queued', 'sent', 'delivered', 'failed', 'received');--> statement-breakpoint
CREATE TYPE "public"."messaging_channel" AS ENUM('telegram', 'viber', 'whatsapp', 'sms');--> statement-breakpoint
ALTER TYPE "public"."case_event_type" ADD VALUE 'message';--> statement-breakpoint
ALTER TYPE "public"."invitation_channel" ADD VALUE 'telegram';--> statement-breakpoint
ALTER TYPE "public"."invitation_channel" ADD VALUE 'viber';--> statement-breakpoint
ALTER TYPE "public"."invitation_channel" ADD VALUE 'whatsapp';--> statement-breakpoint
ALTER TYPE "public"."invitation_channel" ADD VALUE 'sms';--> statement-breakpoint
ALTER TYPE "public"."response_channel" ADD VALUE 'telegram';--> statement-breakpoint
ALTER TYPE "public"."response_channel" ADD VALUE 'viber';--> statement-breakpoint
CREATE TABLE "channel_connections" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" "messaging_channel" NOT NULL,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"secret" text,
	"hook_token" text NOT NULL,
	"hook_secret" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "channel_connections_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "channel_updates" (
	"org_id" uuid NOT NULL,
	"channel" "messaging_channel" NOT NULL,
	"update_key" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "channel_updates_pk" PRIMARY KEY("org_id","channel","update_key")
);
--> statement-breakpoint
CREATE TABLE "customer_channels" (
	"org_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"channel" "messaging_channel" NOT NULL,
	"address" text NOT NULL,
	"consent_at" timestamp with time zone,
	"consent_source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customer_channels_pk" PRIMARY KEY("org_id","customer_id","channel")
);
--> statement-breakpoint
CREATE TABLE "customer_preferred_channels" (
	"org_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"channel" "delivery_channel" NOT NULL,
	CONSTRAINT "customer_preferred_channels_pk" PRIMARY KEY("org_id","customer_id")
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"channel" "messaging_channel" NOT NULL,
	"direction" "message_direction" NOT NULL,
	"customer_id" uuid,
	"invitation_id" uuid,
	"case_id" uuid,
	"response_id" uuid,
	"address" text NOT NULL,
	"body" text NOT NULL,
	"status" "message_status" DEFAULT 'queued' NOT NULL,
	"provider_id" text,
	"provider_answer" text,
	"awaiting" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "messages_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "messaging_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"fallback_order" text[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "channel_connections" ADD CONSTRAINT "channel_connections_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_updates" ADD CONSTRAINT "channel_updates_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_channels" ADD CONSTRAINT "customer_channels_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_channels" ADD CONSTRAINT "customer_channels_customer_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_preferred_channels" ADD CONSTRAINT "customer_preferred_channels_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_preferred_channels" ADD CONSTRAINT "customer_preferred_channels_customer_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_customer_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_invitation_fk" FOREIGN KEY ("org_id","invitation_id") REFERENCES "public"."invitations"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_case_fk" FOREIGN KEY ("org_id","case_id") REFERENCES "public"."cases"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messaging_settings" ADD CONSTRAINT "messaging_settings_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "channel_connections_org_kind" ON "channel_connections" USING btree ("org_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "channel_connections_hook_token" ON "channel_connections" USING btree ("hook_token");--> statement-breakpoint
CREATE INDEX "customer_channels_address" ON "customer_channels" USING btree ("org_id","channel","address");--> statement-breakpoint
CREATE INDEX "messages_org_customer" ON "messages" USING btree ("org_id","customer_id","created_at");--> statement-breakpoint
CREATE INDEX "messages_org_invitation" ON "messages" USING btree ("org_id","invitation_id");--> statement-breakpoint
CREATE INDEX "messages_org_case" ON "messages" USING btree ("org_id","case_id","created_at");--> statement-breakpoint
CREATE INDEX "messages_org_address" ON "messages" USING btree ("org_id","channel","address","created_at");--> statement-breakpoint
CREATE INDEX "messages_provider_id" ON "messages" USING btree ("org_id","channel","provider_id") WHERE "messages"."provider_id" is not null;