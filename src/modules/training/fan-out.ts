/**
 * The loop's first step: a failed item whose standard has a lesson assigns that lesson to every
 * staff member of the audited location who works at the audited touchpoint, one assignment per
 * (audit, item, staff member). The database's unique key makes repeats no-ops; this decides who.
 */
export type FailedItem = { itemId: string; lessonId: string | null };
export type StaffMember = { id: string; locationIds: string[]; touchpointIds: string[] };
export type AuditPlace = { auditId: string; locationId: string; touchpointId: string | null; staffId: string | null };
export type NewAssignment = { auditId: string; itemId: string; lessonId: string; staffId: string };

export function assignmentsFor(audit: AuditPlace, failed: FailedItem[], staff: StaffMember[]): NewAssignment[] {
  let who: StaffMember[];
  if (audit.staffId) who = staff.filter((s) => s.id === audit.staffId);
  else {
    const atLocation = staff.filter((s) => s.locationIds.includes(audit.locationId));
    const atTouchpoint = audit.touchpointId
      ? atLocation.filter((s) => s.touchpointIds.includes(audit.touchpointId!))
      : atLocation;
    // Where nobody's touchpoint is known yet, the whole location learns it rather than nobody.
    who = atTouchpoint.length ? atTouchpoint : atLocation;
  }
  const out: NewAssignment[] = [];
  const seen = new Set<string>();
  for (const f of failed) {
    if (!f.lessonId) continue;
    for (const s of who) {
      const key = `${f.itemId}|${s.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ auditId: audit.auditId, itemId: f.itemId, lessonId: f.lessonId, staffId: s.id });
    }
  }
  return out;
}

/** The loop's second step: once every assignment of an audit is passed, its failed items are checked again. */
export function reauditDue(
  assignments: { status: 'assigned' | 'passed' | 'failed' }[],
  passedAt: Date,
  withinDays: number,
): Date | null {
  if (!assignments.length || assignments.some((a) => a.status !== 'passed')) return null;
  return new Date(passedAt.getTime() + withinDays * 86_400_000);
}
