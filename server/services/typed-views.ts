import type { z } from 'zod';
import type { ApplicationDetail, NoticeRef } from '../../contract/applications';
import type { AttachmentView } from '../../contract/attachments';
import type { AttachmentKind } from '../../domain/application';
import type { Role } from '../../domain/roles';
import type { ApplicationStatus, TransitionName } from '../../domain/workflow';
import type { applicationDetail, attachmentView } from './application-detail';

type NoticeStatus = z.output<typeof NoticeRef>['status'];

/**
 * The views of server/services/application-detail.ts with their text columns narrowed to the unions
 * the contract (contract/applications.ts) states. The columns are plain `text` until they carry their
 * types (issue 9 item 7, `.$type<…>()`); then these casts go and the views' own types meet the contract.
 * Every other field is checked by the compiler as it is.
 */
export function typedAttachment(a: ReturnType<typeof attachmentView>): z.output<typeof AttachmentView> {
  return { ...a, kind: a.kind as AttachmentKind };
}

export function typedDetail(
  d: Awaited<ReturnType<typeof applicationDetail>>,
): z.output<typeof ApplicationDetail> {
  return {
    ...d,
    attachments: d.attachments.map(typedAttachment),
    notice: d.notice && { ...d.notice, status: d.notice.status as NoticeStatus },
    history: d.history.map((h) => ({
      ...h,
      transition: h.transition as TransitionName,
      fromStatus: h.fromStatus as ApplicationStatus,
      toStatus: h.toStatus as ApplicationStatus,
      actorRole: h.actorRole as Role | null,
    })),
  };
}
