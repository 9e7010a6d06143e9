import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../plugins/context';
import { currentEdition } from '../services/editions-query';
import { ErrorResponse, MessageSchema } from './common';

const EditionView = z.object({
  id: z.string(),
  code: z.string(),
  number: z.number(),
  name: MessageSchema,
  referenceDate: z.string(),
  submissionWindow: z.object({ start: z.string(), end: z.string() }),
  deliveryAddress: z.string(),
  contact: z.object({ name: z.string(), phone: z.string() }),
  noticeText: z.string(),
  awards: z.array(
    z.object({
      code: z.string(),
      name: MessageSchema,
      places: z.number(),
      prizeYuan: z.number(),
      minSkillLevel: z.string(),
      conditions: z.array(z.object({ no: z.number(), zh: z.string(), en: z.string() })),
    }),
  ),
});

export async function editionRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/editions/current',
    {
      schema: {
        tags: ['editions'],
        summary:
          'The edition in progress: awards with their conditions, places and prizes, the submission window',
        response: { 200: EditionView, 401: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request) => {
      requireActor(request);
      const edition = await currentEdition(app.db);
      return {
        id: edition.id,
        code: edition.code,
        number: edition.number,
        name: { zh: edition.nameZh, en: edition.nameEn },
        referenceDate: edition.referenceDate,
        submissionWindow: { start: edition.submissionStart, end: edition.submissionEnd },
        deliveryAddress: edition.deliveryAddress,
        contact: { name: edition.contactName, phone: edition.contactPhone },
        noticeText: edition.noticeText,
        awards: edition.awards
          .sort((a, b) => (a.code === 'grand_award' ? -1 : b.code === 'grand_award' ? 1 : 0))
          .map((award) => ({
            code: award.code,
            name: { zh: award.nameZh, en: award.nameEn },
            places: award.places,
            prizeYuan: award.prizeYuan,
            minSkillLevel: award.minSkillLevel,
            conditions: award.conditions,
          })),
      };
    },
  );
}
