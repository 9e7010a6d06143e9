import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorResponse } from '../../contract/common';
import { EditionView } from '../../contract/editions';
import type { AwardCode } from '../../domain/roles';
import { requireActor } from '../plugins/context';
import { loadCalendar } from '../services/calendar';
import { currentEdition, submissionWindowOf } from '../services/editions-query';
import { editionSchedule } from '../services/editions-schedule';

export async function editionRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/editions/current',
    {
      schema: {
        tags: ['editions'],
        summary:
          'The edition in progress: awards with their conditions, places and prizes, the submission window and the dates that lead to it',
        response: { 200: EditionView, 401: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request) => {
      requireActor(request);
      const edition = await currentEdition(app.db);
      const window = submissionWindowOf(edition);
      const schedule = editionSchedule(await loadCalendar(app.db), window, app.clock.now());
      return {
        id: edition.id,
        code: edition.code,
        number: edition.number,
        name: { zh: edition.nameZh, en: edition.nameEn },
        referenceDate: edition.referenceDate,
        submissionWindow: window,
        deliveryAddress: edition.deliveryAddress,
        contact: { name: edition.contactName, phone: edition.contactPhone },
        noticeText: edition.noticeText,
        schedule,
        awards: edition.awards
          .sort((a, b) => (a.code === 'grand_award' ? -1 : b.code === 'grand_award' ? 1 : 0))
          .map((award) => ({
            code: award.code as AwardCode,
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
