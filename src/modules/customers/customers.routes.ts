import type { AppDeps } from '../../platform/deps.ts';
import { crudRoutes } from '../../platform/http/crud-routes.ts';
import { customer, customerCreate, customerListQuery, customerUpdate } from './customers.contract.ts';
import * as service from './customers.service.ts';

export const customerRoutes = ({ db }: AppDeps) =>
  crudRoutes({
    path: '/customers',
    tag: 'customers',
    read: 'customers:read',
    write: 'customers:write',
    schemas: { item: customer, create: customerCreate, update: customerUpdate, listQuery: customerListQuery },
    service: {
      list: (actor, q) => service.list(db, actor, q),
      get: (actor, id) => service.get(db, actor, id),
      create: (actor, input) => service.create(db, actor, input),
      update: (actor, id, input) => service.update(db, actor, id, input),
      remove: (actor, id) => service.remove(db, actor, id),
    },
  });
