import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorResponse } from '../../contract/common';
import { EligibilityCheckBody, EligibilityFindings } from '../../contract/rules';
import { auditActor } from '../plugins/context';
import { byUserOrAddress, perMinute } from '../plugins/rate-limit';
import { applicationScope } from '../policies/application';
import { requirePermission } from '../policies/requests';
import { appendAudit } from '../services/audit';
import { checkEligibility } from '../services/eligibility';

/** Dry runs a user may ask for a minute: plenty for filling in a form, too few to probe ID numbers against the winners. */
export const ELIGIBILITY_CHECKS_PER_MINUTE = 60;

export async function eligibilityRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/eligibility/check',
    {
      schema: {
        tags: ['rules'],
        summary:
          'Dry run of the eligibility rules on a (partial) application draft (employer officer, candidate)',
        description:
          'Fields that are absent are not judged; fields that are present are. Errors block an application, ' +
          'warnings need a written justification. Rule codes and messages: docs/rules.md. "Already in this ' +
          'edition" is judged only against the caller\'s own applications, so the check tells nobody who ' +
          'else has applied.',
        body: EligibilityCheckBody,
        response: {
          200: EligibilityFindings,
          400: ErrorResponse,
          401: ErrorResponse,
          403: ErrorResponse,
          409: ErrorResponse,
          429: ErrorResponse,
        },
      },
      config: { rateLimit: perMinute(ELIGIBILITY_CHECKS_PER_MINUTE, byUserOrAddress) },
    },
    async (request) => {
      // those who fill in an Annex 2: the unit's officer and the candidate
      const actor = requirePermission(request, 'dryRunEligibility');
      const now = app.clock.now();
      return app.db.transaction(async (tx) => {
        const findings = await checkEligibility(tx, app.sealer, request.body, {
          now,
          othersWithin: applicationScope(actor),
        });
        await appendAudit(
          tx,
          auditActor(request),
          {
            action: 'eligibility.check',
            objectType: 'eligibility',
            detail: {
              award: request.body.award ?? null,
              idNumberGiven: typeof request.body.idNumber === 'string' && request.body.idNumber.trim() !== '',
              findings: findings.map((f) => f.code),
            },
          },
          now,
        );
        return { findings };
      });
    },
  );
}
