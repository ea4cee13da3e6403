import 'server-only';
import { cache } from 'react';
import { unstable_cache } from 'next/cache';
import { appDb } from '../db/app-client';
import { Prisma } from '../db/generated/client';
import { TAGS } from '../freshness/change';
import { keysetPage, type Cursor, type KeysetPage } from '../model/lists';
import type { Locale } from '../model/locales';
import type { CorrectionListItem } from './types';

/** Corrections per page of the corrections list. */
export const CORRECTIONS_PER_PAGE = 20;

type Row = { id: number; note: string; publishedAt: Date; slug: string; title: string };

/**
 * One page of a language's printed corrections, newest first, by keyset on (published_at, id)
 * (one range of `corrections_locale_published_at_id_idx`), with the report each corrects; null
 * for a cursor that names no printed correction of this language.
 */
export const getCorrections = cache(
  (locale: Locale, cursor: Cursor): Promise<KeysetPage<CorrectionListItem> | null> =>
    unstable_cache(() => loadCorrections(locale, cursor), ['corrections', locale, JSON.stringify(cursor)], {
      tags: [TAGS.corrections(locale)],
    })().then(
      (page) =>
        page && { ...page, items: page.items.map((c) => ({ ...c, publishedAt: new Date(c.publishedAt) })) },
    ),
);

/** The page itself, read from the database (exported for the tests: the route reads it cached). */
export async function loadCorrections(
  locale: Locale,
  cursor: Cursor,
): Promise<KeysetPage<CorrectionListItem> | null> {
  const db = appDb();
  const anchorId = cursor ? Number(cursor.id) : null;
  if (cursor && !Number.isSafeInteger(anchorId)) return null;
  const anchor = cursor
    ? await db.correction.findFirst({
        where: { id: anchorId!, locale, publishedAt: { not: null } },
        select: { id: true, publishedAt: true },
      })
    : null;
  if (cursor && !anchor) return null;
  const size = CORRECTIONS_PER_PAGE;
  // older: below the anchor, newest first; newer: above it, read upwards (keysetPage turns them)
  const [beyond, order] = !anchor
    ? [Prisma.empty, Prisma.sql`DESC`]
    : cursor!.dir === 'after'
      ? [Prisma.sql`AND (c.published_at, c.id) < (${anchor.publishedAt}, ${anchor.id})`, Prisma.sql`DESC`]
      : [Prisma.sql`AND (c.published_at, c.id) > (${anchor.publishedAt}, ${anchor.id})`, Prisma.sql`ASC`];
  const rows = await db.$queryRaw<Row[]>`
    SELECT c.id, c.note, c.published_at AS "publishedAt", t.slug, t.title
    FROM corrections c
    JOIN article_translations t ON t.article_id = c.article_id AND t.locale = c.locale
    WHERE c.locale = ${locale}::locale AND c.published_at IS NOT NULL AND t.status = 'published' ${beyond}
    ORDER BY c.published_at ${order}, c.id ${order} LIMIT ${size + 1}`;
  return keysetPage(
    rows.map((r) => ({
      id: String(r.id),
      note: r.note,
      publishedAt: r.publishedAt,
      slug: r.slug,
      title: r.title,
    })),
    cursor,
    size,
    (r) => r.id,
  );
}
