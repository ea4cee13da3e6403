import { Prisma } from '../db/generated/client';
import { entityPath } from '../model/paths';
import type { Locale } from '../model/locales';
import { kindCodes, type EntityKind } from '../model/kinds';
import { indexVector, vocabulary } from './text';
import { soundKey, soundful } from './sounds';
import { kindLabels, years } from './descriptors';

/**
 * Keeps `search_documents` in step with what readers can see: one row per published report
 * version, and one per person, city, agreement and event in each language it has a name in.
 * Callers rebuild the rows of what they changed (publishing, unpublishing, correcting a published
 * text, metadata, a glossary entry); start-up rebuilds everything after the content seed.
 */
// the application client and a transaction's alike (the client is one, structurally): a union of the two
// makes every query compare both client types, which grew too deep for the checker with photos
type Client = Prisma.TransactionClient;

export type SearchDocumentRow = {
  kind: 'article' | EntityKind;
  entityId: string;
  locale: Locale;
  title: string;
  body: string;
  path: string;
  eventId: string | null;
  publishedAt: Date | null;
  entities: string[];
};
type Row = SearchDocumentRow;

/** A document's terms: title weighted A, body C; English also through PostgreSQL's stemmer. */
const vector = (r: Row) => Prisma.sql`
  setweight(${indexVector(r.title)}::tsvector, 'A')
  || setweight(${indexVector(r.body)}::tsvector, 'C')
  || ${
    r.locale === 'en'
      ? Prisma.sql`setweight(to_tsvector('english', ${r.title}), 'A') || setweight(to_tsvector('english', ${r.body}), 'C')`
      : Prisma.sql`''::tsvector`
  }`;

/** The title alone (kept in the row, so that every match can be scored without the body's vector). */
const titleVector = (r: Row) =>
  r.locale === 'en'
    ? Prisma.sql`${indexVector(r.title)}::tsvector || to_tsvector('english', ${r.title})`
    : Prisma.sql`${indexVector(r.title)}::tsvector`;

/**
 * How many of the newest dated versions are "recent" (`search_documents.recent`, with partial
 * indexes of their own): about 3,000 reports in three languages. Glossary pages always are.
 */
export const RECENT_DOCUMENTS = 9_000;

/** Inserts or replaces documents, a few hundred per statement. */
export async function writeDocuments(db: Client, rows: Row[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    const values = rows.slice(i, i + 200).map(
      (r) => Prisma.sql`(${r.kind}, ${r.entityId}, ${r.locale}::locale, ${r.title}, ${r.body}, ${r.path},
          ${r.eventId}, ${r.publishedAt}::timestamptz, ${r.entities}::text[], ${vector(r)}, ${titleVector(r)},
          (${kindCodes[r.kind]}::bigint << 56)
            | (hashtextextended(${r.kind} || ':' || ${r.entityId}, 0) & x'00FFFFFFFFFFFFFF'::bigint),
          ${r.publishedAt}::timestamptz IS NULL
            OR ${r.publishedAt}::timestamptz >= coalesce((SELECT since FROM search_recent_bound), '-infinity'))`,
    );
    await db.$executeRaw`
      INSERT INTO search_documents
        (kind, entity_id, locale, title, body, path, event_id, published_at, entities, tsv, title_tsv, entity_key, recent)
      VALUES ${Prisma.join(values)}
      ON CONFLICT (kind, entity_id, locale) DO UPDATE SET
        title = EXCLUDED.title, body = EXCLUDED.body, path = EXCLUDED.path, event_id = EXCLUDED.event_id,
        published_at = EXCLUDED.published_at, entities = EXCLUDED.entities, tsv = EXCLUDED.tsv,
        title_tsv = EXCLUDED.title_tsv, entity_key = EXCLUDED.entity_key, recent = EXCLUDED.recent`;
    await recordWords(db, rows.slice(i, i + 200));
  }
  await settleRecent(db);
}

/**
 * Keeps the newest RECENT_DOCUMENTS dated versions (and every glossary page) recent: the bound
 * where they begin moves to the `size`-th newest date, and only the versions between the old and
 * the new bound change (out when it moves forward, back in when versions were withdrawn). A
 * version is written recent when it is at least as new as the bound. A few rows per publication.
 */
