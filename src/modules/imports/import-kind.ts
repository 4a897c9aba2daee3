import type { CsvRecord } from './csv-reader.ts';
import type { ImportField, Mapping } from './import-fields.ts';
import type { Column, FieldErrors } from './row-mapping.ts';

/** The shapes every import kind shares, apart from the service so a kind's own file can name them. */
export type RowValue = string | number | boolean | null | string[];
export type RowOutcome = {
  line: number;
  values: Record<string, RowValue>;
  errors?: FieldErrors;
  /** The cell text of each refused field, as the file has it, so a person sees what to fix. */
  invalid?: Record<string, string>;
};
export type Chunk = { outcomes: RowOutcome[]; created: number; existing: number };
export type ChunkProcessor = (records: CsvRecord[]) => Promise<Chunk>;

/** What differs between kinds: the fields, the guessed mapping, what must be mapped, how a chunk is stored. */
export type KindSetup = {
  fields: readonly ImportField[];
  suggest: (headers: string[]) => Mapping;
  /** Throws when the mapped fields cannot make a valid row. */
  checkMapped: (mapped: Set<string>) => void;
  processor: (columns: Column[], dryRun: boolean) => Promise<ChunkProcessor>;
  chunksInFlight: number;
};
