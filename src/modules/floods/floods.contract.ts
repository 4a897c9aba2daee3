import { z } from 'zod';

export const floodSummary = z
  .object({
    surveys: z.array(
      z.object({
        surveyId: z.uuid(),
        responses: z.number().int().describe('Suspected responses: many from one address in a short time'),
        openCases: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'FloodSummary' });

export const floodExclude = z
  .object({ surveyId: z.uuid().optional().describe('Only this survey; all surveys when absent') })
  .strict();

export const floodExcluded = z
  .object({
    responses: z.number().int().describe('Suspected responses deleted: they leave every figure'),
    casesClosed: z.number().int().describe('Their open cases, closed as "no contact"'),
  })
  .meta({ id: 'FloodExcluded' });
