import type { Command } from 'commander';

/** `zabota import customers|interactions FILE --org ID`: filled in by the imports module. */
export function registerImportCommands(_program: Command): void {}
