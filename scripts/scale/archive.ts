/**
 * The synthetic archive `npm run bench:scale` measures (scripts/bench-scale.ts): reports in three
 * languages written from the launch reports' own paragraphs (each one's words partly replaced by
 * others of the same language, so lengths and vocabulary stay realistic), with people, cities,
 * agreements and events in proportion, mentions skewed (one speaker in a fifth of the reports),
 * publication times spread evenly over eleven years at every size, a few drafts and reviews
 * pending. Written in bulk with the tables' triggers off, then the tables they keep are filled the
 * same way the triggers would (report lists, sitemap days and months, version counts, the
 * dashboard's order and filters) and the reports are indexed for search by the portal's own indexer.
 */
import type pg from 'pg';
import type { Db } from '../../lib/db/client';
import { locales, type Locale } from '../../lib/model/locales';
import { writeDocuments, type SearchDocumentRow } from '../../lib/search/index';
import { seededRandom } from '../seeded-random';

/** Entities per report at every size. */
export const proportions = { person: 1 / 50, city: 1 / 200, agreement: 1 / 200, event: 1 / 1000 };
export const PARAGRAPHS = 8;
/** the frequent speaker: mentioned in a fifth of the reports */
export const FREQUENT_SPEAKER = 'scale-person-0';
const SPAN_MINUTES = 11 * 365 * 24 * 60;
const START = Date.UTC(2015, 0, 1);

/** When report `n` was published: spread over eleven years whatever the archive's size. */
export const publishedAtOf = (n: number) => new Date(START + ((n * 7919 + 13) % SPAN_MINUTES) * 60_000);

type Pools = Record<Locale, { paragraphs: string[]; titles: string[] }>;

/** Texts in each language: launch paragraphs and headlines with a third of their words replaced. */
async function pools(db: Db): Promise<Pools> {
  const rows = await db.paragraphTranslation.findMany({ select: { locale: true, text: true } });
  const titles = await db.articleTranslation.findMany({ select: { locale: true, title: true } });
  const rnd = seededRandom(29);
  const out = {} as Pools;
  for (const locale of locales) {
    const split = (t: string) => (locale === 'zh' ? Array.from(t) : t.split(/\s+/));
    const join = (w: string[]) => w.join(locale === 'zh' ? '' : ' ');
    const source = rows.filter((r) => r.locale === locale && r.text.length > 20).map((r) => r.text);
    const heads = titles.filter((t) => t.locale === locale && t.title).map((t) => t.title);
    const vocabulary = source.flatMap(split).filter(Boolean);
    const vary = (text: string) =>
      join(split(text).map((w) => (rnd() < 0.33 ? vocabulary[Math.floor(rnd() * vocabulary.length)]! : w)));
    out[locale] = {
      paragraphs: Array.from({ length: 3000 }, () => vary(source[Math.floor(rnd() * source.length)]!)),
      titles: Array.from({ length: 3000 }, () => vary(heads[Math.floor(rnd() * heads.length)]!)),
    };
  }
  return out;
}

