import type pg from 'pg';
import { analyze } from './analyzer/analyze.ts';
import { DEFAULT_TAXONOMY } from './analyzer/taxonomy.ts';
import type { Analysis, Overrides, Taxonomy, TextLang } from './analyzer/types.ts';
import { classifyExternally, type ExternalConfig } from './external.ts';
import { compileOverrides, type OverrideRow } from './overrides.ts';

type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;

/** What an organisation analyses with. The objects are stable while `version` is: the analyser compiles them once. */
export type OrgText = {
  version: number;
  taxonomy: Taxonomy;
  overrides: Overrides | undefined;
  external: ExternalConfig | null;
  custom: boolean;
};

const cache = new Map<string, OrgText>();

/** Forget an organisation's compiled analyser in this process (other processes see the version move). */
export const invalidate = (orgId: string): void => void cache.delete(orgId);

/**
 * The organisations' analysers, recompiled only when their text_settings.version moved (one
 * cheap query for the versions; the taxonomy and overrides are read only on a change).
 */
export async function orgTexts(q: Queryable, orgIds: string[]): Promise<Map<string, OrgText>> {
  const out = new Map<string, OrgText>();
  if (!orgIds.length) return out;
  const { rows } = await q.query<{ org_id: string; version: number }>(
    `select org_id, version from text_settings where org_id = any($1::uuid[])`,
    [orgIds],
  );
  const versions = new Map(rows.map((r) => [r.org_id, r.version]));
  const stale: string[] = [];
  for (const id of orgIds) {
    const v = versions.get(id) ?? -1;
    const c = cache.get(id);
    if (c && c.version === v) out.set(id, c);
    else stale.push(id);
  }
  if (stale.length) {
    const settings = await q.query<{
      org_id: string;
      version: number;
      taxonomy: Taxonomy | null;
      external_url: string | null;
      external_key: string | null;
      external_model: string | null;
      external_enabled: number;
    }>(
      `select org_id, version, taxonomy, external_url, external_key, external_model, external_enabled from text_settings where org_id = any($1::uuid[])`,
      [stale],
    );
    const overrides = await q.query<OverrideRow & { org_id: string }>(
      `select org_id, lang, kind, term, weight, topic, emotion from text_overrides where org_id = any($1::uuid[]) order by created_at, id`,
      [stale],
    );
    for (const id of stale) {
      const s = settings.rows.find((r) => r.org_id === id);
      const entry: OrgText = {
        version: s?.version ?? -1,
        taxonomy: s?.taxonomy ?? DEFAULT_TAXONOMY,
        custom: !!s?.taxonomy,
        overrides: compileOverrides(overrides.rows.filter((r) => r.org_id === id)),
        external:
          s?.external_enabled && s.external_url
            ? { url: s.external_url, apiKey: s.external_key, model: s.external_model }
            : null,
      };
      cache.set(id, entry);
      out.set(id, entry);
    }
  }
  return out;
}

export async function orgText(q: Queryable, orgId: string): Promise<OrgText> {
  return (await orgTexts(q, [orgId])).get(orgId)!;
}

export type Labelled = Analysis & { source: 'builtin' | 'external' };

/** The built-in analysis, or the external classifier's when the organisation switched it on and it answered in time. */
export async function label(o: OrgText, text: string, lang?: TextLang): Promise<Labelled> {
  const builtin = analyze(text, { lang, taxonomy: o.taxonomy, overrides: o.overrides });
  if (!o.external) return { ...builtin, source: 'builtin' };
  const ext = await classifyExternally(o.external, text, o.taxonomy).catch(() => null);
  if (!ext) return { ...builtin, source: 'builtin' };
  // The external verdict with the built-in language and the evidence that agrees with it.
  const evidence = builtin.evidence.filter((e) =>
    e.kind === 'topic'
      ? ext.topics.includes(e.label)
      : e.kind === 'emotion'
        ? e.label === ext.emotion
        : e.label === ext.sentiment,
  );
  return { ...builtin, ...ext, evidence, source: 'external' };
}
