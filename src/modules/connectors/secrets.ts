import { secretBox } from '../../platform/crypto/secret-box.ts';

/** A connector's tokens are stored as one sealed JSON object; only the sync ever opens it. */
export const sealSecrets = (secrets: Record<string, string>): string | null =>
  Object.keys(secrets).length ? secretBox().seal(JSON.stringify(secrets)) : null;

export const openSecrets = (sealed: string | null): Record<string, string> =>
  sealed ? (JSON.parse(secretBox().open(sealed)) as Record<string, string>) : {};