/** Copies a template row of `table` as `count` new rows with ids `<prefix><k>` (k from `from`). */
async function copyEntities(
  pool: pg.Pool,
  table: string,
  translations: string,
  key: string,
  template: string,
  prefix: string,
  from: number,
  to: number,
) {
  if (to <= from) return;
  const columns = async (t: string) =>
    (
      await pool.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position`,
        [t],
      )
    ).rows.map((r) => r.column_name);
  const own = (await columns(table)).filter((c) => c !== 'id' && c !== 'photo_id');
  await pool.query(
    `INSERT INTO ${table} (id, ${own.join(', ')}) SELECT $1 || g, ${own.map((c) => `t.${c}`).join(', ')}
     FROM generate_series($2::int, $3::int - 1) g, (SELECT * FROM ${table} WHERE id = $4) t`,
    [prefix, from, to, template],
  );
  const text = (await columns(translations)).filter((c) => c !== key && c !== 'name');
  await pool.query(
    `INSERT INTO ${translations} (${key}, name, ${text.join(', ')})
     SELECT $1 || g, t.name || ' ' || g, ${text.map((c) => `t.${c}`).join(', ')}
     FROM generate_series($2::int, $3::int - 1) g, (SELECT * FROM ${translations} WHERE ${key} = $4) t`,
    [prefix, from, to, template],
  );
}

/** Adds reports `from` … `to - 1` (and the entities their number calls for). */
export async function grow(db: Db, pool: pg.Pool, from: number, to: number, log: (l: string) => void) {
  const started = performance.now();
  const count = (kind: keyof typeof proportions, n: number) => Math.max(1, Math.round(n * proportions[kind]));
  // each kind copied from one launch entry: its table, translations, key, template
  const kinds = [
    ['person', 'people', 'person_translations', 'person_id', 'nong-shengwen'],
    ['city', 'cities', 'city_translations', 'city_id', 'vientiane'],
    ['agreement', 'agreements', 'agreement_translations', 'agreement_id', 'nanning-yangon-mou-2025-2026'],
    ['event', 'events', 'event_translations', 'event_id', 'global-mayors-dialogue-nanning-2025'],
  ] as const;
  for (const [kind, table, translations, key, template] of kinds)
    await copyEntities(
      pool,
      table,
      translations,
      key,
      template,
      `scale-${kind}-`,
      from ? count(kind, from) : 0,
      count(kind, to),
    );
  const people = count('person', to);
  const cities = count('city', to);
  const agreements = count('agreement', to);
  const events = count('event', to);

  const texts = await pools(db);
  const rnd = seededRandom(1000 + from);
  const zipf = (n: number) => Math.min(n - 1, Math.floor(Math.pow(rnd(), 2.5) * n));
  const BATCH = 5000;
  for (let start = from; start < to; start += BATCH) {
    const end = Math.min(to, start + BATCH);
    const a = { id: [] as string[], event: [] as string[], at: [] as Date[] };
    const t = {
      id: [] as string[],
      locale: [] as string[],
      slug: [] as string[],
      title: [] as string[],
      standfirst: [] as string[],
      status: [] as string[],
      at: [] as (Date | null)[],
    };
    const p = { id: [] as string[], key: [] as string[], position: [] as number[] };
    const pt = { id: [] as string[], key: [] as string[], locale: [] as string[], text: [] as string[] };
    const m = {
      person: [] as [string, string][],
      city: [] as [string, string][],
      agreement: [] as [string, string][],
    };
    const docs: SearchDocumentRow[] = [];
    for (let n = start; n < end; n++) {
      const id = `scale-${n}`;
      const at = publishedAtOf(n);
      const eventId = `scale-event-${n % events}`;
      a.id.push(id);
      a.event.push(eventId);
      a.at.push(at);
      const mentioned = {
        person: [...new Set([...(rnd() < 0.2 ? [FREQUENT_SPEAKER] : []), `scale-person-${zipf(people)}`])],
        city: [
          ...new Set([`scale-city-${zipf(cities)}`, ...(rnd() < 0.5 ? [`scale-city-${zipf(cities)}`] : [])]),
        ],
        agreement: rnd() < 0.4 ? [`scale-agreement-${zipf(agreements)}`] : [],
      };
      for (const kind of ['person', 'city', 'agreement'] as const)
        for (const e of mentioned[kind]) m[kind].push([id, e]);
      for (let k = 0; k < PARAGRAPHS; k++) {
        p.id.push(id);
        p.key.push(`p${k + 1}`);
        p.position.push(k);
      }
      for (const [li, locale] of locales.entries()) {
        const pool = texts[locale];
        // a few versions still in the newsroom: 3 % of Vietnamese drafts, 1 % of English in review
        const status =
          locale === 'vi' && n % 33 === 7
            ? 'draft'
            : locale === 'en' && n % 97 === 5
              ? 'in_review'
              : 'published';
        const title = pool.titles[(n * 7 + li) % pool.titles.length]!;
        const paragraphs = Array.from(
          { length: PARAGRAPHS },
          (_, k) => pool.paragraphs[(n * 31 + k * 17 + li) % pool.paragraphs.length]!,
        );
        t.id.push(id);
        t.locale.push(locale);
        t.slug.push(`scale-${n}`);
        t.title.push(title);
        t.standfirst.push(paragraphs[0]!.slice(0, 160));
        t.status.push(status);
        t.at.push(status === 'published' ? at : null);
        paragraphs.forEach((text, k) => {
          pt.id.push(id);
          pt.key.push(`p${k + 1}`);
          pt.locale.push(locale);
          pt.text.push(text);
        });
        if (status === 'published')
          docs.push({
            kind: 'article',
            entityId: id,
            locale,
            title,
            body: paragraphs.join('\n'),
            path: `/articles/scale-${n}`,
            eventId,
            publishedAt: at,
            entities: [
              ...mentioned.person.map((e) => `person:${e}`),
              ...mentioned.city.map((e) => `city:${e}`),
              ...mentioned.agreement.map((e) => `agreement:${e}`),
            ],
          });
      }
    }
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      // bulk rows without the triggers: what they keep is filled below, set by set
      await client.query("SET LOCAL session_replication_role = 'replica'");
      await client.query(
        `INSERT INTO articles (id, event_id, original_locale, created_at, touched_at)
         SELECT id, ev, 'zh', at, at FROM unnest($1::text[], $2::text[], $3::timestamptz[]) AS x(id, ev, at)`,
        [a.id, a.event, a.at],
      );
      await client.query(
        `INSERT INTO article_translations (article_id, locale, slug, title, standfirst, status, published_at, updated_at, revision)
         SELECT id, l::locale, slug, title, sf, st::translation_status, at, coalesce(at, now()), 1
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[]) AS x(id, l, slug, title, sf, st, at)`,
        [t.id, t.locale, t.slug, t.title, t.standfirst, t.status, t.at],
      );
      await client.query(
        `INSERT INTO article_paragraphs (article_id, key, position) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])`,
        [p.id, p.key, p.position],
      );
      await client.query(
        `INSERT INTO paragraph_translations (article_id, paragraph_key, locale, text, reviewed)
         SELECT id, k, l::locale, tx, true FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS x(id, k, l, tx)`,
        [pt.id, pt.key, pt.locale, pt.text],
      );
      for (const [kind, table, column] of [
        ['person', 'article_people', 'person_id'],
        ['city', 'article_cities', 'city_id'],
        ['agreement', 'article_agreements', 'agreement_id'],
      ] as const)
        await client.query(
          `INSERT INTO ${table} (article_id, ${column}) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
          [m[kind].map((x) => x[0]), m[kind].map((x) => x[1])],
        );
      // what the triggers keep, for these reports
      await client.query(
        `INSERT INTO report_list_entries (list, locale, article_id, published_at, updated_at)
         SELECT l.list, t.locale, t.article_id, t.published_at, t.updated_at
         FROM article_translations t
         CROSS JOIN LATERAL (
           SELECT 'all'::text AS list
           UNION ALL SELECT 'event:' || a.event_id FROM articles a WHERE a.id = t.article_id AND a.event_id IS NOT NULL
           UNION ALL SELECT 'person:' || p.person_id FROM article_people p WHERE p.article_id = t.article_id
           UNION ALL SELECT 'city:' || c.city_id FROM article_cities c WHERE c.article_id = t.article_id
           UNION ALL SELECT 'agreement:' || g.agreement_id FROM article_agreements g WHERE g.article_id = t.article_id) l
         WHERE t.article_id = ANY($1::text[]) AND t.status = 'published' AND t.published_at IS NOT NULL`,
        [a.id],
      );
      await client.query(
        `INSERT INTO dashboard_entries (tag, article_id, touched_at)
         SELECT tag, a.id, a.touched_at FROM articles a, dashboard_tags(a.id) AS tag WHERE a.id = ANY($1::text[])`,
        [a.id],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
    await writeDocuments(db, docs);
    if ((end - from) % 20_000 === 0 || end === to)
      log(`  ${end.toLocaleString('en')} reports (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  // the tables the triggers keep for the whole archive
  await pool.query(`
    TRUNCATE sitemap_days, sitemap_months, version_counts;
    INSERT INTO sitemap_days (day, urls, lastmod)
      SELECT report_day(published_at), count(*), max(updated_at) FROM report_list_entries WHERE list = 'all' GROUP BY 1;
    INSERT INTO sitemap_months (month, urls, lastmod)
      SELECT date_trunc('month', day)::date, sum(urls), max(lastmod) FROM sitemap_days GROUP BY 1;
    INSERT INTO version_counts (locale, status, count)
      SELECT l, s, (SELECT count(*) FROM article_translations t WHERE t.locale = l AND t.status = s)
      FROM unnest(enum_range(NULL::locale)) AS l, unnest(enum_range(NULL::translation_status)) AS s;`);
  await pool.query('VACUUM ANALYZE');
  log(
    `  ${(to - from).toLocaleString('en')} reports added in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}
