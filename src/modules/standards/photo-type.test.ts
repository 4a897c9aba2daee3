import { describe, expect, it } from 'vitest';
import { photoType } from './photo-type.ts';

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('photo type by content', () => {
  it('knows JPEG, PNG, WebP and HEIC by their first bytes', () => {
    expect(photoType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(photoType(bytes([0x89], 'PNG\r\n\x1a\n', [0]))).toBe('image/png');
    expect(photoType(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('image/webp');
    expect(photoType(bytes([0, 0, 0, 24], 'ftypheic', [0]))).toBe('image/heic');
  });
  it('refuses anything else, whatever it is called', () => {
    expect(photoType(bytes('%PDF-1.7'))).toBeNull();
    expect(photoType(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(photoType(bytes([0xff, 0xd8]))).toBeNull();
    expect(photoType(new Uint8Array())).toBeNull();
  });
});
