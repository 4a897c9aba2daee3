import type { Command } from 'commander';

/** `zabota demo`: creates the demo organisation. */
export function registerDemoCommand(_program: Command): void {}
