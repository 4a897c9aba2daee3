CREATE TABLE "customer_idea_links" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "insight_customer_votes" (
	"org_id" uuid NOT NULL,
	"insight_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "insight_customer_votes_org_id_insight_id_customer_id_pk" PRIMARY KEY("org_id","insight_id","customer_id")
);
--> statement-breakpoint
ALTER TABLE "customer_idea_links" ADD CONSTRAINT "customer_idea_links_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_idea_links" ADD CONSTRAINT "customer_idea_links_customer_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_customer_votes" ADD CONSTRAINT "insight_customer_votes_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_customer_votes" ADD CONSTRAINT "insight_customer_votes_insight_fk" FOREIGN KEY ("org_id","insight_id") REFERENCES "public"."insights"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_customer_votes" ADD CONSTRAINT "insight_customer_votes_customer_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "customer_idea_links_token" ON "customer_idea_links" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "customer_idea_links_customer" ON "customer_idea_links" USING btree ("org_id","customer_id");--> statement-breakpoint
CREATE INDEX "insight_customer_votes_customer" ON "insight_customer_votes" USING btree ("org_id","customer_id");