import { beforeAll, describe, expect, it } from 'vitest';
import {
  type ApplicationDraft,
  annex2FieldLabels,
  applicationFields,
  printedFields,
} from '../../domain/application';
import { annex2DataFromDraft } from './annex2-data';
import { makeAnnex2Draft } from './annex2-data.testing';
import { renderAnnex2Pdf } from './annex2-pdf';
import { annex2View } from './annex2-view';
import { compact, pdfText } from './poppler.testing';

const context = {
  referenceDate: '2025-10-24',
  verificationUrl: 'https://jiangxuan.example/verify/',
  generatedAt: new Date('2025-10-21T08:00:00+08:00'),
};

/** What the paper shows of a draft, without the hash (which changes with any content). */
function printed(draft: ApplicationDraft) {
  const {
    hash: _hash,
    shortHash: _shortHash,
    link: _link,
    ...view
  } = annex2View(annex2DataFromDraft(draft, context));
  return JSON.stringify(view);
}

/** The draft without the field; the award, which a form cannot lack, switched to the other one. */
function without(draft: ApplicationDraft, field: keyof ApplicationDraft): ApplicationDraft {
  if (field === 'award') return { ...draft, award: 'technical_expert' };
  const { [field]: _dropped, ...rest } = draft;
  return rest;
}

describe('the fields the registry marks as printed on Annex 2', () => {
  const draft = makeAnnex2Draft();
  let text: string;

  beforeAll(async () => {
    text = compact(pdfText((await renderAnnex2Pdf(annex2DataFromDraft(draft, context))).bytes));
  });

  it('prints the label of every printed field and of no other field', () => {
    for (const field of applicationFields) {
      const label = compact(annex2FieldLabels[field].zh);
      if ((printedFields as readonly string[]).includes(field)) expect(text, field).toContain(label);
      else expect(text, field).not.toContain(label);
    }
  });

  it("prints every printed field's value: the paper changes without it", () => {
    const full = printed(draft);
    for (const field of printedFields) {
      expect(draft, field).toHaveProperty(field);
      expect(printed(without(draft, field)), field).not.toBe(full);
    }
  });
});
