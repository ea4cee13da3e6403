import type { Prisma } from '../db/generated/client';
import type { Locale } from '../model/locales';
import { plainText, storedRuns, toMarkup, type Run } from '../model/rich-text';
import { paragraphsOfRevision } from './version-snapshot';
import { storeRevision, type SlotChange } from './version-write';

/**
 * When the original's paragraphs are removed, brought back, reordered or change kind (a save, a
 * restore, a published correction), every other language version follows — and loses nothing:
 * - a removed paragraph's translation stays in the translation's history: the version gets a new
 *   revision without it, whose note names what went and why, so the revision before it still holds
 *   the text and can be compared and restored;
 * - a paragraph brought back under its key gets each translation's last text for that key back,
 *   again in a new revision that says so — in a published translation as a correction, which
 *   readers see once it is reviewed and published.
 * Texts are read from each version's latest stored revision (lib/editorial/version-snapshot.ts
 * `keepBases` stores it before the original's slots change).
 */

type Tx = Prisma.TransactionClient;

/** A paragraph's text a save took out of a language version (still in that version's history). */
export type RemovedText = { locale: Locale; key: string; text: string; revision: number };

/** The last non-empty text a language version had under `key`, newest revision first. */
async function lastText(tx: Tx, articleId: string, locale: Locale, key: string): Promise<Run[] | null> {
  const rows = await tx.articleRevision.findMany({
    where: { articleId, locale },
    orderBy: { number: 'desc' },
    select: { paragraphs: true },
  });
  for (const row of rows) {
    const found = paragraphsOfRevision(row.paragraphs).find((p) => p.key === key);
    if (found && found.runs.length) return found.runs;
  }
  return null;
}

export async function followSlots(
  tx: Tx,
  r: {
    articleId: string;
    originalLocale: Locale;
    change: SlotChange;
    /** the original's revision that changed the slots (named in the notes) */
    originalRevision: number;
    editorId: string | null;
    now: Date;
  },
): Promise<RemovedText[]> {
  const { articleId, change } = r;
  if (!change.restructured) return [];
  const slots = await tx.articleParagraph.findMany({ where: { articleId }, orderBy: { position: 'asc' } });
  const others = await tx.articleTranslation.findMany({
    where: { articleId, locale: { not: r.originalLocale } },
    select: { locale: true, revision: true, status: true, correction: true },
  });
  const removedTexts: RemovedText[] = [];
  for (const t of others) {
    const row = await tx.articleRevision.findUnique({
      where: { articleId_locale_number: { articleId, locale: t.locale, number: t.revision } },
    });
    if (!row) continue;
    const before = paragraphsOfRevision(row.paragraphs);
    const gone = before.filter((p) => change.removed.includes(p.key) && p.runs.length);
    const back: Array<{ key: string; runs: Run[] }> = [];
    for (const key of change.added) {
      if (before.some((p) => p.key === key && p.runs.length)) continue;
      const runs = await lastText(tx, articleId, t.locale, key);
      if (runs) back.push({ key, runs });
    }
    // reordered or re-kinded slots alone also make a revision: a translator's form, in the new
    // order, then merges against a base of the same shape (its slots are not the translator's to change)
    const sameShape =
      before.length === slots.length &&
      before.every((p, i) => p.key === slots[i]!.key && p.kind === slots[i]!.kind);
    if (!gone.length && !back.length && sameShape) continue;
    const revision = t.revision + 1;
    for (const p of gone)
      removedTexts.push({ locale: t.locale, key: p.key, text: plainText(p.runs), revision: t.revision });
    // The texts brought back are the version's text again. Readers see them only through a
    // publication: in a published version they come back as a correction to review (the text found
    // in history may be one that was never published); in any other they are simply its text.
    const asCorrection = back.length > 0 && t.status === 'published';
    if (!asCorrection)
      for (const { key, runs } of back)
        await tx.paragraphTranslation.upsert({
          where: { articleId_paragraphKey_locale: { articleId, paragraphKey: key, locale: t.locale } },
          create: {
            articleId,
            paragraphKey: key,
            locale: t.locale,
            text: plainText(runs),
            runs: storedRuns(runs) ?? undefined,
          },
          update: {},
        });
    const text = (key: string) => {
      const runs = back.find((b) => b.key === key)?.runs ?? before.find((p) => p.key === key)?.runs ?? [];
      return toMarkup(runs);
    };
    await storeRevision(tx, {
      articleId,
      locale: t.locale,
      number: revision,
      version: {
        slug: row.slug,
        title: row.title,
        standfirst: row.standfirst,
        paragraphs: slots.map((s) => ({ key: s.key, kind: s.kind, text: text(s.key) })),
      },
      editorId: r.editorId,
      note: followNote({
        removed: gone.map((p) => p.key),
        restored: back.map((b) => b.key),
        original: r.originalLocale,
        revision: r.originalRevision,
      }),
      now: r.now,
    });
    await tx.articleTranslation.update({
      where: { articleId_locale: { articleId, locale: t.locale } },
      data: { revision, ...(asCorrection && !t.correction ? { correction: 'draft' as const } : {}) },
    });
  }
  return removedTexts;
}

/** The note of a revision made by following the original: "followed zh revision 7: removed p3; restored -". */
const followNote = (n: { removed: string[]; restored: string[]; original: Locale; revision: number }) =>
  `followed ${n.original} revision ${n.revision}: removed ${n.removed.join(',') || '-'}; restored ${n.restored.join(',') || '-'}`;
