import { PHOTO_MAX_BYTES, PHOTO_TYPES, PHOTOS_PER_ITEM } from './standards.contract.ts';

export { PHOTO_MAX_BYTES, PHOTOS_PER_ITEM };
/** Told by the first bytes: what a browser's or client's label says is not trusted. */
export type PhotoType = (typeof PHOTO_TYPES)[number];

const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

export function photoType(b: Uint8Array): PhotoType | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && ascii(b, 0, 8) === '\x89PNG\r\n\x1a\n') return 'image/png';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'image/webp';
  // ISO-BMFF "ftyp" box with a HEIF brand: what iPhones take.
  if (b.length >= 12 && ascii(b, 4, 8) === 'ftyp' && ['heic', 'heix', 'mif1', 'msf1'].includes(ascii(b, 8, 12)))
    return 'image/heic';
  return null;
}
