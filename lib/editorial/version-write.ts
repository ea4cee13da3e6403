import { Prisma } from '../db/generated/client';
import type { Locale } from '../model/locales';
import type { MergeVersion } from './merge';
import { settleOutdated } from './corrections';
import { parseMarkup, plainText, runsOf, storedRuns, toMarkup, type Run } from '../model/rich-text';

/**
 * The writes of a language-version save, inside the caller's transaction (lib/editorial/versions.ts
 * decides what to write; this writes it): slots, the version row, paragraph texts, the outdated
 * marks between the original and its translations, and the revision.
 */

type Tx = Prisma.TransactionClient;

const sameRuns = (a: Run[], b: Run[]) => JSON.stringify(a) === JSON.stringify(b);

/** Whether `paragraphs` differ from `slots` in number, order, keys or kinds (a structure change). */
export const changesSlots = (
  paragraphs: Array<{ key: string; kind: string }>,
  slots: Array<{ key: string; kind: string }>,
) =>
  paragraphs.length !== slots.length ||
  paragraphs.some((p, i) => p.key !== slots[i]?.key || p.kind !== slots[i]?.kind);

export async function hasRevision(
  tx: Tx,
  articleId: string,
  locale: Locale,
  number: number,
): Promise<boolean> {
  const row = await tx.articleRevision.findUnique({
    where: { articleId_locale_number: { articleId, locale, number } },
    select: { id: true },
  });
  return row !== null;
}

/** One stored revision: the version's full text as it is after a save (or was before one). */
export async function storeRevision(
  tx: Tx,
  r: {
    articleId: string;
    locale: Locale;
    number: number;
    version: MergeVersion;
    editorId: string | null;
    note: string | null;
    now: Date;
  },
): Promise<void> {
  await tx.articleRevision.create({
    data: {
      articleId: r.articleId,
      locale: r.locale,
      number: r.number,
      editorId: r.editorId,
      createdAt: r.now,
      slug: r.version.slug,
      title: r.version.title,
      standfirst: r.version.standfirst,
      paragraphs: r.version.paragraphs.map((p) => ({
        key: p.key,
        kind: p.kind,
        runs: parseMarkup(p.text),
      })) as unknown as Prisma.InputJsonValue,
      note: r.note,
    },
  });
}

/**
 * The number after every `p<n>` key this report's paragraphs ever had — in its slots or in any
 * revision of any language — so a new paragraph never takes a removed one's key: a removed key
 * stays the name of its texts in history, and restoring brings them back under it.
 */
export async function nextParagraphNumber(tx: Tx, articleId: string, keys: string[]): Promise<number> {
  const [row] = await tx.$queryRaw<Array<{ max: number | null }>>`
    SELECT max((regexp_match(p->>'key', '^p([0-9]{1,9})$'))[1]::int) AS max
    FROM article_revisions r, jsonb_array_elements(r.paragraphs) p
    WHERE r.article_id = ${articleId} AND jsonb_typeof(r.paragraphs) = 'array'`;
  return Math.max(0, row?.max ?? 0, ...keys.map((k) => Number(/^p(\d{1,9})$/.exec(k)?.[1] ?? 0))) + 1;
}

/** Gives each new paragraph ('' key) a fresh key. */
export async function withKeys<P extends { key: string }>(
  tx: Tx,
  articleId: string,
  paragraphs: P[],
  existingKeys: string[],
): Promise<P[]> {
  if (!paragraphs.some((p) => !p.key)) return paragraphs;
  let next = await nextParagraphNumber(tx, articleId, [...existingKeys, ...paragraphs.map((p) => p.key)]);
  return paragraphs.map((p) => (p.key ? p : { ...p, key: `p${next++}` }));
}

type Write = {
  articleId: string;
  locale: Locale;
  isOriginal: boolean;
  /** the version's status before the save, as the database spells it (undefined: created now) */
  status: string | undefined;
  revision: number;
  /** what to write; paragraphs with key '' are new slots (the original only) */
  version: MergeVersion;
  existingSlots: Array<{ key: string; kind: string }>;
  editorId: string | null;
  note: string | null;
  now: Date;
  /** false: the text is already revision `revision` (a correction being published) */
  store?: boolean;
};

/**
 * What a write of the original did to the slots, for the translations: any change of number,
 * order or kind (`restructured`), and the keys it took away and brought back.
 */
export type SlotChange = { restructured: boolean; removed: string[]; added: string[] };

