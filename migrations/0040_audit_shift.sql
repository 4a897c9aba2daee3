CREATE TYPE "public"."shift" AS ENUM('morning', 'day', 'evening', 'night');--> statement-breakpoint
ALTER TABLE "audits" ADD COLUMN "shift" "shift";