/** The imports module's door: what other modules and the composition root may use (eslint.config.js keeps it so). */
export { CsvSyntaxError, readCsv } from './csv-reader.ts';
export { parseDateTime } from './csv-values.ts';
export { IMPORT_KINDS } from './import-fields.ts';
export { describeImportFields, importCli } from './imports.cli.ts';
export type { ImportCliOptions } from './imports.cli.ts';
export { importRoutes } from './imports.routes.ts';
