import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { retirementFor } from '../../domain/retirement';
import { requireActor } from '../plugins/context';
import { ErrorResponse } from './common';

const RetirementQuery = z.object({
  birth: z.string().refine((v) => /^\d{4}-(0[1-9]|1[0-2])$/.test(v), {
    params: {
      code: 'retirement.invalid_input',
      message: { zh: '出生年月格式应为 YYYY-MM', en: 'Birth month must be YYYY-MM' },
    },
  }),
  gender: z.enum(['male', 'female']),
  post: z.enum(['worker', 'cadre']).default('worker'),
});

const Retirement = z.object({
  age: z.object({ years: z.number(), months: z.number() }),
  month: z.string(),
});

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
