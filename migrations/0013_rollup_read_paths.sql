-- The retention summary sums a few thousand cells of a handful of kinds: an index-only scan over
-- (kind, x) with the sums included reads a few dozen index pages instead of a heap page per cell
-- (cells of one kind are scattered over the heap as customers are recomputed).
CREATE INDEX IF NOT EXISTS "retention_cells_sums" ON "retention_cells" USING btree ("org_id", "kind", "x") INCLUDE ("n", "revenue");
--> statement-breakpoint
-- Small rollup reads (a few thousand rows): parallel workers only add start-up time, worst on a busy 2-core machine.
ALTER TABLE "retention_cells" SET (parallel_workers = 0);
--> statement-breakpoint
ALTER TABLE "driver_pairs" SET (parallel_workers = 0);