export async function settleRecent(db: Client, size = RECENT_DOCUMENTS): Promise<void> {
  const [{ bound, next }] = await db.$queryRaw<[{ bound: Date | null; next: Date | null }]>`
    SELECT (SELECT since FROM search_recent_bound) AS bound,
           (SELECT published_at FROM search_documents WHERE published_at IS NOT NULL
            ORDER BY published_at DESC OFFSET ${size - 1} LIMIT 1) AS next`;
  if (bound?.getTime() === next?.getTime()) return;
  const from = bound && next ? (bound < next ? bound : next) : null;
  const to = bound && next ? (bound < next ? next : bound) : (bound ?? next);
  await db.$executeRaw`
    UPDATE search_documents SET recent = (${next}::timestamptz IS NULL OR published_at >= ${next}::timestamptz)
    WHERE published_at >= coalesce(${from}::timestamptz, '-infinity') AND published_at < ${to}::timestamptz`;
  await db.$executeRaw`UPDATE search_recent_bound SET since = ${next}::timestamptz`;
}

/**
 * The batch's words into `search_words` (spelling suggestions, lib/search/query.ts): new ones
 * added, known ones counted again, a written form with diacritics preferred to one without.
 * Words of documents removed later stay: a suggestion for one finds nothing, and says so.
 */
async function recordWords(db: Client, rows: Row[]): Promise<void> {
  const uses = new Map<string, { written: string; uses: number }>();
  for (const r of rows)
    for (const [word, written] of vocabulary(`${r.title}\n${r.body}`)) {
      const known = uses.get(word);
      if (known) {
        known.uses++;
        if (known.written === word) known.written = written;
      } else uses.set(word, { written, uses: 1 });
    }
  if (uses.size === 0) return;
  const list = [...uses];
  await db.$executeRaw`
    INSERT INTO search_words (word, written, uses)
    SELECT * FROM unnest(${list.map(([w]) => w)}::text[], ${list.map(([, v]) => v.written)}::text[],
                         ${list.map(([, v]) => v.uses)}::int[])
    ON CONFLICT (word) DO UPDATE SET
      uses = search_words.uses + EXCLUDED.uses,
      written = CASE WHEN search_words.written = search_words.word THEN EXCLUDED.written
                     ELSE search_words.written END`;
}

/** The published versions of one report (none when it has none, or no longer exists). */
export async function reindexArticle(db: Client, articleId: string): Promise<void> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    include: {
      translations: { where: { status: 'published' }, include: { paragraphs: true } },
      paragraphs: { orderBy: { position: 'asc' } },
      people: true,
      cities: true,
      agreements: true,
    },
  });
  await db.$executeRaw`DELETE FROM search_documents WHERE kind = 'article' AND entity_id = ${articleId}`;
  if (!article) return;
  const entities = [
    ...article.people.map((p) => `person:${p.personId}`),
    ...article.cities.map((c) => `city:${c.cityId}`),
    ...article.agreements.map((a) => `agreement:${a.agreementId}`),
    ...(article.eventId ? [`event:${article.eventId}`] : []),
  ];
  const order = new Map(article.paragraphs.map((p) => [p.key, p.position]));
  await writeDocuments(
    db,
    article.translations.map((t) => ({
      kind: 'article' as const,
      entityId: article.id,
      locale: t.locale,
      title: t.title,
      body: [
        t.standfirst,
        ...[...t.paragraphs]
          .sort((a, b) => (order.get(a.paragraphKey) ?? 0) - (order.get(b.paragraphKey) ?? 0))
          .map((p) => p.text),
      ].join('\n'),
      path: `/articles/${t.slug}`,
      eventId: article.eventId,
      publishedAt: t.publishedAt,
      entities,
    })),
  );
}

type Named = { locale: Locale; name: string };
const others = (rows: Named[], locale: Locale) => rows.filter((r) => r.locale !== locale).map((r) => r.name);

/**
 * One glossary entry's pages: its names in every language and its variants go into each body;
 * and every name as it sounds (`search_sounds`, lib/search/sounds.ts).
 */
