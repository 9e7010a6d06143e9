import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorResponse } from '../../contract/common';
import { Retirement, RetirementQuery } from '../../contract/rules';
import { retirementFor } from '../../domain/retirement';
import { requireActor } from '../plugins/context';

export async function ruleRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/rules/retirement',
    {
      schema: {
        tags: ['rules'],
        summary: 'Statutory retirement age and month (gradual raise in force since 2025-01-01)',
        description:
          'Men: 60, plus one month per 4 months of birth from 1965-01, up to 63. Women in cadre/managerial posts: 55, ' +
          'plus one month per 4 months from 1970-01, up to 58. Women in worker posts: 50, plus one month per 2 months ' +
          'from 1975-01, up to 55.',
        querystring: RetirementQuery,
        response: { 200: Retirement, 400: ErrorResponse, 401: ErrorResponse },
      },
    },
    async (request) => {
      requireActor(request);
      return retirementFor(request.query);
    },
  );
}
