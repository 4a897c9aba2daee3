import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const BIN = path.resolve(import.meta.dirname, '../../bin/zabota.mjs');

export type Running = { child: ChildProcess; url: string; output: () => string };

/** Runs `zabota <args>` to completion. */
export function runCli(
  args: string[],
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`zabota ${args.join(' ')} timed out:\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Starts `zabota start` and resolves once it prints its URL (a worker, ZABOTA_ROLE=worker, has none: url is ''). */
export function startZabota(env: Record<string, string>, timeoutMs = 60_000, entry = BIN): Promise<Running> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, 'start'], {
      env: {
        ...process.env,
        PORT: '0',
        ZABOTA_BUILD_DASHBOARD: 'never',
        // The URL is an info line; requests log at debug, so info stays quiet.
        ZABOTA_LOG_LEVEL: 'info',
        ZABOTA_LOG_FORMAT: 'text',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`zabota start did not come up:\n${out}`)), timeoutMs);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /Zabota (?:is running at (http:\/\/\S+?)\/?\s|worker is running)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1] ?? '', output: () => out });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => {
      clearTimeout(timer);
      reject(new Error(`zabota start exited with ${code}:\n${out}`));
    });
  });
}

export function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null
      ? resolve(child.exitCode)
      : child.once('exit', (code) => resolve(code)),
  );
}
