import QRCode from 'qrcode';

/**
 * The public link a QR code, a poster or the widget points at: /s/p/{slug}, with where it was
 * (l = location, t = touchpoint) and how the customer came (c = channel), so answers are attributed.
 */
export function publicSurveyLink(
  baseUrl: string,
  slug: string,
  p: { locationId?: string | null; touchpointId?: string | null; channel: 'qr' | 'widget' },
): string {
  const q = new URLSearchParams();
  if (p.locationId) q.set('l', p.locationId);
  if (p.touchpointId) q.set('t', p.touchpointId);
  q.set('c', p.channel);
  return `${baseUrl.replace(/\/$/, '')}/s/p/${encodeURIComponent(slug)}?${q}`;
}

// M: survives a little wear of a printed poster without making the code much denser.
const OPTIONS = { errorCorrectionLevel: 'M', margin: 2 } as const;

export const qrSvg = (text: string): Promise<string> => QRCode.toString(text, { ...OPTIONS, type: 'svg' });
export const qrPng = (text: string): Promise<Buffer> => QRCode.toBuffer(text, { ...OPTIONS, type: 'png', width: 600 });
