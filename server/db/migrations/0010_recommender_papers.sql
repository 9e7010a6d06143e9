ALTER TABLE "issued_documents" DROP CONSTRAINT "issued_documents_kind_check";--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "intake_code" text;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD COLUMN "organisation_id" uuid;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_intake_code_unique" UNIQUE("intake_code");--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_kind_check" CHECK ("issued_documents"."kind" in ('annex2', 'annex2_masked', 'unit_notice', 'summary_table', 'recommendation_report', 'cover', 'dossier'));