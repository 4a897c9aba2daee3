import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { pipeline } from 'node:stream/promises';
import { extract } from 'tar-fs';

/** The browser the e2e suite drives: its binary and the extra environment it needs to start. */
export type ChromiumInstall = { executablePath: string; env: Record<string, string> };

const require = createRequire(import.meta.url);

/**
 * CHROMIUM_PATH when set; otherwise the Chromium that ships inside the `@sparticuz/chromium` npm
 * package, so `npm test` needs nothing but Node. The package holds it brotli-compressed with the NSS
 * libraries it links against (absent on a bare Debian image); both are unpacked once per package
 * version into node_modules/.cache. Pinned to 147.0.0: later versions declare Node >= 22.
 */
export async function resolveChromium(): Promise<ChromiumInstall> {
  const override = process.env.CHROMIUM_PATH;
  if (override) {
    if (!fs.existsSync(override)) throw new Error(`CHROMIUM_PATH points at ${override}, which does not exist.`);
    return { executablePath: override, env: {} };
  }
  const pkgRoot = path.resolve(path.dirname(require.resolve('@sparticuz/chromium')), '../..');
  const { version } = JSON.parse(fs.readFileSync(path.join(pkgRoot, 'package.json'), 'utf8')) as { version: string };
  const dir = path.resolve(pkgRoot, '../../.cache/zabota-chromium', version);
  if (!fs.existsSync(dir)) await unpack(path.join(pkgRoot, 'bin'), dir);
  const libDir = path.join(dir, 'lib');
  const ld = [libDir, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  return { executablePath: path.join(dir, 'chromium'), env: { LD_LIBRARY_PATH: ld } };
}

/** Unpacks into a private folder, then renames it into place: a concurrent run never sees half a binary. */
async function unpack(binDir: string, dir: string): Promise<void> {
  const tmp = `${dir}.partial-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  await pipeline(
    fs.createReadStream(path.join(binDir, 'chromium.br')),
    zlib.createBrotliDecompress(),
    fs.createWriteStream(path.join(tmp, 'chromium'), { mode: 0o755 }),
  );
  await pipeline(fs.createReadStream(path.join(binDir, 'al2023.tar.br')), zlib.createBrotliDecompress(), extract(tmp));
  try {
    fs.renameSync(tmp, dir);
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true });
    if (!fs.existsSync(dir)) throw e;
  }
}
