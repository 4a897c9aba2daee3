import { describe, expect, it } from 'vitest';
import { activeHref, NAV, visibleNav } from './nav.ts';

describe('dashboard menu', () => {
  it('lists every page once', () => {
    const hrefs = NAV.flatMap((g) => g.items.map((i) => i.href));
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });

  it('hides pages the user may not open, and groups left empty', () => {
    const groups = visibleNav((p) => p === 'org:read' || p === 'cases:read');
    expect(groups.map((g) => g.id)).toEqual(['act', 'understand']);
    expect(groups[0]!.items.map((i) => i.href)).toEqual(['/cases', '/cases/figures']);
  });

  it('marks the most specific page as the current one', () => {
    const groups = visibleNav(() => true);
    expect(activeHref(groups, '/')).toBe('/');
    expect(activeHref(groups, '/cases/rules')).toBe('/cases/rules');
    expect(activeHref(groups, '/cases/0190')).toBe('/cases');
    expect(activeHref(groups, '/settings/api-keys')).toBe('/settings/api-keys');
    expect(activeHref(groups, '/nowhere')).toBeUndefined();
  });
});
