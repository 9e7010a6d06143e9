CREATE TABLE "recommender_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"edition_id" uuid NOT NULL,
	"recommender_id" uuid NOT NULL,
	"reviewed_on" date NOT NULL,
	"reviewers" jsonb NOT NULL,
	"opinion" text DEFAULT '' NOT NULL,
	"opinion_attachment_id" uuid,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attachments" DROP CONSTRAINT "attachments_kind_check";--> statement-breakpoint
ALTER TABLE "recommender_reviews" ADD CONSTRAINT "recommender_reviews_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommender_reviews" ADD CONSTRAINT "recommender_reviews_recommender_id_organisations_id_fk" FOREIGN KEY ("recommender_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommender_reviews" ADD CONSTRAINT "recommender_reviews_opinion_attachment_id_attachments_id_fk" FOREIGN KEY ("opinion_attachment_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommender_reviews" ADD CONSTRAINT "recommender_reviews_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "recommender_reviews_unique" ON "recommender_reviews" USING btree ("edition_id","recommender_id");--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_kind_check" CHECK ("attachments"."kind" in ('photo', 'id_card', 'skill_certificate', 'diploma', 'integrity_certificate', 'achievement_evidence', 'award_certificate', 'other_evidence', 'decision_minutes', 'review_opinion'));