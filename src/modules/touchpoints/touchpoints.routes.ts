import type { AppDeps } from '../../platform/deps.ts';
import { crudRoutes } from '../../platform/http/crud-routes.ts';
import { touchpoint, touchpointCreate, touchpointListQuery, touchpointUpdate } from './touchpoints.contract.ts';
import * as service from './touchpoints.service.ts';

export const touchpointRoutes = ({ db }: AppDeps) =>
  crudRoutes({
    path: '/touchpoints',
    tag: 'touchpoints',
    read: 'touchpoints:read',
    write: 'touchpoints:write',
    schemas: { item: touchpoint, create: touchpointCreate, update: touchpointUpdate, listQuery: touchpointListQuery },
    service: {
      list: (actor, q) => service.list(db, actor, q),
      get: (actor, id) => service.get(db, actor, id),
      create: (actor, input) => service.create(db, actor, input),
      update: (actor, id, input) => service.update(db, actor, id, input),
      remove: (actor, id) => service.remove(db, actor, id),
    },
  });
