import type { z } from 'zod';
import type { acceptInviteBody } from '../../../modules/access/access.contract.ts';
import { post, setCsrfToken } from '../lib/api.ts';
import { useApiMutation } from '../lib/queries.ts';

/** POST /auth/accept-invite: sets the invited member's password and signs them in. */
export function useAcceptInvite() {
  return useApiMutation('me', async (body: z.infer<typeof acceptInviteBody>) => {
    const res = await post<{ csrfToken: string }>('/auth/accept-invite', body);
    setCsrfToken(res.csrfToken);
    return res;
  });
}
