import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, type ReactNode } from 'react';
import type { z } from 'zod';
import type { me } from '../../../modules/access/access.contract.ts';
import { api, ApiError, post, setCsrfToken } from './api.ts';
import { roleCan, type Permission } from './permissions.ts';

export type Me = z.infer<typeof me>;

export function useSetupStatus() {
  return useQuery({ queryKey: ['setup'], queryFn: () => api<{ needsSetup: boolean }>('GET', '/setup') });
}

/** The signed-in actor, or null when there is no session. */
export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async (): Promise<Me | null> => {
      try {
        const m = await api<Me>('GET', '/auth/me', undefined, { quiet401: true });
        setCsrfToken(m.csrfToken);
        return m;
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return async () => {
    await post('/auth/logout').catch(() => undefined);
    setCsrfToken(null);
    // Signed-out first (the app unmounts), then forget everything the last user could see.
    qc.setQueryData(['me'], null);
    qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' && q.queryKey[0] !== 'setup' });
  };
}

type Session = { me: Me; can: (p: Permission) => boolean };
const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <SessionContext.Provider value={{ me, can: (p) => roleCan(me.role, p) }}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}
