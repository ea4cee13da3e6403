import { createHash } from 'node:crypto';
import { z } from 'zod';
import { appDb } from '../db/app-client';
import type { Prisma } from '../db/generated/client';
import { audit } from '../auth/audit';
import { authorize } from '../auth/permissions';
import type { Actor } from '../auth/sessions';
import { locales, type Locale } from '../model/locales';
import { lineText } from '../model/text-input';
import { pick, type Localized } from '../model/localized';
import type { PhotoView } from '../model/photos';
import { photoView } from '../data/photos';
import { inspectPhoto, type PhotoNotice, type PhotoProblem } from './inspect';
import { originalStore } from './store';

/**
 * The newsroom's photo library. A file is judged by its bytes first (nothing is stored for a
 * refused one), kept once under its sha256, and becomes a photo whose credit, date taken and
 * caption (in the language the editor works in) are prefilled from what the file says; editors
 * then write a caption and an alt text per language and set the focal point crops keep in view.
 */

export const UPLOAD_LIMITS = {
  /** files in one upload */
  files: 20,
  /** bytes of one upload request, all files together */
  bytes: 64 * 1024 * 1024,
  /** photos one editor may add in an hour */
  perHour: 200,
} as const;

export type AddedPhoto =
  | { ok: true; id: string; notices: PhotoNotice[]; duplicateOf: string | null }
  | ({ ok: false } & PhotoProblem);

export async function addPhoto(
  actor: Actor | null,
  bytes: Uint8Array,
  options: { captionLocale?: Locale } = {},
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
  await audit({
    actorId: editor.id,
    action: 'photo_upload',
    subject: `photo:${id}`,
    details: { sha256, bytes: bytes.length },
  });
  return { ok: true, id, notices: read.notices, duplicateOf: earlier?.id ?? null };
}

export type UploadOutcome = { name: string } & AddedPhoto;
export type UploadResult =
  | { ok: true; outcomes: UploadOutcome[] }
  | { ok: false; problem: 'tooManyFiles' | 'noFiles'; limit: number }
  | { ok: false; problem: 'rateLimited'; limit: number };

/** Several files at once, each judged on its own; refused as a whole only past the limits. */
export async function uploadPhotos(
  actor: Actor | null,
  files: Array<{ name: string; bytes: Uint8Array }>,
  captionLocale: Locale,
): Promise<UploadResult> {
  const editor = authorize(actor, 'photos.upload');
  if (files.length === 0) return { ok: false, problem: 'noFiles', limit: UPLOAD_LIMITS.files };
  if (files.length > UPLOAD_LIMITS.files)
    return { ok: false, problem: 'tooManyFiles', limit: UPLOAD_LIMITS.files };
  const lastHour = await appDb().photo.count({
    where: { createdById: editor.id, createdAt: { gte: new Date(Date.now() - 3_600_000) } },
  });
  if (lastHour + files.length > UPLOAD_LIMITS.perHour)
    return { ok: false, problem: 'rateLimited', limit: UPLOAD_LIMITS.perHour };
  const outcomes: UploadOutcome[] = [];
  for (const file of files)
    outcomes.push({
      name: file.name.slice(0, 120),
      ...(await addPhoto(editor, file.bytes, { captionLocale })),
    });
  return { ok: true, outcomes };
}

// ───────────── the library's list and one photo ─────────────

/** A photo of the library's list: how pages show it, the caption shown in the editor's language. */
export type PhotoCard = PhotoView & {
  takenAt: string | null;
  createdAt: string;
  /** a caption in the editor's language, else in the nearest one written */
  shown: Localized | null;
  /** the languages it has alt text in */
  languages: Locale[];
};

const PAGE = 48;

/** What a search of the library matches: a date (2025, 2025-01, 2025-01-16) or words. */
function librarySearch(query: string): Prisma.PhotoWhereInput {
  if (!query) return {};
  const date = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(query);
  if (date) {
    const [, y, m, d] = date;
    const from = new Date(Date.UTC(Number(y), m ? Number(m) - 1 : 0, d ? Number(d) : 1));
    // a real month and day only (2025-13 or 2025-02-31 is searched as text, finding nothing)
    const real = from.getUTCMonth() === (m ? Number(m) - 1 : 0) && from.getUTCDate() === (d ? Number(d) : 1);
    if (real) {
      const to = new Date(from);
      if (d) to.setUTCDate(to.getUTCDate() + 1);
      else if (m) to.setUTCMonth(to.getUTCMonth() + 1);
      else to.setUTCFullYear(to.getUTCFullYear() + 1);
      return {
        OR: [{ takenAt: { gte: from, lt: to } }, { takenAt: null, createdAt: { gte: from, lt: to } }],
      };
    }
  }
  const text = { contains: query, mode: 'insensitive' } as const;
  const report = { OR: [{ id: text }, { translations: { some: { title: text } } }] };
  const named = { OR: [{ id: text }, { translations: { some: { name: text } } }] };
  return {
    OR: [
      { id: text },
      { credit: text },
      { translations: { some: { OR: [{ caption: text }, { alt: text }] } } },
      // where it is used: a report (its id or a headline), a person, a city, an event
      { leadOf: { some: report } },
      { slots: { some: { article: report } } },
      { portraitOf: { some: named } },
      { cities: { some: named } },
      { events: { some: named } },
    ],
  };
}

/**
 * Newest first; `q` finds a caption or alt text in any language, a credit, an id, a date taken
 * (or of upload, for a photo without one), or where a photo is used (a report's id or headline, a
 * person's, city's or event's id or name).
 */
