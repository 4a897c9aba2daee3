import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { openApiSpec } from './openapi-spec.ts';

/**
 * Generates packages/client/src/schema.ts (the API's types) from the app's own OpenAPI document.
 * `npm run generate:client` writes it; test/client.int.test.ts fails when the committed file differs,
 * so the client cannot drift from the API.
 */
export const SCHEMA_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../packages/client/src/schema.ts',
);

export async function generatedSchema(): Promise<string> {
  const ast = await openapiTS((await openApiSpec()) as unknown as OpenAPI3);
  const banner = '// Generated from the Zabota OpenAPI document by scripts/generate-client.ts: do not edit.\n';
  return format(banner + astToString(ast), { ...(await resolveConfig(SCHEMA_FILE)), filepath: SCHEMA_FILE });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  fs.writeFileSync(SCHEMA_FILE, await generatedSchema());
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
}
