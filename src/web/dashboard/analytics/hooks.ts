import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  breakdown,
  drivers,
  staffView,
  summary,
  timeseries,
} from '../../../modules/analytics/analytics.contract.ts';
import type { CaseStats } from '../../../modules/cases/cases.contract.ts';
import type { cohorts, experience, retentionSummary, rfm } from '../../../modules/retention/retention.contract.ts';
import { get, type Query } from '../lib/api.ts';

export type Summary = z.infer<typeof summary>;
export type Figures = Omit<Summary, 'period' | 'previous' | 'responseRate' | 'source'>;
export type NpsFigure = Summary['nps'];
export type ShareFigure = Summary['csat'];
export type Timeseries = z.infer<typeof timeseries>;
export type Breakdown = z.infer<typeof breakdown>;
export type Drivers = z.infer<typeof drivers>;
export type StaffView = z.infer<typeof staffView>;
export type RetentionSummary = z.infer<typeof retentionSummary>;
export type Cohorts = z.infer<typeof cohorts>;
export type Rfm = z.infer<typeof rfm>;
export type Experience = z.infer<typeof experience>;

/** A timeseries or breakdown item: the metric's figure (value, n, ci95, tooFew …). */
export type MetricItem = { value: number | null; n: number; ci95?: [number, number] | null; tooFew?: boolean };

// Figures change as responses arrive (rollups run every few hundred ms); a minute of freshness is plenty for a
// dashboard. While a changed filter loads, the charts keep the previous figures instead of flashing empty.
const opts = { staleTime: 60_000, placeholderData: keepPreviousData } as const;

// While the stored figures are being rebuilt (read from the responses meanwhile), the progress is polled.
export const useSummary = (q: Query) =>
  useQuery({
    ...opts,
    queryKey: ['metrics', 'summary', q],
    queryFn: () => get<Summary>('/metrics/summary', q),
    refetchInterval: (query) => (query.state.data?.rebuild ? 2000 : false),
  });
export const useTimeseries = (q: Query) =>
  useQuery({
    ...opts,
    queryKey: ['metrics', 'timeseries', q],
    queryFn: () => get<Timeseries>('/metrics/timeseries', q),
  });
export const useBreakdown = (q: Query, enabled = true) =>
  useQuery({
    ...opts,
    enabled,
    queryKey: ['metrics', 'breakdown', q],
    queryFn: () => get<Breakdown>('/metrics/breakdown', q),
  });
export const useDrivers = (q: Query, enabled: boolean) =>
  useQuery({
    ...opts,
    enabled,
    queryKey: ['metrics', 'drivers', q],
    queryFn: () => get<Drivers>('/metrics/drivers', q),
  });
export const useStaffView = (id: string, q: Query) =>
  useQuery({
    ...opts,
    queryKey: ['metrics', 'staff', id, q],
    queryFn: () => get<StaffView>(`/metrics/staff/${id}`, q),
  });
export const useCaseStats = (q: Query, enabled: boolean) =>
  useQuery({
    ...opts,
    enabled,
    queryKey: ['cases', 'stats', 'analytics', q],
    queryFn: () => get<CaseStats>('/case-stats', q),
  });

export const useRetentionSummary = (q: Query, enabled: boolean) =>
  useQuery({
    ...opts,
    enabled,
    queryKey: ['metrics', 'retention', 'summary', q],
    queryFn: () => get<RetentionSummary>('/retention/summary', q),
  });
export const useCohorts = (q: Query, enabled: boolean) =>
  useQuery({
    ...opts,
    enabled,
    queryKey: ['metrics', 'retention', 'cohorts', q],
    queryFn: () => get<Cohorts>('/retention/cohorts', q),
  });
export const useRfm = (enabled: boolean) =>
  useQuery({ ...opts, enabled, queryKey: ['metrics', 'retention', 'rfm'], queryFn: () => get<Rfm>('/retention/rfm') });
export const useExperience = (q: Query, enabled: boolean) =>
  useQuery({
    ...opts,
    enabled,
    queryKey: ['metrics', 'retention', 'experience', q],
    queryFn: () => get<Experience>('/retention/experience', q),
  });
