import { z } from 'zod';
import { LANGUAGES } from '../../shared/domain.ts';
import { metricFilters } from '../analytics/analytics.contract.ts';

export const dashboardPdfQuery = metricFilters.extend({
  interval: z.enum(['day', 'week', 'month']).default('week').describe('Period of the NPS trend'),
  lang: z.enum(LANGUAGES).optional().describe("Language of the document; the organisation's default when left out"),
});
export type DashboardPdfQuery = z.infer<typeof dashboardPdfQuery>;
