/**
 * Who owns a new case. Pure: the candidates come in, one staff id (or null) goes out.
 */
export type Assignment =
  | { strategy: 'location_manager' }
  | { strategy: 'involved_staff' }
  | { strategy: 'round_robin'; team: string[] }
  | { strategy: 'fixed'; staffId: string };

export type People = {
  /** Active managers with the locations they cover, oldest first. */
  managers: { id: string; locationIds: string[] }[];
  /** Active owners, oldest first. */
  owners: string[];
  /** Active staff ids (anyone who can own a case). */
  active: Set<string>;
};

function locationManager(locationId: string | null, people: People): string | null {
  const manager = locationId ? people.managers.find((m) => m.locationIds.includes(locationId)) : undefined;
  return manager?.id ?? people.owners[0] ?? null;
}

/**
 * The fallback chain is always: the chosen person if still active, else the location's manager,
 * else the owner — so a case is never left without an owner because someone left.
 */
export function assignOwner(
  a: Assignment,
  c: { locationId: string | null; staffId: string | null },
  people: People,
  lastRoundRobin: string | null,
): { ownerId: string | null; roundRobinCursor?: string } {
  switch (a.strategy) {
    case 'involved_staff':
      return { ownerId: c.staffId && people.active.has(c.staffId) ? c.staffId : locationManager(c.locationId, people) };
    case 'fixed':
      return { ownerId: people.active.has(a.staffId) ? a.staffId : locationManager(c.locationId, people) };
    case 'round_robin': {
      const team = a.team.filter((id) => people.active.has(id));
      if (!team.length) return { ownerId: locationManager(c.locationId, people) };
      const next = team[(team.indexOf(lastRoundRobin ?? '') + 1) % team.length]!;
      return { ownerId: next, roundRobinCursor: next };
    }
    case 'location_manager':
      return { ownerId: locationManager(c.locationId, people) };
  }
}

/** Escalation goes one level up: staff → the location's manager → owner. */
export function escalationTarget(
  currentOwner: string | null,
  locationId: string | null,
  people: People,
): string | null {
  const manager = locationManager(locationId, people);
  if (currentOwner && people.owners.includes(currentOwner)) return null;
  if (currentOwner && people.managers.some((m) => m.id === currentOwner)) return people.owners[0] ?? null;
  return manager && manager !== currentOwner ? manager : (people.owners[0] ?? null);
}
