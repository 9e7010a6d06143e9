-- The professional qualification becomes structured ({ field, level, title }); any free text kept so far
-- is preserved as the title.
ALTER TABLE "applications" ALTER COLUMN "professional_qualification" SET DATA TYPE jsonb
  USING CASE WHEN "professional_qualification" IS NULL THEN NULL
             ELSE jsonb_build_object('title', "professional_qualification") END;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "workplace_in_changchun" boolean DEFAULT true NOT NULL;
