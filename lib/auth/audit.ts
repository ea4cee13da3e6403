import { appDb } from '../db/app-client';
import type { Prisma } from '../db/generated/client';

export type AuditAction =
  | 'login'
  | 'login_failed'
  | 'login_locked'
  | 'logout'
  | 'user_create'
  | 'role_change'
  | 'article_create'
  | 'article_import'
  | 'save'
  | 'restore'
  | 'status_change'
  | 'review'
  | 'publish'
  | 'unpublish'
  | 'schedule'
  | 'metadata_save'
  | 'entity_save';

export async function audit(entry: {
  actorId?: string | null;
  action: AuditAction;
  subject?: string;
  details?: Prisma.InputJsonValue;
  address?: string | null;
}): Promise<void> {
  await appDb().auditEntry.create({
    data: {
      actorId: entry.actorId ?? null,
      action: entry.action,
      subject: entry.subject ?? null,
      details: entry.details,
      address: entry.address ?? null,
    },
  });
}
