import type { auditMethods } from '../../preload/contract/audit.js';
import { auditDetail, auditPage } from '../core/entities/audit-entries.js';
import type { DomainHandlers } from './define.js';

/** The case-wide audit view: read-only, paged, filtered in SQL. */
export const auditHandlers: DomainHandlers<typeof auditMethods> = {
  'audit:list': ({ offset, limit, kind, text }, ctx) => auditPage(ctx.session.require(), { offset, limit, kind, text }),
  'audit:get': ({ seq }, ctx) => auditDetail(ctx.session.require(), seq),
};
