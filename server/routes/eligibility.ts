import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EligibilityDraft } from '../../domain/eligibility';
import { requireActor } from '../plugins/context';
import { byUserOrAddress, perMinute } from '../plugins/rate-limit';
import { checkEligibility } from '../services/eligibility';
import { ErrorResponse, FindingSchema } from './common';

const Findings = z.object({
  findings: z.array(FindingSchema),
});

/** Dry runs a user may ask for a minute: plenty for filling in a form, too few to probe ID numbers against the winners. */
export const ELIGIBILITY_CHECKS_PER_MINUTE = 60;

export async function eligibilityRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/eligibility/check',
    {
      schema: {
        tags: ['rules'],
        summary: 'Dry run of the eligibility rules on a (partial) application draft',
        description:
          'Fields that are absent are not judged; fields that are present are. Errors block an application, ' +
          'warnings need a written justification. Rule codes and messages: docs/rules.md.',
        body: EligibilityDraft,
        response: {
          200: Findings,
          400: ErrorResponse,
          401: ErrorResponse,
          409: ErrorResponse,
          429: ErrorResponse,
        },
      },
      config: { rateLimit: perMinute(ELIGIBILITY_CHECKS_PER_MINUTE, byUserOrAddress) },
    },
    async (request) => {
      requireActor(request);
      const findings = await checkEligibility(app.db, app.sealer, request.body, { now: app.clock.now() });
      return { findings };
    },
  );
}
