CREATE TABLE "quota_places" (
	"edition_id" uuid NOT NULL,
	"recommender_id" uuid NOT NULL,
	"award_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quota_places_edition_id_recommender_id_award_id_pk" PRIMARY KEY("edition_id","recommender_id","award_id")
);
--> statement-breakpoint
ALTER TABLE "quota_places" ADD CONSTRAINT "quota_places_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quota_places" ADD CONSTRAINT "quota_places_recommender_id_organisations_id_fk" FOREIGN KEY ("recommender_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quota_places" ADD CONSTRAINT "quota_places_award_id_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."awards"("id") ON DELETE no action ON UPDATE no action;