import type { z } from 'zod';
import type { customer, customerCreate } from '../../../modules/customers/customers.contract.ts';
import { post } from '../lib/api.ts';
import { useApiMutation, useItem, usePagedList } from '../lib/queries.ts';

export type Customer = z.infer<typeof customer>;
export type CustomerCreate = z.input<typeof customerCreate>;
export type CustomerFilter = {
  q?: string;
  acquisitionChannel?: string;
  acquisitionCampaign?: string;
  language?: string;
};

export const useCustomers = (params: CustomerFilter) => usePagedList<Customer>('customers', '/customers', params);
export const useCustomer = (id: string) => useItem<Customer>('customers', '/customers', id);
export const useCreateCustomer = () =>
  useApiMutation('customers', (body: CustomerCreate) => post<Customer>('/customers', body));
