import type { z } from 'zod';
import type { setupBody } from '../../../modules/orgs/orgs.contract.ts';
import { post, setCsrfToken } from '../lib/api.ts';
import { useApiMutation } from '../lib/queries.ts';

export type SetupInput = z.input<typeof setupBody>;

/** POST /setup: creates the first organisation and its owner, and signs the owner in. */
export function useSetup() {
  return useApiMutation('setup', async (body: SetupInput) => {
    const res = await post<{ orgId: string; csrfToken: string }>('/setup', body);
    setCsrfToken(res.csrfToken);
    return res;
  });
}
