import type { AppDeps } from '../../platform/deps.ts';
import { crudRoutes } from '../../platform/http/crud-routes.ts';
import { location, locationCreate, locationListQuery, locationUpdate } from './locations.contract.ts';
import * as service from './locations.service.ts';

export const locationRoutes = ({ db }: AppDeps) =>
  crudRoutes({
    path: '/locations',
    tag: 'locations',
    read: 'locations:read',
    write: 'locations:write',
    schemas: { item: location, create: locationCreate, update: locationUpdate, listQuery: locationListQuery },
    service: {
      list: (actor, q) => service.list(db, actor, q),
      get: (actor, id) => service.get(db, actor, id),
      create: (actor, input) => service.create(db, actor, input),
      update: (actor, id, input) => service.update(db, actor, id, input),
      remove: (actor, id) => service.remove(db, actor, id),
    },
  });
