import { z } from 'zod';
import { appDb } from '../db/app-client';
import { Prisma } from '../db/generated/client';
import { locales, type Locale } from '../i18n/locales';
import { isEntityId } from '../data/localized';
import { audit } from '../auth/audit';
import { authorize, authorizeRole } from '../auth/permissions';
import type { Actor } from '../auth/sessions';
import { parseMarkup, plainText, runsSchema, storedRuns, toMarkup, type Run } from './rich-text';
import { refreshFor, type Refresh } from './refresh';
import { invalidFields, LIMITS } from './limits';
import { paragraphKindSchema, type ParagraphKind } from './paragraph-kinds';
import { reindexArticle } from '../search/index';

/**
 * Language versions of a report as the newsroom edits them: load, save (with revisions and
 * conflict detection), and the outdated markers that connect the original to its translations.
 * Every function takes the acting editor and authorizes itself (lib/auth/permissions.ts).
 */

export type Slot = { key: string; kind: ParagraphKind; markup: string; outdated: boolean };
export type RevisionParagraph = { key: string; kind: ParagraphKind; runs: Run[] };

export const saveSchema = z.object({
  articleId: z.string().refine(isEntityId),
  locale: z.enum(locales),
  baseRevision: z.coerce.number().int().min(0),
  slug: z.string().trim().toLowerCase().refine(isEntityId, 'slug'),
  title: z.string().trim().min(1).max(LIMITS.title),
  standfirst: z.string().trim().max(LIMITS.standfirst),
  paragraphs: z
    .array(
      z.object({
        // '' for a paragraph added in this save
        key: z.string().regex(/^([a-z0-9][a-z0-9-]{0,39})?$/),
        kind: paragraphKindSchema.default('paragraph'),
        text: z.string().max(LIMITS.paragraph),
      }),
    )
    .max(LIMITS.paragraphs),
  /** set by restoreRevision: the revision whose text this save brings back */
  restoredFrom: z.number().int().positive().optional(),
});
export type SaveInput = z.input<typeof saveSchema>;

export type VersionSnapshot = {
  revision: number;
  slug: string;
  title: string;
  standfirst: string;
  paragraphs: Slot[];
};

export type SaveResult =
  | { ok: true; revision: number; refresh: Refresh | null }
  | { ok: false; kind: 'invalid'; fields: string[] }
  | { ok: false; kind: 'notFound' }
  | { ok: false; kind: 'slugTaken' }
  | { ok: false; kind: 'conflict'; theirs: VersionSnapshot };

const runsOf = (row: { text: string; runs: Prisma.JsonValue | null }): Run[] => {
  const parsed = runsSchema.safeParse(row.runs);
  return parsed.success && row.runs !== null ? parsed.data : row.text ? [{ text: row.text }] : [];
};

/** A version's current text as the editor shows it (markup per aligned slot). */
export async function snapshot(articleId: string, locale: Locale): Promise<VersionSnapshot | null> {
  const t = await appDb().articleTranslation.findUnique({
    where: { articleId_locale: { articleId, locale } },
    include: { paragraphs: true, article: { include: { paragraphs: { orderBy: { position: 'asc' } } } } },
  });
  if (!t) return null;
  return {
    revision: t.revision,
    slug: t.slug,
    title: t.title,
    standfirst: t.standfirst,
    paragraphs: t.article.paragraphs.map((p) => {
      const row = t.paragraphs.find((x) => x.paragraphKey === p.key);
      return {
        key: p.key,
        kind: p.kind,
        markup: row ? toMarkup(runsOf(row)) : '',
        outdated: row?.outdated ?? false,
      };
    }),
  };
}

