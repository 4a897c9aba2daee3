import type { z } from 'zod';
import type { loginBody } from '../../../modules/access/access.contract.ts';
import { post, setCsrfToken } from '../lib/api.ts';
import { useApiMutation } from '../lib/queries.ts';

/** POST /auth/login: starts a cookie session. */
export function useLogin() {
  return useApiMutation('me', async (body: z.infer<typeof loginBody>) => {
    const res = await post<{ csrfToken: string }>('/auth/login', body);
    setCsrfToken(res.csrfToken);
    return res;
  });
}
