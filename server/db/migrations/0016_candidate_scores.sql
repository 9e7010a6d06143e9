CREATE TABLE "candidate_scores" (
	"application_id" uuid PRIMARY KEY NOT NULL,
	"award_id" uuid NOT NULL,
	"counted" integer NOT NULL,
	"total" numeric(12, 2),
	"highest" numeric(8, 2),
	"lowest" numeric(8, 2)
);
--> statement-breakpoint
ALTER TABLE "candidate_scores" ADD CONSTRAINT "candidate_scores_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_scores" ADD CONSTRAINT "candidate_scores_award_id_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."awards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "candidate_scores_award" ON "candidate_scores" USING btree ("award_id");--> statement-breakpoint
-- What counts of the scores already submitted, as server/services/review-ranking.ts counts it (回避 as in
-- server/policies/review.ts): the candidates in the review or past it, once.
INSERT INTO "candidate_scores" ("application_id", "award_id", "counted", "total", "highest", "lowest")
SELECT a."id", a."award_id", count(s."total"), sum(s."total"), max(s."total"), min(s."total")
FROM "applications" a
LEFT JOIN "panels" p ON p."award_id" = a."award_id" AND p."edition_id" = a."edition_id"
LEFT JOIN "score_sheets" s ON s."application_id" = a."id" AND s."panel_id" = p."id" AND s."status" = 'submitted'
  AND EXISTS (SELECT 1 FROM "panel_members" m WHERE m."panel_id" = p."id" AND m."expert_id" = s."expert_id" AND m."status" = 'seated')
  AND NOT EXISTS (SELECT 1 FROM "experts" e WHERE e."id" = s."expert_id" AND (e."organisation_id" = a."employer_id"
    OR e."organisation_id" = a."recommender_id" OR e."workplace" = a."employer_name"))
  AND NOT EXISTS (SELECT 1 FROM "conflicts" c WHERE c."expert_id" = s."expert_id" AND c."application_id" = a."id" AND c."status" = 'active')
WHERE a."award_id" IS NOT NULL AND a."status" IN ('in_review', 'proposed', 'not_proposed', 'city_notice', 'city_noticed',
  'pending_approval', 'approved', 'awarded', 'prize_paid')
GROUP BY a."id";
