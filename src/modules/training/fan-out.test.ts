import { describe, expect, it } from 'vitest';
import { assignmentsFor, reauditDue } from './fan-out.ts';

const staff = [
  { id: 'ana', locationIds: ['L1'], touchpointIds: ['desk'] },
  { id: 'bo', locationIds: ['L1'], touchpointIds: ['phone'] },
  { id: 'cy', locationIds: ['L1', 'L2'], touchpointIds: ['desk'] },
  { id: 'di', locationIds: ['L2'], touchpointIds: ['desk'] },
];
const audit = { auditId: 'A', locationId: 'L1', touchpointId: 'desk', staffId: null };

describe('assignment fan-out', () => {
  it('assigns each failed item with a lesson to each staff member of the location at the touchpoint', () => {
    const out = assignmentsFor(
      audit,
      [
        { itemId: 'i1', lessonId: 'les1' },
        { itemId: 'i2', lessonId: null },
        { itemId: 'i3', lessonId: 'les3' },
      ],
      staff,
    );
    expect(out.map((a) => `${a.itemId}:${a.staffId}:${a.lessonId}`)).toEqual([
      'i1:ana:les1',
      'i1:cy:les1',
      'i3:ana:les3',
      'i3:cy:les3',
    ]);
  });

  it('gives one assignment per (item, staff) even when an item is listed twice', () => {
    const out = assignmentsFor(
      audit,
      [
        { itemId: 'i1', lessonId: 'les1' },
        { itemId: 'i1', lessonId: 'les1' },
      ],
      staff,
    );
    expect(out).toHaveLength(2);
  });

  it('falls back to the whole location when nobody is known at the touchpoint', () => {
    const out = assignmentsFor({ ...audit, touchpointId: 'terrace' }, [{ itemId: 'i1', lessonId: 'l' }], staff);
    expect(out.map((a) => a.staffId)).toEqual(['ana', 'bo', 'cy']);
  });

  it('assigns only the audited staff member of a self-check', () => {
    const out = assignmentsFor({ ...audit, staffId: 'bo' }, [{ itemId: 'i1', lessonId: 'l' }], staff);
    expect(out.map((a) => a.staffId)).toEqual(['bo']);
  });
});

describe('re-audit due', () => {
  const at = new Date('2026-06-01T10:00:00Z');
  it('is due M days after the last pass, only when every assignment is passed', () => {
    expect(reauditDue([{ status: 'passed' }, { status: 'passed' }], at, 14)).toEqual(new Date('2026-06-15T10:00:00Z'));
    expect(reauditDue([{ status: 'passed' }, { status: 'assigned' }], at, 14)).toBeNull();
    expect(reauditDue([], at, 14)).toBeNull();
  });
});
