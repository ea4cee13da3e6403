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
  | 'entity_save'
  | 'photos_save'
  | 'photo_upload'
  | 'photo_save'
  | 'correction_dismiss';

/** One audit entry; inside a write's transaction when `db` is its client (written with it or not at all). */
export async function audit(
  entry: {
    actorId?: string | null;
    action: AuditAction;
    subject?: string;
    details?: Prisma.InputJsonValue;
    address?: string | null;
  },
  db: Pick<Prisma.TransactionClient, 'auditEntry'> = appDb(),
): Promise<void> {
  await db.auditEntry.create({
    data: {
      actorId: entry.actorId ?? null,
      action: entry.action,
      subject: entry.subject ?? null,
      details: entry.details,
      address: entry.address ?? null,
    },
  });
}
