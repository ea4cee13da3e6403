import { createHash } from 'node:crypto';
import { appDb } from '../db/app-client';
import { authorize } from '../auth/permissions';
import type { Actor } from '../auth/sessions';
import { locales } from '../model/locales';
import { inspectPhoto, type PhotoNotice, type PhotoProblem } from './inspect';
import { originalStore } from './store';

/**
 * The newsroom's photo library: adding a file. The file is judged by its bytes first (nothing is
 * stored for a refused one), kept once under its sha256, and becomes a photo whose credit, date
 * taken and caption (in the language the editor works in) are prefilled from what the file says.
 */

export type AddedPhoto =
  | { ok: true; id: string; notices: PhotoNotice[]; duplicateOf: string | null }
  | ({ ok: false } & PhotoProblem);

export async function addPhoto(
  actor: Actor | null,
  bytes: Uint8Array,
  options: { captionLocale?: (typeof locales)[number] } = {},
): Promise<AddedPhoto> {
  const editor = authorize(actor, 'photos.upload');
  const read = await inspectPhoto(bytes);
  if (!read.ok) return read;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const db = appDb();
  const earlier = await db.photo.findFirst({ where: { originalSha256: sha256 }, select: { id: true } });
  await originalStore().put(sha256, bytes);
  const id = `photo-${sha256.slice(0, 12)}${earlier ? `-${Date.now().toString(36)}` : ''}`;
  const { credit, copyright, caption, takenAt } = read.embedded;
  const captionLocale = options.captionLocale ?? 'en';
  await db.photo.create({
    data: {
      id,
      originalSha256: sha256,
      format: read.format,
      width: read.width,
      height: read.height,
      credit: [credit, copyright].filter(Boolean).join(' · ').slice(0, 300),
      takenAt: takenAt ? new Date(`${takenAt.slice(0, 19)}Z`) : null,
      createdById: editor.id,
      translations: caption
        ? { create: [{ locale: captionLocale, caption: caption.slice(0, 1000) }] }
        : undefined,
    },
  });
  return { ok: true, id, notices: read.notices, duplicateOf: earlier?.id ?? null };
}
