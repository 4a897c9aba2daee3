import type { Catalog, ConnectorMapping } from './connectors.contract.ts';

/**
 * Which Zabota location, staff member or touchpoint a source's branch, employee or service stands
 * for: the owner's explicit choice first (null: deliberately none), else the one target whose
 * name is the same once case, punctuation, "ё" and extra spaces are set aside.
 */
export type Target = { id: string; name: string };
export type Match = { id: string; name: string; targetId: string | null; how: 'mapped' | 'name' | 'none' };

export const normalName = (s: string): string =>
  s
    .toLocaleLowerCase('ru')
    .replaceAll('ё', 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function matchOne(
  item: { id: string; name: string },
  explicit: Record<string, string | null>,
  targets: readonly Target[],
): Match {
  if (item.id in explicit) return { ...item, targetId: explicit[item.id] ?? null, how: 'mapped' };
  const key = normalName(item.name);
  const found = key ? targets.filter((t) => normalName(t.name) === key) : [];
  return found.length === 1
    ? { ...item, targetId: found[0]!.id, how: 'name' }
    : { ...item, targetId: null, how: 'none' };
}

export type Targets = { locations: Target[]; staff: Target[]; touchpoints: Target[] };

export function matchAll(catalog: Catalog, mapping: ConnectorMapping, targets: Targets) {
  return {
    branches: catalog.branches.map((b) => matchOne(b, mapping.locations, targets.locations)),
    staff: catalog.staff.map((s) => matchOne(s, mapping.staff, targets.staff)),
    services: catalog.services.map((s) => matchOne(s, mapping.touchpoints, targets.touchpoints)),
  };
}

/** Source id → Zabota id for the records of one sync. */
export function resolver(catalog: Catalog, mapping: ConnectorMapping, targets: Targets) {
  const m = matchAll(catalog, mapping, targets);
  const index = (list: Match[]) => new Map(list.map((x) => [x.id, x.targetId]));
  const [branches, staff, services] = [index(m.branches), index(m.staff), index(m.services)];
  return {
    location: (id: string | null) => (id === null ? null : (branches.get(id) ?? null)),
    staff: (id: string | null) => (id === null ? null : (staff.get(id) ?? null)),
    touchpoint: (id: string | null) => (id === null ? null : (services.get(id) ?? null)),
  };
}

/** Adds what a sync saw to the catalogue, keeping what it knew (a branch with no records this time stays mappable). */
export function mergeCatalog(known: Catalog, seen: Catalog): Catalog {
  const merge = (a: Catalog['branches'], b: Catalog['branches']) => {
    const byId = new Map(a.map((x) => [x.id, x]));
    for (const x of b) byId.set(x.id, x);
    return [...byId.values()].sort((x, y) => x.name.localeCompare(y.name));
  };
  return {
    branches: merge(known.branches, seen.branches),
    staff: merge(known.staff, seen.staff),
    services: merge(known.services, seen.services),
  };
}
