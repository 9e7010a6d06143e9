import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { missingAttachmentKinds, requiredAttachmentKinds, sniffMimeType } from './attachments';

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
