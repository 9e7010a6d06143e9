CREATE TABLE "panel_draws" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"panel_id" uuid NOT NULL,
	"status" text DEFAULT 'committed' NOT NULL,
	"seed_hash" text NOT NULL,
	"seed_sealed" text NOT NULL,
	"seed" text,
	"pool" jsonb NOT NULL,
	"conflicted" jsonb NOT NULL,
	"specialties" jsonb NOT NULL,
	"seats" integer NOT NULL,
	"draw_order" jsonb,
	"committed_by" uuid NOT NULL,
	"committed_at" timestamp with time zone NOT NULL,
	"drawn_by" uuid,
	"drawn_at" timestamp with time zone,
	CONSTRAINT "panel_draws_status_check" CHECK ("panel_draws"."status" in ('committed', 'drawn'))
);
--> statement-breakpoint
CREATE TABLE "review_rankings" (
	"award_id" uuid PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"items" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_votes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"award_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"tied" jsonb NOT NULL,
	"places" integer NOT NULL,
	"votes" jsonb NOT NULL,
	"voters" integer NOT NULL,
	"minutes" text NOT NULL,
	"review_version" integer NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "score_sheets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"panel_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"total" numeric(8, 2) NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"saved_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone,
	"reopened_at" timestamp with time zone,
	"reopened_by" uuid,
	"reopen_reason" text,
	CONSTRAINT "score_sheets_status_check" CHECK ("score_sheets"."status" in ('draft', 'submitted'))
);
--> statement-breakpoint
ALTER TABLE "conflicts" DROP CONSTRAINT "conflicts_reason_check";--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "aggregation" text DEFAULT 'mean' NOT NULL;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "blind" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "review_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "conflicts" ADD COLUMN "source" text DEFAULT 'bureau' NOT NULL;--> statement-breakpoint
ALTER TABLE "conflicts" ADD COLUMN "status" text DEFAULT 'active' NOT NULL;--> statement-breakpoint
ALTER TABLE "conflicts" ADD COLUMN "vetted_by" uuid;--> statement-breakpoint
ALTER TABLE "conflicts" ADD COLUMN "vetted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "conflicts" ADD COLUMN "vet_note" text;--> statement-breakpoint
ALTER TABLE "experts" ADD COLUMN "specialties" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "panel_members" ADD COLUMN "status" text DEFAULT 'seated' NOT NULL;--> statement-breakpoint
ALTER TABLE "panel_members" ADD COLUMN "source" text DEFAULT 'manual' NOT NULL;--> statement-breakpoint
ALTER TABLE "panel_members" ADD COLUMN "seated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "panel_members" ADD COLUMN "declined_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "panel_members" ADD COLUMN "decline_reason" text;--> statement-breakpoint
ALTER TABLE "panels" ADD COLUMN "seats" integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE "panels" ADD COLUMN "specialties" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "panels" ADD COLUMN "reviewed_on" date;--> statement-breakpoint
ALTER TABLE "panels" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "rubric_criteria" ADD COLUMN "guidance_zh" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "rubric_criteria" ADD COLUMN "guidance_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "panel_draws" ADD CONSTRAINT "panel_draws_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_draws" ADD CONSTRAINT "panel_draws_committed_by_users_id_fk" FOREIGN KEY ("committed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_draws" ADD CONSTRAINT "panel_draws_drawn_by_users_id_fk" FOREIGN KEY ("drawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_rankings" ADD CONSTRAINT "review_rankings_award_id_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."awards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_votes" ADD CONSTRAINT "review_votes_award_id_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."awards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_votes" ADD CONSTRAINT "review_votes_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_reopened_by_users_id_fk" FOREIGN KEY ("reopened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "panel_draws_panel" ON "panel_draws" USING btree ("panel_id");--> statement-breakpoint
CREATE UNIQUE INDEX "score_sheets_unique" ON "score_sheets" USING btree ("panel_id","expert_id","application_id");--> statement-breakpoint
CREATE INDEX "score_sheets_application" ON "score_sheets" USING btree ("application_id","status");--> statement-breakpoint
ALTER TABLE "conflicts" ADD CONSTRAINT "conflicts_vetted_by_users_id_fk" FOREIGN KEY ("vetted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panels" ADD CONSTRAINT "panels_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "panels_award" ON "panels" USING btree ("edition_id","award_id");--> statement-breakpoint
-- the score sheets the scores so far belong to: one per expert and candidate, submitted where all its scores were
INSERT INTO "score_sheets" ("panel_id", "expert_id", "application_id", "status", "total", "saved_at", "submitted_at")
SELECT "panel_id", "expert_id", "application_id",
	CASE WHEN bool_and("submitted_at" IS NOT NULL) THEN 'submitted' ELSE 'draft' END,
	sum("score"), max("created_at"), CASE WHEN bool_and("submitted_at" IS NOT NULL) THEN max("submitted_at") END
FROM "scores" GROUP BY "panel_id", "expert_id", "application_id";--> statement-breakpoint
ALTER TABLE "scores" DROP COLUMN "submitted_at";--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_aggregation_check" CHECK ("awards"."aggregation" in ('mean', 'trimmed_mean'));--> statement-breakpoint
ALTER TABLE "conflicts" ADD CONSTRAINT "conflicts_source_check" CHECK ("conflicts"."source" in ('expert', 'bureau'));--> statement-breakpoint
ALTER TABLE "conflicts" ADD CONSTRAINT "conflicts_status_check" CHECK ("conflicts"."status" in ('active', 'dismissed'));--> statement-breakpoint
-- a conflict the expert declared was recorded as reason 'declared': it is the expert's, of an unnamed relation
UPDATE "conflicts" SET "source" = 'expert', "reason" = 'other' WHERE "reason" = 'declared';--> statement-breakpoint
ALTER TABLE "conflicts" ADD CONSTRAINT "conflicts_reason_check" CHECK ("conflicts"."reason" in ('same_employer', 'same_recommender', 'relative', 'teacher_apprentice', 'same_team', 'other'));--> statement-breakpoint
ALTER TABLE "panel_members" ADD CONSTRAINT "panel_members_status_check" CHECK ("panel_members"."status" in ('seated', 'declined'));--> statement-breakpoint
ALTER TABLE "panel_members" ADD CONSTRAINT "panel_members_source_check" CHECK ("panel_members"."source" in ('draw', 'replacement', 'manual'));