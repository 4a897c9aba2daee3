CREATE TABLE "referral_name_credits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"referred_id" uuid NOT NULL,
	"name" text NOT NULL,
	"answered_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"referrer_id" uuid,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_name_credits_org_id_id" UNIQUE("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "review_replies" ADD COLUMN "kind" text DEFAULT 'copied' NOT NULL;--> statement-breakpoint
ALTER TABLE "review_replies" ADD COLUMN "response" text;--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "draft_text" text;--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "draft_by" uuid;--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "draft_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "referral_name_credits" ADD CONSTRAINT "referral_name_credits_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_name_credits" ADD CONSTRAINT "referral_name_credits_resolved_by_staff_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_name_credits" ADD CONSTRAINT "referral_name_credits_referred_fk" FOREIGN KEY ("org_id","referred_id") REFERENCES "public"."customers"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_name_credits" ADD CONSTRAINT "referral_name_credits_referrer_fk" FOREIGN KEY ("org_id","referrer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "referral_name_credits_referred" ON "referral_name_credits" USING btree ("org_id","referred_id");--> statement-breakpoint
CREATE INDEX "referral_name_credits_org_status" ON "referral_name_credits" USING btree ("org_id","status","created_at");--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_draft_by_staff_id_fk" FOREIGN KEY ("draft_by") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;