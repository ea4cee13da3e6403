import { createHash } from 'node:crypto';
import type { Db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { locales, type Locale } from '../model/locales';
import { parseMarkup, plainText, runsOf, toMarkup } from '../model/rich-text';
import { bandsOf, FUZZY_FLOOR, scoreUnit, tokenKey, type Scored } from '../translation/memory-score';

/**
 * The translation memory (issue 28, docs/decisions/027): every aligned pair of the portal's
 * approved and published paragraphs, in each direction, with imported releases and agencies' TMX
 * files beside them — one row per distinct pair in `translation_units`. Suggestions come from
 * PostgreSQL alone: exact candidates by the hash of the source's tokens, fuzzy ones by the
 * source's MinHash bands in a GIN index (most bands shared first), then scored exactly
 * (lib/translation/memory-score.ts).
 */

type Client = Db | Prisma.TransactionClient;

export type UnitOrigin = 'report' | 'release' | 'tmx';
export type UnitInput = {
  sourceLocale: Locale;
  targetLocale: Locale;
  /** plain text */
  source: string;
  /** markup */
  target: string;
  approved: boolean;
  origin: UnitOrigin;
  articleId?: string | null;
  paragraphKey?: string | null;
};

const md5 = (text: string) => createHash('md5').update(text).digest('hex');
const hashOf = (text: string) => md5(tokenKey(text));
/**
 * Adds units (a pair already held is refreshed: its date, its report, and approved once any copy
 * of it was). Returns how many rows were written.
 */
export async function addUnits(db: Client, units: readonly UnitInput[], now = new Date()): Promise<number> {
  const usable = units.filter(
    (u) => u.sourceLocale !== u.targetLocale && tokenKey(u.source) && plainText(parseMarkup(u.target)).trim(),
  );
  let written = 0;
  for (let i = 0; i < usable.length; i += 1000) {
    const batch = usable.slice(i, i + 1000);
    // one statement per batch; a pair twice in one batch would conflict with itself
    const seen = new Set<string>();
    const prepared = batch
      .map((u) => ({
        ...u,
        sourceHash: hashOf(u.source),
        targetHash: hashOf(plainText(parseMarkup(u.target))),
      }))
      .filter((u) => {
        const key = `${u.sourceLocale}${u.targetLocale}${u.sourceHash}${u.targetHash}`;
        return !seen.has(key) && !!seen.add(key);
      });
    const saved = await db.$queryRaw<Array<{ id: bigint; s: string; t: string; h: string; fresh: boolean }>>`
      INSERT INTO translation_units
        (source_locale, target_locale, source, target, source_hash, target_hash, approved, origin,
         article_id, paragraph_key, updated_at)
      SELECT s::locale, t::locale, src, tgt, sh, th, ap, o, a, k, ${now}
      FROM unnest(${prepared.map((u) => u.sourceLocale)}::text[], ${prepared.map((u) => u.targetLocale)}::text[],
                  ${prepared.map((u) => u.source)}::text[], ${prepared.map((u) => u.target)}::text[],
                  ${prepared.map((u) => u.sourceHash)}::text[], ${prepared.map((u) => u.targetHash)}::text[],
                  ${prepared.map((u) => u.approved)}::boolean[], ${prepared.map((u) => u.origin)}::text[],
                  ${prepared.map((u) => u.articleId ?? null)}::text[],
                  ${prepared.map((u) => u.paragraphKey ?? null)}::text[])
        AS x(s, t, src, tgt, sh, th, ap, o, a, k)
      ON CONFLICT (source_locale, target_locale, source_hash, target_hash) DO UPDATE SET
        approved = translation_units.approved OR EXCLUDED.approved,
        article_id = COALESCE(EXCLUDED.article_id, translation_units.article_id),
        paragraph_key = COALESCE(EXCLUDED.paragraph_key, translation_units.paragraph_key),
        updated_at = EXCLUDED.updated_at
      RETURNING id, source_locale::text AS s, target_locale::text AS t, source_hash AS h, xmax = 0 AS fresh`;
    written += saved.length;
    // a new unit's bands (a refreshed one has them: its source is the same)
    const sources = new Map(
      prepared.map((u) => [`${u.sourceLocale}${u.targetLocale}${u.sourceHash}`, u.source]),
    );
    const ids: bigint[] = [];
    const bands: number[] = [];
    for (const row of saved.filter((r) => r.fresh))
      for (const band of new Set(
        bandsOf(sources.get(`${row.s}${row.t}${row.h}`) ?? '', `${row.s}>${row.t}`),
      )) {
        ids.push(row.id);
        bands.push(band);
      }
    if (ids.length)
      await db.$executeRaw`
        INSERT INTO translation_unit_bands (band, unit_id)
        SELECT * FROM unnest(${bands}::int[], ${ids}::bigint[]) ON CONFLICT DO NOTHING`;
  }
  return written;
}

/**
 * The aligned pairs of one report as memory units, in each direction between its versions that
 * count: approved and published ones (`approved`), or every version of a release just imported.
 * A paragraph the original changed since it was translated (outdated) is not a pair any more.
 */
export async function rememberReport(
  db: Client,
  articleId: string,
  how: { origin: 'report' | 'release'; now?: Date },
): Promise<number> {
  const versions = await db.articleTranslation.findMany({
    where: {
      articleId,
      ...(how.origin === 'report' ? { status: { in: ['approved', 'published'] } } : {}),
    },
    select: { locale: true, paragraphs: true },
  });
  const units: UnitInput[] = [];
  for (const from of versions)
    for (const to of versions) {
      if (from.locale === to.locale) continue;
      for (const p of from.paragraphs) {
        const q = to.paragraphs.find((x) => x.paragraphKey === p.paragraphKey);
        if (!q || p.outdated || q.outdated || !p.text.trim() || !q.text.trim()) continue;
        units.push({
          sourceLocale: from.locale,
          targetLocale: to.locale,
          source: p.text,
          target: toMarkup(runsOf(q)),
          approved: how.origin === 'report',
          origin: how.origin,
          articleId,
          paragraphKey: p.paragraphKey,
        });
      }
    }
  return addUnits(db, units, how.now);
}

export type Suggestion = Scored & {
  /** the unit's source (plain text), to show how it differs from the text to translate */
  source: string;
  approved: boolean;
  origin: UnitOrigin;
  articleId: string | null;
  updatedAt: Date;
};

/** How many fuzzy candidates each paragraph brings back from the index, before exact scoring. */
const CANDIDATES = 12;

type UnitRow = {
  i: number;
  source: string;
  target: string;
  approved: boolean;
  origin: UnitOrigin;
  articleId: string | null;
  updatedAt: Date;
};

/**
 * The best memory matches for each text to translate, best first: score, then approved before
 * not, then the most recent. `articleId`: the report being translated (a context match). Texts
 * are plain; at most `limit` per text, none below the fuzzy floor, none the same as `current`.
 */
export async function suggest(
  query: {
    sourceLocale: Locale;
    targetLocale: Locale;
    articleId?: string;
    texts: ReadonlyArray<{ key: string; text: string; current?: string }>;
  },
  db: Db,
  limit = 3,
): Promise<Map<string, Suggestion[]>> {
  const texts = query.texts.filter((t) => tokenKey(t.text));
  const out = new Map<string, Suggestion[]>();
  if (texts.length === 0 || !locales.includes(query.sourceLocale) || !locales.includes(query.targetLocale))
    return out;
  const { sourceLocale: s, targetLocale: t } = query;
  const exact = await db.$queryRaw<UnitRow[]>`
    SELECT q.i::int AS i, u.source, u.target, u.approved, u.origin, u.article_id AS "articleId",
           u.updated_at AS "updatedAt"
    FROM unnest(${texts.map((x) => hashOf(x.text))}::text[]) WITH ORDINALITY AS q(h, i)
    JOIN translation_units u
      ON u.source_locale = ${s}::locale AND u.target_locale = ${t}::locale AND u.source_hash = q.h`;
  // the units sharing most bands with each text: counted in the bands' index alone, and only the
  // best few read (the bands name their direction: no other direction's unit shares one)
  const keys = texts.map((x) => [...new Set(bandsOf(x.text, `${s}>${t}`))]);
  const fuzzy = await db.$queryRaw<UnitRow[]>`
    WITH q AS (
      SELECT * FROM unnest(${keys.flat()}::int[], ${keys.flatMap((k, i) => k.map(() => i + 1))}::int[])
        AS q(band, i)
    ), shared AS (
      SELECT q.i, b.unit_id, count(*) AS n
      FROM q JOIN translation_unit_bands b ON b.band = q.band
      GROUP BY q.i, b.unit_id
    ), best AS (
      SELECT i, unit_id, n FROM (
        SELECT shared.*, row_number() OVER (PARTITION BY i ORDER BY n DESC, unit_id DESC) AS r FROM shared
      ) ranked WHERE r <= ${CANDIDATES}
    )
    SELECT best.i::int AS i, u.source, u.target, u.approved, u.origin, u.article_id AS "articleId",
           u.updated_at AS "updatedAt"
    FROM best JOIN translation_units u ON u.id = best.unit_id
    WHERE u.source_locale = ${s}::locale AND u.target_locale = ${t}::locale`;
  for (const row of [...exact, ...fuzzy]) {
    const text = texts[row.i - 1]!;
    const scored = scoreUnit(
      { text: text.text, articleId: query.articleId },
      { source: row.source, target: row.target, targetLocale: t, articleId: row.articleId ?? undefined },
    );
    if (scored.score < FUZZY_FLOOR) continue;
    if (text.current !== undefined && scored.target.trim() === text.current.trim()) continue;
    const list = out.get(text.key) ?? [];
    if (list.some((m) => m.target === scored.target)) continue;
    list.push({
      ...scored,
      source: row.source,
      approved: row.approved,
      origin: row.origin,
      articleId: row.articleId,
      updatedAt: row.updatedAt,
    });
    out.set(text.key, list);
  }
  for (const [key, list] of out)
    out.set(
      key,
      list
        .sort(
          (a, b) =>
            b.score - a.score ||
            Number(b.approved) - Number(a.approved) ||
            b.updatedAt.getTime() - a.updatedAt.getTime(),
        )
        .slice(0, limit),
    );
  return out;
}

/** How many units the memory holds in each direction ("zh>vi"), and how many are approved. */
export async function memoryCounts(
  db: Db,
): Promise<Array<{ from: Locale; to: Locale; units: number; approved: number }>> {
  const rows = await db.$queryRaw<Array<{ from: Locale; to: Locale; units: number; approved: number }>>`
    SELECT source_locale::text AS "from", target_locale::text AS "to", count(*)::int AS units,
           count(*) FILTER (WHERE approved)::int AS approved
    FROM translation_units GROUP BY 1, 2 ORDER BY 1, 2`;
  return rows;
}

/** Every unit of one direction, most recent first, as TMX writes them. */
export async function unitsOfPair(db: Db, from: Locale, to: Locale) {
  const rows = await db.translationUnit.findMany({
    where: { sourceLocale: from, targetLocale: to },
    orderBy: { updatedAt: 'desc' },
    select: { source: true, target: true, approved: true, origin: true, updatedAt: true },
  });
  return rows.map((r) => ({
    source: r.source,
    target: plainText(parseMarkup(r.target)),
    approved: r.approved,
    origin: r.origin,
    changed: r.updatedAt,
  }));
}
