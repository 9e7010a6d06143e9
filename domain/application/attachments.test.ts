import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findUnstorableCharacter } from '../text';
import { issuesToFields } from '../validation';
import {
  attachmentFileNameSchema,
  MAX_ATTACHMENT_FILE_NAME_CHARACTERS,
  missingAttachmentKinds,
  requiredAttachmentKinds,
  shortenFileName,
  sniffMimeType,
} from './attachments';

describe('attachments', () => {
  it('recognises PDF, JPEG and PNG by their bytes', () => {
    expect(sniffMimeType(new TextEncoder().encode('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffMimeType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
    expect(sniffMimeType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
      'image/png',
    );
  });

  it('refuses a Windows executable whatever it is called, and an empty file', () => {
    expect(sniffMimeType(new TextEncoder().encode('MZ\x90\x00\x03'))).toBeNull();
    expect(sniffMimeType(new Uint8Array())).toBeNull();
  });

  it('accepts nothing that does not start with a known signature', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 16 }), (bytes) => {
        const type = sniffMimeType(bytes);
        if (type === 'application/pdf') expect(bytes[0]).toBe(0x25);
        if (type === 'image/jpeg') expect(bytes[0]).toBe(0xff);
        if (type === 'image/png') expect(bytes[0]).toBe(0x89);
      }),
    );
  });

  it('lists the required kinds still missing', () => {
    expect(missingAttachmentKinds([])).toEqual(requiredAttachmentKinds);
    expect(missingAttachmentKinds([...requiredAttachmentKinds, 'other_evidence'])).toEqual([]);
    expect(missingAttachmentKinds(['photo', 'id_card'])).toEqual([
      'skill_certificate',
      'diploma',
      'integrity_certificate',
    ]);
  });
});

describe('attachment file names', () => {
  it('keep the name as sent, shortened to 200 characters with its extension', () => {
    expect(attachmentFileNameSchema.parse(' 身份证（正反面）.pdf ')).toBe('身份证（正反面）.pdf');
    expect(attachmentFileNameSchema.parse('')).toBe('file');
    const long = attachmentFileNameSchema.parse(`${'𠮷'.repeat(300)}.pdf`);
    expect([...long]).toHaveLength(MAX_ATTACHMENT_FILE_NAME_CHARACTERS);
    expect(long.endsWith('𠮷.pdf')).toBe(true);
    expect(findUnstorableCharacter(long)).toBeUndefined();
  });

  it.each([
    ['a\u0000.pdf', 'text.control_character'],
    ['a\u001b.pdf', 'text.control_character'],
    ['a\ud800.pdf', 'text.unpaired_surrogate'],
    ['\u202egdp.exe', 'name.invisible_character'],
  ])('refuse %j with %s', (name, code) => {
    const result = attachmentFileNameSchema.safeParse(name);
    expect(result.success).toBe(false);
    expect(issuesToFields(result.error?.issues ?? [])[0]).toMatchObject({ path: '', code });
  });

  it('never cut a character in half, whatever the name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (name) => {
        const kept = shortenFileName(name);
        expect([...kept].length).toBeLessThanOrEqual(MAX_ATTACHMENT_FILE_NAME_CHARACTERS);
        expect(findUnstorableCharacter(kept)).toBeUndefined();
      }),
    );
  });
});
