import type { ConnectorKind } from './connectors.contract.ts';

/**
 * The start of the external ids a new connector gives what it imports: its kind while the
 * organisation has no other connector of that kind (one account keeps the ids it always had, and
 * connecting it again after its connector was deleted finds what it imported then), else
 * `kind-n` with the smallest n ≥ 2 that none of the organisation's connectors uses: another
 * account's client 55 is someone else.
 */
export function idPrefixFor(kind: ConnectorKind, existing: { kind: string; idPrefix: string }[]): string {
  if (!existing.some((c) => c.kind === kind)) return kind;
  const taken = new Set(existing.map((c) => c.idPrefix));
  let n = 2;
  while (taken.has(`${kind}-${n}`)) n++;
  return `${kind}-${n}`;
}
