import { appDb } from '../db/app-client';
import { Prisma } from '../db/generated/client';
import type { Locale } from '../model/locales';
import type { MergeVersion } from './merge';
import { isParagraphKind, type ParagraphKind } from '../model/paragraph-kinds';
import { runsOf, runsSchema, toMarkup, type Run } from '../model/rich-text';
import { hasRevision, storeRevision } from './version-write';

/**
 * A language version as the newsroom reads it — its current text (a published version's waiting
 * correction, when it has one), and the revision an editor's form started from (the base of a
 * three-way merge, lib/editorial/merge.ts).
 */

export type Slot = {
  key: string;
  kind: ParagraphKind;
  markup: string;
  outdated: boolean;
  /** while outdated: the original's paragraph as it was when this text was last written */
  originalBefore?: string | null;
  /** a reviewer approved this text (lib/translation/states.ts) */
  reviewed?: boolean;
};
export type RevisionParagraph = { key: string; kind: ParagraphKind; runs: Run[] };
export type VersionSnapshot = {
  revision: number;
  slug: string;
  title: string;
  standfirst: string;
  paragraphs: Slot[];
};

type Client = ReturnType<typeof appDb> | Prisma.TransactionClient;

export async function loadSnapshot(
  db: Client,
  articleId: string,
  locale: Locale,
): Promise<VersionSnapshot | null> {
  const t = await db.articleTranslation.findUnique({
    where: { articleId_locale: { articleId, locale } },
    include: { paragraphs: true, article: { include: { paragraphs: { orderBy: { position: 'asc' } } } } },
  });
  if (!t) return null;
  // a published version's correction: the working text is its latest revision, not the live one
  if (t.correction) {
    const row = await db.articleRevision.findUnique({
      where: { articleId_locale_number: { articleId, locale, number: t.revision } },
    });
    if (row)
      return {
        revision: t.revision,
        slug: row.slug,
        title: row.title,
        standfirst: row.standfirst,
        paragraphs: paragraphsOfRevision(row.paragraphs).map((p) => {
          const live = t.paragraphs.find((x) => x.paragraphKey === p.key);
          const markup = toMarkup(p.runs);
          // a paragraph the correction rewrote is no longer behind the original (its publication
          // clears the mark); one it left as it was still is
          const outdated = !!live?.outdated && toMarkup(runsOf(live)) === markup;
          return {
            key: p.key,
            kind: p.kind,
            markup,
            outdated,
            originalBefore: outdated ? live!.originalBefore : null,
            // an approved correction's text is reviewed as a whole; else what it kept of the live text
            reviewed: t.correction === 'approved' || (!!live?.reviewed && toMarkup(runsOf(live)) === markup),
          };
        }),
      };
  }
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
        originalBefore: row?.outdated ? row.originalBefore : null,
        reviewed: row?.reviewed ?? false,
      };
    }),
  };
}

/** A version's current text as the editor shows it (markup per aligned slot). */
export const snapshot = (articleId: string, locale: Locale) => loadSnapshot(appDb(), articleId, locale);

export const asMerge = (v: Omit<VersionSnapshot, 'revision'>): MergeVersion => ({
  slug: v.slug,
  title: v.title,
  standfirst: v.standfirst,
  paragraphs: v.paragraphs.map((p) => ({ key: p.key, kind: p.kind, text: p.markup })),
});

/**
 * The revision a form started from, as a merge base: its stored revision, the current text when
 * nobody saved since, an empty version for a language that did not exist yet — or null when it is
 * not known (then every difference is the editor's to settle).
 */
export async function baseOf(
  tx: Prisma.TransactionClient,
  articleId: string,
  locale: Locale,
  number: number,
  current: VersionSnapshot | null,
  slots: Slots,
): Promise<MergeVersion | null> {
  if (!current) return number === 0 ? emptyVersion(slots) : null;
  // the stored revision first: a translation's slots may have changed with the original since
  const row = await tx.articleRevision.findUnique({
    where: { articleId_locale_number: { articleId, locale, number } },
  });
  if (!row && current.revision === number) return asMerge(current);
  return row ? revisionAsMerge(row) : null;
}

/** A stored revision as a version to merge or write (markup per paragraph). */
export const revisionAsMerge = (row: {
  slug: string;
  title: string;
  standfirst: string;
  paragraphs: Prisma.JsonValue;
}): MergeVersion => ({
  slug: row.slug,
  title: row.title,
  standfirst: row.standfirst,
  paragraphs: paragraphsOfRevision(row.paragraphs).map((p) => ({
    key: p.key,
    kind: p.kind,
    text: toMarkup(p.runs),
  })),
});

export type Slots = Array<{ key: string; kind: ParagraphKind }>;

/** A version nobody has written yet: the original's slots, all empty. */
export const emptyVersion = (slots: Slots): MergeVersion => ({
  slug: '',
  title: '',
  standfirst: '',
  paragraphs: slots.map((p) => ({ key: p.key, kind: p.kind, text: '' })),
});

/** A base nobody can name: differs from every text, so each difference becomes a choice. */
export const unknownBase = (theirs: MergeVersion, mine: MergeVersion): MergeVersion => {
  const unknown = '\u0000';
  const keys = [...new Set([...theirs.paragraphs, ...mine.paragraphs].map((p) => p.key).filter(Boolean))];
  return {
    slug: unknown,
    title: unknown,
    standfirst: unknown,
    paragraphs: keys.map((key) => ({
      key,
      kind: (theirs.paragraphs.find((p) => p.key === key) ?? mine.paragraphs.find((p) => p.key === key))!
        .kind,
      text: unknown,
    })),
  };
};

/** Stores the current revision of every other language version that has none stored yet. */
export async function keepBases(tx: Prisma.TransactionClient, articleId: string, except: Locale, now: Date) {
  const others = await tx.articleTranslation.findMany({
    where: { articleId, locale: { not: except } },
    select: { locale: true, revision: true },
  });
  for (const o of others) {
    if (await hasRevision(tx, articleId, o.locale, o.revision)) continue;
    const version = await loadSnapshot(tx, articleId, o.locale);
    if (version)
      await storeRevision(tx, {
        articleId,
        locale: o.locale,
        number: o.revision,
        version: asMerge(version),
        editorId: null,
        note: null,
        now,
      });
  }
}

export const paragraphsOfRevision = (json: unknown): RevisionParagraph[] =>
  Array.isArray(json)
    ? json.flatMap((p) => {
        const runs = runsSchema.safeParse(p?.runs);
        return typeof p?.key === 'string' && runs.success
          ? [{ key: p.key, kind: isParagraphKind(p.kind) ? p.kind : 'paragraph', runs: runs.data }]
          : [];
      })
    : [];
