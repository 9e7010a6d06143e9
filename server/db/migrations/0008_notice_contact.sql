ALTER TABLE "notices" ADD COLUMN "contact_name" text;--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "contact_phone" text;--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "contact_address" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "contact_name" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "contact_phone" text;