import { z } from 'zod';
import { appDb } from '../db/app-client';
import { audit } from '../auth/audit';
import { authorize } from '../auth/permissions';
import type { Actor } from '../auth/sessions';
import { articleChange, combine, type Change } from '../freshness/change';
import { photoChoices, savePhoto, type PhotoChoice, type PhotoInput } from '../media/library';
import type { Locale } from '../model/locales';
import { readArticleFacts } from './article-change';

/**
 * A report's photos (docs/decisions/026): the lead photo, and a photo on each caption slot (one
 * image; the slot's text in each language is that language's caption). Structure, like the slots'
 * kinds: editors change it, and the report's published pages are refreshed.
 */

const photoId = z.string().regex(/^[a-z0-9-]{1,80}$/u);
export const articlePhotosSchema = z.object({
  articleId: z.string().min(1).max(120),
  leadPhotoId: photoId.nullable(),
  /** slot key → photo id (null: no photo) */
  slots: z.record(z.string().max(40), photoId.nullable()),
});
export type ArticlePhotosInput = z.input<typeof articlePhotosSchema>;
export type ArticlePhotosResult =
  | { ok: true; refresh: Change | null }
  | { ok: false; kind: 'invalid'; fields: string[] }
  | { ok: false; kind: 'notFound' };

export async function saveArticlePhotos(
  actor: Actor | null,
  input: ArticlePhotosInput,
): Promise<ArticlePhotosResult> {
  const editor = authorize(actor, 'article.structure');
  const parsed = articlePhotosSchema.safeParse(input);
  if (!parsed.success) return { ok: false, kind: 'invalid', fields: ['photos'] };
  const { articleId, leadPhotoId, slots } = parsed.data;
  const db = appDb();
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { paragraphs: { select: { key: true, kind: true } } },
  });
  if (!article) return { ok: false, kind: 'notFound' };
  const wanted = [...new Set([leadPhotoId, ...Object.values(slots)].filter((p): p is string => p !== null))];
  const found = await db.photo.count({ where: { id: { in: wanted } } });
  const captions = new Set(article.paragraphs.filter((p) => p.kind === 'caption').map((p) => p.key));
  const fields = [
    found === wanted.length ? null : 'photos',
    Object.keys(slots).every((key) => captions.has(key)) ? null : 'slots',
  ].filter((f): f is string => f !== null);
  if (fields.length) return { ok: false, kind: 'invalid', fields };
  const published = await db.$transaction(async (tx) => {
    await tx.article.update({ where: { id: articleId }, data: { leadPhotoId } });
    for (const [key, photo] of Object.entries(slots))
      await tx.articleParagraph.update({
        where: { articleId_key: { articleId, key } },
        data: { photoId: photo },
      });
    await audit(
      {
        actorId: editor.id,
        action: 'photos_save',
        subject: `article:${articleId}`,
        details: { leadPhotoId, slots },
      },
      tx,
    );
    return tx.articleTranslation.count({ where: { articleId, status: 'published' } });
  });
  return { ok: true, refresh: published ? articleChange(await readArticleFacts(db, articleId)) : null };
}

/**
 * What the photos of one language version still lack in that language: alt text (publication
 * waits for it) and, for the lead photo, a caption (a warning: a body photo's caption is its slot's
 * text). The version's photos are the lead photo and those of the caption slots it has text for.
 */
export async function photoGaps(
  articleId: string,
  locale: Locale,
): Promise<{ withoutAlt: string[]; withoutCaption: string[] }> {
  const texts = {
    select: { id: true, translations: { where: { locale }, select: { alt: true, caption: true } } },
  };
  const article = await appDb().article.findUnique({
    where: { id: articleId },
    select: {
      leadPhoto: texts,
      paragraphs: {
        where: { photoId: { not: null }, kind: 'caption', translations: { some: { locale } } },
        select: { photo: texts },
      },
    },
  });
  if (!article) return { withoutAlt: [], withoutCaption: [] };
  const photos = [article.leadPhoto, ...article.paragraphs.map((p) => p.photo)].filter(
    (p): p is NonNullable<typeof p> => p !== null,
  );
  return {
    withoutAlt: [...new Set(photos.filter((p) => !p.translations[0]?.alt.trim()).map((p) => p.id))],
    withoutCaption:
      article.leadPhoto && !article.leadPhoto.translations[0]?.caption.trim() ? [article.leadPhoto.id] : [],
  };
}

/** The photos of one language version without that language's alt text: publication waits. */
export async function photosWithoutAlt(articleId: string, locale: Locale): Promise<string[]> {
  return (await photoGaps(articleId, locale)).withoutAlt;
}

export type ArticlePhotosView = {
  leadPhotoId: string | null;
  /** the caption slots, each with its text in the report's original language and its photo */
  slots: Array<{ key: string; text: string; photoId: string | null }>;
  /** the library's photos to choose from, newest first, named by a caption or their id */
  choices: PhotoChoice[];
};

export async function loadArticlePhotos(
  actor: Actor | null,
  articleId: string,
  locale: Locale,
): Promise<ArticlePhotosView | null> {
  authorize(actor, 'dashboard.view');
  const db = appDb();
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      originalLocale: true,
      leadPhotoId: true,
      paragraphs: {
        where: { kind: 'caption' },
        orderBy: { position: 'asc' },
        select: { key: true, photoId: true, translations: { select: { locale: true, text: true } } },
      },
    },
  });
  if (!article) return null;
  return {
    leadPhotoId: article.leadPhotoId,
    slots: article.paragraphs.map((p) => ({
      key: p.key,
      text:
        p.translations.find((t) => t.locale === article.originalLocale)?.text ??
        p.translations[0]?.text ??
        '',
      photoId: p.photoId,
    })),
    choices: await photoChoices(actor, locale, [
      article.leadPhotoId,
      ...article.paragraphs.map((p) => p.photoId),
    ]),
  };
}

/**
 * A library photo saved (texts, credit, focal point): the published reports that show it, lead or
 * in the text, and the pages whose photo it is (a portrait, a city's, an event's) are refreshed — a new focal point gives its renditions new addresses, which the
 * pages must carry.
 */
export async function savePhotoInReports(actor: Actor | null, id: string, input: PhotoInput) {
  const saved = await savePhoto(actor, id, input);
  if (!saved.ok) return saved;
  const db = appDb();
  const shownIn = await db.article.findMany({
    where: {
      OR: [{ leadPhotoId: id }, { paragraphs: { some: { photoId: id } } }],
      translations: { some: { status: 'published' } },
    },
    select: { id: true },
  });
  const where = { where: { photoId: id }, select: { id: true } } as const;
  const [people, cities, events] = await Promise.all([
    db.person.findMany(where),
    db.city.findMany(where),
    db.event.findMany(where),
  ]);
  const facts = await Promise.all(shownIn.map((a) => readArticleFacts(db, a.id)));
  const pages: Change = {
    articles: [],
    windows: [],
    entities: [
      ...people.map((p) => ({ kind: 'person' as const, id: p.id })),
      ...cities.map((c) => ({ kind: 'city' as const, id: c.id })),
      ...events.map((e) => ({ kind: 'event' as const, id: e.id })),
    ],
    lists: false,
  };
  const changes = [...facts.map(articleChange), ...(pages.entities.length ? [pages] : [])];
  return { ok: true as const, refresh: changes.length ? changes.reduce(combine) : null };
}
