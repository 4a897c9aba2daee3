import { z } from 'zod';

/** What a batch create answers, item by item: the shape every batch endpoint (interactions, customers) shares. */
export const batchItemResult = z.object({
  index: z.number().int(),
  status: z.enum(['created', 'existing', 'error']),
  id: z.uuid().optional(),
  error: z.object({ message: z.string(), fields: z.record(z.string(), z.string()) }).optional(),
});
export const batchResult = z
  .object({
    created: z.number().int(),
    existing: z.number().int(),
    errors: z.number().int(),
    results: z.array(batchItemResult),
  })
  .meta({ id: 'BatchResult' });

export type BatchItemResult = z.infer<typeof batchItemResult>;
export type BatchResult = z.infer<typeof batchResult>;