export async function reindexEntity(db: Client, kind: EntityKind, id: string): Promise<void> {
  await db.$executeRaw`DELETE FROM search_documents WHERE kind = ${kind} AND entity_id = ${id}`;
  const rows: Row[] = [];
  const names: string[] = [];
  const add = (locale: Locale, title: string, extra: string[], eventId: string | null = null) =>
    rows.push({
      kind,
      entityId: id,
      locale,
      title,
      body: extra.filter(Boolean).join('\n'),
      path: entityPath(kind, id),
      eventId,
      publishedAt: null,
      entities: [`${kind}:${id}`],
    });
  switch (kind) {
    case 'person': {
      const p = await db.person.findUnique({
        where: { id },
        include: { translations: true, aliases: true, roles: { include: { translations: true } } },
      });
      names.push(...(p?.translations ?? []).map((t) => t.name), ...(p?.aliases ?? []).map((a) => a.name));
      for (const t of p?.translations ?? [])
        add(t.locale, t.name, [
          ...others(p!.translations, t.locale),
          ...p!.aliases.map((a) => a.name),
          ...p!.roles.flatMap((r) => r.translations.filter((x) => x.locale === t.locale).map((x) => x.title)),
        ]);
      break;
    }
    case 'city': {
      const c = await db.city.findUnique({
        where: { id },
        include: { translations: true, aliases: true, country: { include: { translations: true } } },
      });
      names.push(
        ...(c?.translations ?? []).flatMap((t) => [t.name, t.nickname ?? '']),
        ...(c?.aliases ?? []).map((a) => a.name),
      );
      for (const t of c?.translations ?? [])
        add(t.locale, t.name, [
          ...others(c!.translations, t.locale),
          ...c!.aliases.map((a) => a.name),
          t.nickname ?? '',
          t.region ?? '',
          c!.country.translations.find((x) => x.locale === t.locale)?.name ?? '',
          ...kindLabels('CityPage', c!.kind),
        ]);
      break;
    }
    case 'agreement': {
      const a = await db.agreement.findUnique({
        where: { id },
        include: {
          translations: true,
          aliases: true,
          points: { include: { translations: true } },
          event: { select: { startsOn: true } },
        },
      });
      names.push(...(a?.translations ?? []).map((t) => t.name), ...(a?.aliases ?? []).map((x) => x.name));
      for (const t of a?.translations ?? [])
        add(
          t.locale,
          t.name,
          [
            ...others(a!.translations, t.locale),
            ...a!.aliases.map((x) => x.name),
            t.partiesText ?? '',
            t.notes ?? '',
            ...a!.points.flatMap((p) =>
              p.translations.filter((x) => x.locale === t.locale).map((x) => x.text),
            ),
            ...kindLabels('AgreementPage', a!.kind),
            ...years(a!.signedOn ?? a!.event?.startsOn),
          ],
          a!.eventId,
        );
      break;
    }
    case 'event': {
      const e = await db.event.findUnique({ where: { id }, include: { translations: true } });
      names.push(...(e?.translations ?? []).map((t) => t.name));
      for (const t of e?.translations ?? [])
        add(
          t.locale,
          t.name,
          [
            ...others(e!.translations, t.locale),
            t.theme ?? '',
            t.context ?? '',
            ...years(e!.startsOn, e!.endsOn),
          ],
          e!.id,
        );
      break;
    }
  }
  await writeDocuments(db, rows);
  // a person is also searched by one of their names alone ("Siphandone"): each long word of it
  const parts = kind === 'person' ? names.flatMap((n) => n.split(/[\s·.-]+/u)) : [];
  await writeSounds(db, `${kind}:${id}`, [...names, ...parts.filter((p) => soundKey(p).length >= 6)]);
}

/** An entry's names as sound keys, replacing the ones it had (none when it no longer exists). */
async function writeSounds(db: Client, entry: string, names: string[]): Promise<void> {
  await db.$executeRaw`DELETE FROM search_sounds WHERE entry = ${entry}`;
  const keys = new Map<string, string>();
  for (const name of names.filter(Boolean)) {
    const key = soundKey(name);
    if (soundful(key) && !keys.has(key)) keys.set(key, name);
  }
  if (keys.size === 0) return;
  await db.$executeRaw`
    INSERT INTO search_sounds (entry, key, name)
    SELECT ${entry}, key, name FROM unnest(${[...keys.keys()]}::text[], ${[...keys.values()]}::text[]) AS x(key, name)`;
}

/** Every glossary entry's pages and sounds (the sounds of a database migrated before they existed). */
export async function reindexEntities(db: Client): Promise<number> {
  const people = await db.person.findMany({ select: { id: true } });
  const cities = await db.city.findMany({ select: { id: true } });
  const agreements = await db.agreement.findMany({ select: { id: true } });
  const events = await db.event.findMany({ select: { id: true } });
  let count = 0;
  for (const [kind, list] of [
    ['person', people],
    ['city', cities],
    ['agreement', agreements],
    ['event', events],
  ] as const)
    for (const e of list) {
      await reindexEntity(db, kind, e.id);
      count++;
    }
  return count;
}

/** Everything, from scratch (after the content seed, or when the table is empty). */
export async function reindexAll(db: Client): Promise<number> {
  await db.$executeRaw`DELETE FROM search_documents`;
  await db.$executeRaw`DELETE FROM search_words`;
  await db.$executeRaw`DELETE FROM search_sounds`;
  // one query at a time: `db` may be a transaction, whose single connection cannot run two
  const articles = await db.article.findMany({ select: { id: true } });
  for (const a of articles) await reindexArticle(db, a.id);
  await reindexEntities(db);
  const [{ count }] = await db.$queryRaw<[{ count: bigint }]>`SELECT count(*) AS count FROM search_documents`;
  return Number(count);
}
