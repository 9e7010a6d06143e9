import fastifyMultipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AttachmentParams, type AttachmentUploadFields, AttachmentView } from '../../contract/attachments';
import { ErrorResponse, IdParams } from '../../contract/common';
import { attachmentFileNameSchema, MAX_ATTACHMENT_BYTES } from '../../domain/application';
import { DomainError } from '../../domain/errors';
import { issuesToFields } from '../../domain/validation';
import { actingOf } from '../plugins/context';
import { requirePermission } from '../policies/requests';
import { attachmentView } from '../services/application-detail';
import { deleteAttachment, findAttachment, storeAttachment } from '../services/attachments';
import { storeDecisionMinutes, storeStepFile } from '../services/decision-minutes';
import { papersRecommender } from '../services/recommender-papers';
import { privateFile } from './common';

const invalidFileName = {
  zh: '文件名中含有无法保存的字符，请重命名文件后再上传',
  en: 'The file name holds a character that cannot be stored; rename the file and upload it again',
};

/** The one file of a multipart upload (its fields before it), or a refusal in the user's words. */
async function uploadedPart(request: FastifyRequest): Promise<MultipartFile> {
  if (!request.isMultipart()) {
    throw new DomainError('attachment.multipart_required', {
      zh: '请以表单文件方式上传',
      en: 'Upload as multipart/form-data',
    });
  }
  const part = await request.file();
  if (!part) throw new DomainError('attachment.file_missing', { zh: '没有收到文件', en: 'No file was sent' });
  return part;
}

/** The file's name as it will be stored, or a refusal (the rest of the upload is drained). */
function fileNameOf(part: MultipartFile): string {
  const fileName = attachmentFileNameSchema.safeParse(part.filename);
  if (fileName.success) return fileName.data;
  part.file.resume();
  throw new DomainError('validation.failed', invalidFileName, {
    fields: issuesToFields(fileName.error.issues, 'file'),
  });
}

export async function attachmentRoutes(app: FastifyInstance) {
  // busboy stops one byte past the limit; the storage refuses anything over it (413).
  await app.register(fastifyMultipart, {
    limits: { fileSize: MAX_ATTACHMENT_BYTES + 1, files: 1, fields: 5, fieldSize: 1000 },
  });
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/applications/:id/attachments',
    {
      schema: {
        tags: ['applications'],
        summary:
          'Upload an attachment (multipart: kind, declassified?, file) — PDF, JPEG or PNG by content; an image must decode whole (422 otherwise)',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: {
          201: AttachmentView,
          400: ErrorResponse,
          403: ErrorResponse,
          404: ErrorResponse,
          409: ErrorResponse,
          413: ErrorResponse,
          415: ErrorResponse,
          422: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const who = actingOf(request);
      const part = await uploadedPart(request);
      // the field names are the contract's; their values are checked below and by storeAttachment
      const field = (name: keyof typeof AttachmentUploadFields.shape) => {
        const value = part.fields[name];
        return value && !Array.isArray(value) && value.type === 'field' ? String(value.value) : undefined;
      };
      const kind = field('kind');
      if (!kind) {
        part.file.resume();
        throw new DomainError(
          'attachment.kind_missing',
          { zh: '请选择材料类型（须在文件之前提交）', en: 'Give the kind of attachment (before the file)' },
          {
            fields: [
              {
                path: 'kind',
                code: 'attachment.kind_missing',
                message: { zh: '此项为必填项', en: 'This field is required' },
              },
            ],
          },
        );
      }
      const fileName = fileNameOf(part);
      const created = await storeAttachment(app.db, app.storage, who, request.params.id, {
        kind,
        declassified: field('declassified') === 'true',
        fileName,
        stream: part.file,
      });
      return reply.status(201).send(attachmentView(created));
    },
  );

  r.post(
    '/api/decision-minutes',
    {
      schema: {
        tags: ['workflow'],
        summary:
          'Upload the minutes of a collective decision (multipart: file) before recording the decision, which names them by id; PDF, JPEG or PNG by content',
        consumes: ['multipart/form-data'],
        response: {
          201: AttachmentView,
          400: ErrorResponse,
          403: ErrorResponse,
          413: ErrorResponse,
          415: ErrorResponse,
          422: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      requirePermission(request, 'uploadDecisionMinutes');
      const who = actingOf(request);
      const part = await uploadedPart(request);
      const fileName = fileNameOf(part);
      const created = await storeDecisionMinutes(app.db, app.storage, who, {
        fileName,
        stream: part.file,
      });
      return reply.status(201).send(attachmentView(created));
    },
  );

  r.post(
    '/api/recommender-review/opinion',
    {
      schema: {
        tags: ['workflow'],
        summary:
          "Upload the experts' signed review opinion (专家评审意见书, multipart: file) before recording the review, which names it by id; PDF, JPEG or PNG by content",
        consumes: ['multipart/form-data'],
        response: {
          201: AttachmentView,
          400: ErrorResponse,
          403: ErrorResponse,
          404: ErrorResponse,
          413: ErrorResponse,
          415: ErrorResponse,
          422: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'recordRecommenderReview');
      // only a recommending organisation reviews: another employer's officer is told there is nothing here
      await papersRecommender(app.db, actor, undefined);
      const part = await uploadedPart(request);
      const fileName = fileNameOf(part);
      const created = await storeStepFile(
        app.db,
        app.storage,
        actingOf(request),
        { fileName, stream: part.file },
        'review_opinion',
      );
      return reply.status(201).send(attachmentView(created));
    },
  );

  r.get(
    '/api/applications/:id/attachments/:attachmentId',
    { schema: { tags: ['applications'], summary: 'Download an attachment', params: AttachmentParams } },
    async (request, reply) => {
      const file = await findAttachment(
        app.db,
        actingOf(request),
        request.params.id,
        request.params.attachmentId,
      );
      privateFile(reply, { mimeType: file.mimeType, fileName: file.fileName, disposition: 'attachment' });
      return reply.send(app.storage.stream(file.storageKey));
    },
  );

  r.delete(
    '/api/applications/:id/attachments/:attachmentId',
    {
      schema: {
        tags: ['applications'],
        summary: 'Remove an attachment while the application is still editable',
        params: AttachmentParams,
        response: { 204: z.null(), 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request, reply) => {
      await deleteAttachment(
        app.db,
        app.storage,
        actingOf(request),
        request.params.id,
        request.params.attachmentId,
      );
      return reply.status(204).send(null);
    },
  );
}