const sameRuns = (a: Run[], b: Run[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Saves one language version. Refused when `baseRevision` is not the current revision (someone
 * saved in between): nothing is written and the caller gets their version back to show beside the
 * current one. A save of the original marks exactly the changed paragraphs of the other languages
 * outdated; a save of a translation clears the marks of the paragraphs it changed.
 */
export async function saveVersion(actor: Actor | null, input: SaveInput): Promise<SaveResult> {
  // who may write at all is settled before the input is even looked at
  authorizeRole(actor, 'article.editText');
  const parsed = saveSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      kind: 'invalid',
      fields: invalidFields(parsed.error),
    };
  const data = parsed.data;
  const db = appDb();
  const article = await db.article.findUnique({
    where: { id: data.articleId },
    include: { paragraphs: { orderBy: { position: 'asc' } } },
  });
  if (!article) {
    authorize(actor, 'article.editText', { locale: data.locale });
    return { ok: false, kind: 'notFound' };
  }
  const scope = { locale: data.locale, originalLocale: article.originalLocale };
  const editor = authorize(actor, 'article.editText', scope);
  const existingKeys = article.paragraphs.map((p) => p.key);
  const keys = data.paragraphs.map((p) => p.key);
  const restructures =
    keys.length !== existingKeys.length ||
    keys.some((k, i) => k !== existingKeys[i]) ||
    data.paragraphs.some((p, i) => p.kind !== article.paragraphs[i]?.kind);
  // Adding, removing and reordering slots changes every language: editors do it, on the original.
  if (restructures) {
    authorize(editor, 'article.structure');
    if (data.locale !== article.originalLocale) return { ok: false, kind: 'invalid', fields: ['paragraphs'] };
  }
  if (
    keys.some((k) => k && !existingKeys.includes(k)) ||
    new Set(keys.filter(Boolean)).size !== keys.filter(Boolean).length
  )
    return { ok: false, kind: 'invalid', fields: ['paragraphs'] };

  const now = new Date();
  type Outcome = { ok: true; revision: number } | { ok: false; kind: 'conflict' | 'slugTaken' };
  const result = await db.$transaction(async (tx): Promise<Outcome> => {
    // Lock the version so two saves cannot both pass the revision check.
    const locked = await tx.$queryRaw<Array<{ revision: number; status: string }>>`
      SELECT revision, status::text FROM article_translations
      WHERE article_id = ${data.articleId} AND locale = ${data.locale}::locale FOR UPDATE`;
    const current = locked[0];
    if ((current?.revision ?? 0) !== data.baseRevision) return { ok: false, kind: 'conflict' };
    const slugOwner = await tx.articleTranslation.findUnique({
      where: { locale_slug: { locale: data.locale, slug: data.slug } },
      select: { articleId: true },
    });
    if (slugOwner && slugOwner.articleId !== data.articleId) return { ok: false, kind: 'slugTaken' };

    // Slots: keep keys, give new ones fresh keys, drop removed ones, renumber positions.
    let finalKeys = keys;
    if (restructures) {
      let next = Math.max(0, ...existingKeys.map((k) => Number(/^p(\d+)$/.exec(k)?.[1] ?? 0))) + 1;
      finalKeys = keys.map((k) => k || `p${next++}`);
      const removed = existingKeys.filter((k) => !finalKeys.includes(k));
      await tx.articleParagraph.deleteMany({ where: { articleId: data.articleId, key: { in: removed } } });
      await tx.$executeRaw`UPDATE article_paragraphs SET position = -position - 1 WHERE article_id = ${data.articleId}`;
      for (const [i, key] of finalKeys.entries()) {
        await tx.articleParagraph.upsert({
          where: { articleId_key: { articleId: data.articleId, key } },
          create: { articleId: data.articleId, key, position: i, kind: data.paragraphs[i]!.kind },
          update: { position: i, kind: data.paragraphs[i]!.kind },
        });
      }
    }

    const version = await tx.articleTranslation.upsert({
      where: { articleId_locale: { articleId: data.articleId, locale: data.locale } },
      create: {
        articleId: data.articleId,
        locale: data.locale,
        slug: data.slug,
        title: data.title,
        standfirst: data.standfirst,
        status: 'draft',
        revision: data.baseRevision + 1,
        updatedAt: now,
      },
      update: {
        slug: data.slug,
        title: data.title,
        standfirst: data.standfirst,
        revision: data.baseRevision + 1,
        updatedAt: now,
        // an approval was for the text as it was; a published version stays live (a correction)
        ...(current?.status === 'in_review' || current?.status === 'approved'
          ? { status: 'draft' as const, scheduledAt: null }
          : {}),
      },
    });

    const before = await tx.paragraphTranslation.findMany({
      where: { articleId: data.articleId, locale: data.locale },
    });
    const changed: string[] = [];
    const snapshotParagraphs: RevisionParagraph[] = [];
    for (const [i, key] of finalKeys.entries()) {
      const runs = parseMarkup(data.paragraphs[i]!.text);
      const old = before.find((b) => b.paragraphKey === key);
      snapshotParagraphs.push({ key, kind: data.paragraphs[i]!.kind, runs });
      if (old && sameRuns(runsOf(old), runs)) continue;
      changed.push(key);
      if (runs.length === 0) {
        await tx.paragraphTranslation.deleteMany({
          where: { articleId: data.articleId, paragraphKey: key, locale: data.locale },
        });
        continue;
      }
      const text = plainText(runs);
      const stored = storedRuns(runs) ?? undefined;
      await tx.paragraphTranslation.upsert({
        where: {
          articleId_paragraphKey_locale: {
            articleId: data.articleId,
            paragraphKey: key,
            locale: data.locale,
          },
        },
        create: { articleId: data.articleId, paragraphKey: key, locale: data.locale, text, runs: stored },
        // a paragraph that lost its marks goes back to plain text (SQL NULL, not JSON null)
        update: { text, runs: stored ?? Prisma.DbNull, outdated: false },
      });
    }

    if (data.locale === article.originalLocale) {
      // The translations of exactly the changed paragraphs no longer say what the original says.
      const marked = await tx.paragraphTranslation.updateManyAndReturn({
        where: { articleId: data.articleId, paragraphKey: { in: changed }, locale: { not: data.locale } },
        data: { outdated: true },
        select: { locale: true },
      });
      const stale = [...new Set(marked.map((m) => m.locale))];
      if (stale.length)
        await tx.articleTranslation.updateMany({
          where: { articleId: data.articleId, locale: { in: stale }, outdatedSince: null },
          data: { outdatedSince: now },
        });
    } else {
      const left = await tx.paragraphTranslation.count({
        where: { articleId: data.articleId, locale: data.locale, outdated: true },
      });
      if (left === 0)
        await tx.articleTranslation.update({
          where: { articleId_locale: { articleId: data.articleId, locale: data.locale } },
          data: { outdatedSince: null },
        });
    }

    await tx.articleRevision.create({
      data: {
        articleId: data.articleId,
        locale: data.locale,
        number: version.revision,
        editorId: editor.id,
        createdAt: now,
        slug: data.slug,
        title: data.title,
        standfirst: data.standfirst,
        paragraphs: snapshotParagraphs as unknown as Prisma.InputJsonValue,
        note: data.restoredFrom ? restoredNote(data.restoredFrom) : null,
      },
    });
    return { ok: true, revision: version.revision };
  });

  if (!result.ok && result.kind === 'conflict')
    return { ok: false, kind: 'conflict', theirs: (await snapshot(data.articleId, data.locale))! };
  if (!result.ok) return { ok: false, kind: 'slugTaken' };
  await audit({
    actorId: editor.id,
    action: data.restoredFrom ? 'restore' : 'save',
    subject: `article:${data.articleId}/${data.locale}`,
    details: { revision: result.revision },
  });
  // Published text changed (a correction, or the original of published translations): refresh.
  const published = await db.articleTranslation.count({
    where: { articleId: data.articleId, status: 'published' },
  });
  if (published > 0) await reindexArticle(db, data.articleId);
  return {
    ok: true,
    revision: result.revision,
    refresh: published > 0 ? await refreshFor(data.articleId) : null,
  };
}

/** The revision note of a restore, readable in the database; `restoredFromNote` reads it back. */
const restoredNote = (n: number) => `restored from revision ${n}`;
export const restoredFromNote = (note: string | null): number | null =>
  Number(/^restored from revision (\d+)$/.exec(note ?? '')?.[1]) || null;

export type VersionState = 'missing' | 'draft' | 'inReview' | 'approved' | 'scheduled' | 'published';

export function stateOf(t: { status: string; scheduledAt: Date | null } | undefined): VersionState {
  if (!t) return 'missing';
  if (t.status === 'approved' && t.scheduledAt) return 'scheduled';
  return t.status as VersionState;
}