/**
 * Writes a merged save into the live tables; returns the slots it removed and added. The caller
 * (lib/editorial/version-rebase.ts) then carries the change to the other languages' versions.
 */
export async function writeVersion(tx: Tx, w: Write): Promise<SlotChange> {
  const { articleId, locale, version, now } = w;
  const existingKeys = w.existingSlots.map((s) => s.key);
  const restructures = changesSlots(version.paragraphs, w.existingSlots);
  const change: SlotChange = { restructured: false, removed: [], added: [] };

  // Slots: keep keys, give new ones fresh keys, drop removed ones, renumber positions.
  const finalKeys = (await withKeys(tx, articleId, version.paragraphs, existingKeys)).map((p) => p.key);
  if (restructures && w.isOriginal) {
    change.restructured = true;
    const removed = existingKeys.filter((k) => !finalKeys.includes(k));
    change.removed = removed;
    change.added = finalKeys.filter((k) => !existingKeys.includes(k));
    await tx.articleParagraph.deleteMany({ where: { articleId, key: { in: removed } } });
    await tx.$executeRaw`UPDATE article_paragraphs SET position = -position - 1 WHERE article_id = ${articleId}`;
    for (const [i, key] of finalKeys.entries()) {
      const kind = version.paragraphs[i]!.kind;
      await tx.articleParagraph.upsert({
        where: { articleId_key: { articleId, key } },
        create: { articleId, key, position: i, kind },
        update: { position: i, kind },
      });
    }
  }

  await tx.articleTranslation.upsert({
    where: { articleId_locale: { articleId, locale } },
    create: {
      articleId,
      locale,
      slug: version.slug,
      title: version.title,
      standfirst: version.standfirst,
      status: 'draft',
      revision: w.revision,
      updatedAt: now,
    },
    update: {
      slug: version.slug,
      title: version.title,
      standfirst: version.standfirst,
      revision: w.revision,
      updatedAt: now,
      correction: null,
      correctionKind: null,
      correctionNote: null,
      // an approval was for the text as it was; a published version stays live (a correction
      // published at once, or one that went through review)
      ...(w.status === 'in_review' || w.status === 'approved'
        ? { status: 'draft' as const, scheduledAt: null }
        : {}),
    },
  });

  const before = await tx.paragraphTranslation.findMany({ where: { articleId, locale } });
  const changed: string[] = [];
  for (const [i, key] of finalKeys.entries()) {
    const runs = parseMarkup(version.paragraphs[i]!.text);
    const old = before.find((b) => b.paragraphKey === key);
    if (old && sameRuns(runsOf(old), runs)) continue;
    if (!old && runs.length === 0) continue;
    changed.push(key);
    if (runs.length === 0) {
      await tx.paragraphTranslation.deleteMany({ where: { articleId, paragraphKey: key, locale } });
      continue;
    }
    const text = plainText(runs);
    const stored = storedRuns(runs) ?? undefined;
    await tx.paragraphTranslation.upsert({
      where: { articleId_paragraphKey_locale: { articleId, paragraphKey: key, locale } },
      create: { articleId, paragraphKey: key, locale, text, runs: stored },
      // a paragraph that lost its marks goes back to plain text (SQL NULL, not JSON null)
      update: { text, runs: stored ?? Prisma.DbNull, outdated: false, originalBefore: null, reviewed: false },
    });
  }

  if (w.isOriginal) {
    // The translations of exactly the changed paragraphs no longer say what the original says;
    // each keeps the original's text it was written against (the first change since, not later ones)
    const marked: Locale[] = [];
    for (const key of changed) {
      const old = before.find((b) => b.paragraphKey === key);
      const first = await tx.paragraphTranslation.updateManyAndReturn({
        where: { articleId, paragraphKey: key, locale: { not: locale }, outdated: false },
        data: { outdated: true, originalBefore: old ? toMarkup(runsOf(old)) : '' },
        select: { locale: true },
      });
      marked.push(...first.map((m) => m.locale));
    }
    const stale = [...new Set(marked)];
    if (stale.length)
      await tx.articleTranslation.updateMany({
        where: { articleId, locale: { in: stale }, outdatedSince: null },
        data: { outdatedSince: now },
      });
  } else await settleOutdated(tx, articleId, locale);

  if (w.store !== false)
    await storeRevision(tx, {
      articleId,
      locale,
      number: w.revision,
      version: { ...version, paragraphs: version.paragraphs.map((p, i) => ({ ...p, key: finalKeys[i]! })) },
      editorId: w.editorId,
      note: w.note,
      now,
    });
  return change;
}