export async function listPhotos(actor: Actor | null, locale: Locale, q = ''): Promise<PhotoCard[]> {
  authorize(actor, 'dashboard.view');
  const rows = await appDb().photo.findMany({
    where: librarySearch(q.trim().slice(0, 100)),
    include: { translations: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: PAGE,
  });
  return rows.map((p) => {
    const view = photoView(p);
    return {
      ...view,
      takenAt: p.takenAt?.toISOString().slice(0, 19) ?? null,
      createdAt: p.createdAt.toISOString(),
      shown: pick(
        Object.entries(view.caption).map(([l, text]) => ({ locale: l as Locale, text })),
        locale,
        'text',
      ),
      languages: locales.filter((l) => view.alt[l]),
    };
  });
}

/** A photo to choose in a form: its id, named by a caption in the editor's language or its id. */
export type PhotoChoice = { id: string; label: string };

/**
 * The library's photos a form offers (a report's photos, a person's portrait …): the newest 200,
 * and those already chosen (`chosen`), however old.
 */
export async function photoChoices(
  actor: Actor | null,
  locale: Locale,
  chosen: ReadonlyArray<string | null> = [],
): Promise<PhotoChoice[]> {
  authorize(actor, 'dashboard.view');
  const select = { id: true, translations: { select: { locale: true, caption: true } } } as const;
  const db = appDb();
  const [newest, older] = await Promise.all([
    db.photo.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take: 200, select }),
    db.photo.findMany({ where: { id: { in: chosen.filter((c): c is string => c !== null) } }, select }),
  ]);
  const rows = [...new Map([...newest, ...older].map((p) => [p.id, p])).values()];
  return rows.map((p) => {
    const caption = pick(
      p.translations.filter((t) => t.caption).map((t) => ({ locale: t.locale, text: t.caption })),
      locale,
      'text',
    );
    return { id: p.id, label: caption ? `${caption.text.slice(0, 60)} (${p.id})` : p.id };
  });
}

/** Where a photo is shown: a report (lead or in its text), a person, a city, an event. */
export type PhotoUse = { kind: 'report' | 'person' | 'city' | 'event'; id: string; name: Localized | null };

/** A photo as its form shows it: how pages show it, with its date, focal point and uses. */
export type PhotoForm = PhotoView & { takenAt: string; focalX: number; focalY: number; usedIn: PhotoUse[] };

export async function loadPhoto(
  actor: Actor | null,
  id: string,
  locale: Locale = 'en',
): Promise<PhotoForm | null> {
  authorize(actor, 'dashboard.view');
  const names = { select: { id: true, translations: { select: { locale: true, name: true } } } } as const;
  const report = { select: { id: true, translations: { select: { locale: true, title: true } } } } as const;
  const p = await appDb().photo.findUnique({
    where: { id },
    include: {
      translations: true,
      leadOf: report,
      slots: { select: { article: report } },
      portraitOf: names,
      cities: names,
      events: names,
    },
  });
  if (!p) return null;
  const reports = [
    ...new Map([...p.leadOf, ...p.slots.map((s) => s.article)].map((a) => [a.id, a])).values(),
  ];
  const named = (kind: PhotoUse['kind'], rows: typeof p.cities): PhotoUse[] =>
    rows.map((r) => ({ kind, id: r.id, name: pick(r.translations, locale, 'name') }));
  return {
    ...photoView(p),
    takenAt: p.takenAt?.toISOString().slice(0, 16) ?? '',
    focalX: p.focalX,
    focalY: p.focalY,
    usedIn: [
      ...reports.map((a) => ({
        kind: 'report' as const,
        id: a.id,
        name: pick(a.translations, locale, 'title'),
      })),
      ...named('person', p.portraitOf),
      ...named('city', p.cities),
      ...named('event', p.events),
    ],
  };
}

const percent = z.coerce.number().min(0).max(100);
export const photoSchema = z.object({
  credit: lineText().trim().max(300),
  takenAt: z.union([z.literal(''), z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/u)]),
  focalX: percent,
  focalY: percent,
  text: z.partialRecord(
    z.enum(locales),
    z.object({ caption: lineText().trim().max(1000), alt: lineText().trim().max(500) }),
  ),
});
export type PhotoInput = z.input<typeof photoSchema>;
export type SavedPhoto =
  { ok: true } | { ok: false; kind: 'invalid'; fields: string[] } | { ok: false; kind: 'notFound' };

/** Saves the photo's credit, date, focal point (in percent) and texts per language. */
export async function savePhoto(actor: Actor | null, id: string, input: PhotoInput): Promise<SavedPhoto> {
  const editor = authorize(actor, 'photos.upload');
  const parsed = photoSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      kind: 'invalid',
      fields: [...new Set(parsed.error.issues.map((i) => i.path.join('.')))],
    };
  const db = appDb();
  if (!(await db.photo.findUnique({ where: { id }, select: { id: true } })))
    return { ok: false, kind: 'notFound' };
  const data = parsed.data;
  await db.$transaction([
    db.photo.update({
      where: { id },
      data: {
        credit: data.credit,
        takenAt: data.takenAt ? new Date(`${data.takenAt}:00Z`) : null,
        focalX: Math.round(data.focalX * 100) / 10_000,
        focalY: Math.round(data.focalY * 100) / 10_000,
      },
    }),
    ...Object.entries(data.text).map(([locale, t]) =>
      db.photoTranslation.upsert({
        where: { photoId_locale: { photoId: id, locale: locale as Locale } },
        create: { photoId: id, locale: locale as Locale, caption: t!.caption, alt: t!.alt },
        update: { caption: t!.caption, alt: t!.alt },
      }),
    ),
    db.auditEntry.create({
      data: {
        actorId: editor.id,
        action: 'photo_save',
        subject: `photo:${id}`,
        details: { focalX: data.focalX, focalY: data.focalY },
      },
    }),
  ]);
  return { ok: true };
}
