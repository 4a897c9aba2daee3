import { useQuery } from '@tanstack/react-query';

/**
 * Which API paths this server has, read from its OpenAPI document (public, generated from the
 * routes). Some modules ship later than the dashboard pages that use them (QR codes, exports,
 * webhooks): a page asks here and simply leaves out what the server cannot do yet.
 */
export function useApiPaths() {
  const q = useQuery({
    queryKey: ['openapi'],
    staleTime: Infinity,
    queryFn: async (): Promise<Set<string>> => {
      const res = await fetch('/api/v1/openapi.json', {
        headers: { accept: 'application/json' },
        credentials: 'same-origin',
      });
      if (!res.ok) return new Set();
      const doc = (await res.json()) as { paths?: Record<string, unknown> };
      return new Set(Object.keys(doc.paths ?? {}));
    },
  });
  return (path: string): boolean => q.data?.has(path) ?? false;
}

/** Saves text the page already holds (an export fetched with the session) as a file. */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
