import type { Prisma } from '../db/generated/client';
import type { Locale } from '../model/locales';
import { plainText, runsOf } from '../model/rich-text';
import { noteLanguage } from '../translation/note-language';
import { changesOf, type CorrectionChange } from '../model/corrections';

export {
  changeKinds,
  changeKindSchema,
  changesOf,
  type ChangeKind,
  type CorrectionChange,
} from '../model/corrections';

/**
 * Corrections as newspapers print them (docs/decisions/030). A change to a published version is,
 * as its editor says, a *correction* (a fact changed: a dated note in the version's language is
 * printed under the report and in its JSON-LD, and listed on the corrections page) or a *minor fix*
 * (typo, style: readers are not told). A correction made in one language drafts one for every other
 * published language: those versions are outdated until their own correction, with their note,
 * is published. Every function runs inside the caller's transaction.
 */

type Tx = Prisma.TransactionClient;

/** What readers see of one version, as plain text by part: its title, standfirst and paragraphs. */
export type LiveText = Map<string, string>;

export async function liveText(tx: Tx, articleId: string, locale: Locale): Promise<LiveText> {
  const version = await tx.articleTranslation.findUnique({
    where: { articleId_locale: { articleId, locale } },
    select: { title: true, standfirst: true },
  });
  const paragraphs = await tx.paragraphTranslation.findMany({
    where: { articleId, locale },
    select: { paragraphKey: true, text: true, runs: true },
  });
  return new Map([
    ['title', version?.title ?? ''],
    ['standfirst', version?.standfirst ?? ''],
    ...paragraphs.map((p) => [p.paragraphKey, plainText(runsOf(p))] as [string, string]),
  ]);
}

/** The parts whose text differs between two readings of a version (title and standfirst first). */
export function changedParts(before: LiveText, after: LiveText): CorrectionChange[] {
  const parts = [...new Set([...before.keys(), ...after.keys()])];
  return parts.flatMap((on) => {
    const was = before.get(on) ?? '';
    const is = after.get(on) ?? '';
    return was.trim() === is.trim() ? [] : [{ on, before: was, after: is }];
  });
}

/** Why a correction's note cannot be printed, or null when it can. */
export type NoteProblem = 'correctionNoteMissing' | 'correctionNoteLanguage';

export async function noteProblem(
  tx: Tx,
  articleId: string,
  locale: Locale,
  note: string,
): Promise<NoteProblem | null> {
  if (!note.trim()) return 'correctionNoteMissing';
  const drafted = await draftedFor(tx, articleId, locale);
  const source = drafted[0]?.source;
  const fits = noteLanguage(
    locale,
    note,
    source?.note ? { locale: source.locale, text: source.note } : undefined,
  );
  return fits === 'fits' ? null : 'correctionNoteLanguage';
}

/** This version's drafted corrections (made in another language), oldest first, with their source. */
function draftedFor(tx: Tx, articleId: string, locale: Locale) {
  return tx.correction.findMany({
    where: { articleId, locale, publishedAt: null },
    orderBy: { id: 'asc' },
    include: { source: { select: { locale: true, note: true, publishedAt: true, changes: true } } },
  });
}

/**
 * A correction goes live with its version's new text: printed in this language (the drafted ones
 * waiting for this version are printed by it), and — when it was made here — drafted for every other
 * published language, whose versions are outdated until theirs is published.
 */
export async function recordCorrection(
  tx: Tx,
  c: {
    articleId: string;
    locale: Locale;
    note: string;
    changes: CorrectionChange[];
    revision: number;
    editorId: string | null;
    now: Date;
  },
): Promise<void> {
  const printed = {
    note: c.note.trim(),
    changes: c.changes as unknown as Prisma.InputJsonValue,
    revision: c.revision,
    editorId: c.editorId,
    publishedAt: c.now,
  };
  const drafted = await draftedFor(tx, c.articleId, c.locale);
  if (drafted.length) {
    // the translation of another language's correction: one printed note for what was drafted
    const [first, ...rest] = drafted;
    await tx.correction.update({ where: { id: first!.id }, data: printed });
    if (rest.length) await tx.correction.deleteMany({ where: { id: { in: rest.map((d) => d.id) } } });
  } else {
    const made = await tx.correction.create({
      data: { articleId: c.articleId, locale: c.locale, createdAt: c.now, ...printed },
    });
    const others = await tx.articleTranslation.findMany({
      where: { articleId: c.articleId, locale: { not: c.locale } },
      select: { locale: true, status: true },
    });
    // readers of the other published languages read the same fact: each prints its own note
    const published = others.filter((o) => o.status === 'published');
    if (published.length)
      await tx.correction.createMany({
        data: published.map((o) => ({
          articleId: c.articleId,
          locale: o.locale,
          sourceId: made.id,
          // what changed there, until this language's own correction says what changed here
          changes: [],
          createdAt: c.now,
        })),
      });
    if (others.length)
      await tx.articleTranslation.updateMany({
        where: { articleId: c.articleId, locale: { in: others.map((o) => o.locale) }, outdatedSince: null },
        data: { outdatedSince: c.now },
      });
  }
  await settleOutdated(tx, c.articleId, c.locale);
}

/**
 * A version is outdated while a paragraph of it lags behind the original or a correction made in
 * another language waits for its own; once neither is left, it is up to date again.
 */
export async function settleOutdated(tx: Tx, articleId: string, locale: Locale): Promise<void> {
  const lagging = await tx.paragraphTranslation.count({ where: { articleId, locale, outdated: true } });
  const waiting = await tx.correction.count({ where: { articleId, locale, publishedAt: null } });
  if (lagging === 0 && waiting === 0)
    await tx.articleTranslation.updateMany({
      where: { articleId, locale, outdatedSince: { not: null } },
      data: { outdatedSince: null },
    });
}

/** A correction made in another language, as this version's translator is shown it. */
export type DraftedCorrection = {
  id: number;
  sourceLocale: Locale;
  sourceNote: string;
  publishedAt: Date;
  changes: CorrectionChange[];
};

export async function draftedCorrections(
  tx: Tx,
  articleId: string,
  locale: Locale,
): Promise<DraftedCorrection[]> {
  const drafted = await draftedFor(tx, articleId, locale);
  return drafted.flatMap((d) =>
    d.source?.note && d.source.publishedAt
      ? [
          {
            id: d.id,
            sourceLocale: d.source.locale,
            sourceNote: d.source.note,
            publishedAt: d.source.publishedAt,
            changes: changesOf(d.source.changes),
          },
        ]
      : [],
  );
}
