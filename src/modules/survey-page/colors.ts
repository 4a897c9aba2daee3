/**
 * The business's colour on the respondent page, kept readable: WCAG 2 relative luminance and
 * contrast ratio, a text colour for the brand background, and an accent dark enough for text and
 * borders on white. Only `#rgb` / `#rrggbb` get through: the colour goes into a <style> block.
 */
export const DEFAULT_BRAND = '#0f766e';
export const MIN_CONTRAST = 4.5;

export function parseHex(color: string | null | undefined): [number, number, number] | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color?.trim() ?? '');
  if (!m) return undefined;
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

const toHex = (rgb: readonly number[]) => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

export function luminance(rgb: readonly number[]): number {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: readonly number[], b: readonly number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const WHITE = [255, 255, 255] as const;
const INK = [17, 24, 39] as const; // the page's text colour, #111827
const BLACK = [0, 0, 0] as const;

/** The palette the page uses: `brand` as given (normalised), `onBrand` text on it, `accent` for text/borders on white. */
export function brandPalette(color: string | null | undefined): { brand: string; onBrand: string; accent: string } {
  const rgb = parseHex(color) ?? parseHex(DEFAULT_BRAND)!;
  // White or the page's ink when either reads well; else pure black, which with white always
  // leaves one of the two at 4.58:1 or more on any colour.
  const onBrand =
    [WHITE, INK].find((c) => contrast(rgb, c) >= MIN_CONTRAST) ??
    (contrast(rgb, WHITE) >= contrast(rgb, BLACK) ? WHITE : BLACK);
  let accent: number[] = [...rgb];
  for (let i = 0; i < 40 && contrast(accent, WHITE) < MIN_CONTRAST; i++) accent = accent.map((v) => v * 0.9);
  return { brand: toHex(rgb), onBrand: toHex(onBrand), accent: toHex(accent) };
}
