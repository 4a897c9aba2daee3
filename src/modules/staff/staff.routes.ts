import type { AppDeps } from '../../platform/deps.ts';
import { publicBaseUrl } from '../../platform/http/base-url.ts';
import { crudRoutes } from '../../platform/http/crud-routes.ts';
import { staffCreate, staffCreated, staffListQuery, staffMember, staffUpdate } from './staff.contract.ts';
import * as service from './staff.service.ts';

export const staffRoutes = ({ db, jobs, config }: AppDeps) =>
  crudRoutes({
    path: '/staff',
    tag: 'staff',
    read: 'staff:read',
    write: 'staff:write',
    schemas: {
      item: staffMember,
      create: staffCreate,
      update: staffUpdate,
      listQuery: staffListQuery,
      created: staffCreated,
    },
    baseUrl: (req) => publicBaseUrl(req as never, config.publicUrl),
    service: {
      list: (actor, q) => service.list(db, actor, q),
      get: (actor, id) => service.get(db, actor, id),
      create: (actor, input, baseUrl) => service.create(db, jobs, actor, input, baseUrl),
      update: (actor, id, input) => service.update(db, actor, id, input),
      remove: (actor, id) => service.remove(db, actor, id),
    },
  });
