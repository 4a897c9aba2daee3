import type { z } from 'zod';
import type { staffCreate, staffCreated, staffMember, staffUpdate } from '../../../modules/staff/staff.contract.ts';
import type { Role } from '../../../shared/domain.ts';
import { patch, post } from '../lib/api.ts';
import { useAllItems, useApiMutation, usePagedList } from '../lib/queries.ts';

export type StaffMember = z.infer<typeof staffMember>;
export type StaffCreated = z.infer<typeof staffCreated>;
export type StaffCreate = z.input<typeof staffCreate>;
export type StaffUpdate = z.input<typeof staffUpdate>;

export type StaffFilter = { q?: string; role?: Role; locationId?: string; active?: 'true' | 'false' };

export const useStaffList = (params: StaffFilter) => usePagedList<StaffMember>('staff', '/staff', params);
export const useAllStaff = (enabled = true) => useAllItems<StaffMember>('staff', '/staff', enabled);
/** POST /staff answers with the invitation link, so the owner can pass it on by hand too. */
export const useInviteStaff = () => useApiMutation('staff', (body: StaffCreate) => post<StaffCreated>('/staff', body));
export const useUpdateStaff = () =>
  useApiMutation('staff', ({ id, body }: { id: string; body: StaffUpdate }) =>
    patch<StaffMember>(`/staff/${id}`, body),
  );
