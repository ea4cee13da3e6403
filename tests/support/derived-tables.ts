import { expect } from 'vitest';
import { appDb } from '@/lib/db/app-client';

/**
 * The tables the triggers keep (prisma/migrations/20261210000000_report_lists) against the same
 * facts computed from scratch: the report lists, the sitemap's days and months, the version
 * counts, the dashboard's order and filters. Any difference is a row the triggers got wrong.
 */
export async function expectDerivedTablesTrue(context = ''): Promise<void> {
  expect(await derivedTableDifferences(), `the triggers' tables ${context}`).toEqual([]);
}

/** Each row where a kept table and the recomputation differ: what, and the row. */
export async function derivedTableDifferences(): Promise<Array<{ what: string; row: string }>> {
  const db = appDb();
  return db.$queryRaw<Array<{ what: string; row: string }>>`
    WITH derived AS (
      SELECT l.list, t.locale, t.article_id, t.published_at, t.updated_at
      FROM article_translations t
      JOIN articles a ON a.id = t.article_id
      CROSS JOIN LATERAL (
        SELECT 'all'::text AS list
        UNION ALL SELECT 'event:' || a.event_id WHERE a.event_id IS NOT NULL
        UNION ALL SELECT 'person:' || p.person_id FROM article_people p WHERE p.article_id = t.article_id
        UNION ALL SELECT 'city:' || c.city_id FROM article_cities c WHERE c.article_id = t.article_id
        UNION ALL SELECT 'agreement:' || g.agreement_id FROM article_agreements g WHERE g.article_id = t.article_id) l
      WHERE t.status = 'published' AND t.published_at IS NOT NULL
    ),
    kept AS (SELECT list, locale, article_id, published_at, updated_at FROM report_list_entries),
    days AS (SELECT report_day(published_at) AS day, count(*)::int AS urls FROM derived WHERE list = 'all' GROUP BY 1),
    months AS (SELECT date_trunc('month', day)::date AS month, sum(urls)::int AS urls FROM days GROUP BY 1),
    counts AS (SELECT locale, status, count(*)::int AS count FROM article_translations GROUP BY 1, 2),
    -- the dashboard's filters, written out apart from the trigger's function
    version_states AS (
      SELECT a.id AS article_id, l.locale::text AS locale,
             CASE WHEN t.status IS NULL THEN 'missing' WHEN t.status = 'in_review' THEN 'inReview'
                  WHEN t.status = 'approved' AND t.scheduled_at IS NOT NULL THEN 'scheduled'
                  ELSE t.status::text END AS state
      FROM articles a CROSS JOIN unnest(enum_range(NULL::locale)) AS l(locale)
      LEFT JOIN article_translations t ON t.article_id = a.id AND t.locale = l.locale
      UNION ALL
      SELECT article_id, locale::text, 'outdated' FROM article_translations WHERE outdated_since IS NOT NULL
    ),
    state_tags AS (
      SELECT article_id, state AS tag FROM version_states
      UNION SELECT article_id, locale || ':' || state FROM version_states
    ),
    dashboard AS (
      SELECT s.tag, a.id AS article_id, a.touched_at FROM state_tags s JOIN articles a ON a.id = s.article_id
      UNION SELECT 'event:' || a.event_id, a.id, a.touched_at FROM articles a WHERE a.event_id IS NOT NULL
      UNION SELECT 'event:' || a.event_id || '|' || s.tag, a.id, a.touched_at
        FROM state_tags s JOIN articles a ON a.id = s.article_id WHERE a.event_id IS NOT NULL
    ),
    dashboard_kept AS (SELECT tag, article_id, touched_at FROM dashboard_entries)
    SELECT 'list entry missing' AS what, row(d.*)::text AS row FROM (SELECT * FROM derived EXCEPT SELECT * FROM kept) d
    UNION ALL SELECT 'list entry extra', row(k.*)::text FROM (SELECT * FROM kept EXCEPT SELECT * FROM derived) k
    UNION ALL SELECT 'sitemap day', row(x.*)::text FROM (
      (SELECT day, urls FROM days EXCEPT SELECT day, urls FROM sitemap_days WHERE urls > 0)
      UNION ALL (SELECT day, urls FROM sitemap_days WHERE urls <> 0 EXCEPT SELECT day, urls FROM days)) x
    UNION ALL SELECT 'sitemap month', row(x.*)::text FROM (
      (SELECT month, urls FROM months EXCEPT SELECT month, urls FROM sitemap_months WHERE urls > 0)
      UNION ALL (SELECT month, urls FROM sitemap_months WHERE urls <> 0 EXCEPT SELECT month, urls FROM months)) x
    UNION ALL SELECT 'version count', row(x.*)::text FROM (
      (SELECT locale, status, count FROM counts EXCEPT SELECT locale, status, count FROM version_counts)
      UNION ALL (SELECT locale, status, count FROM version_counts WHERE count <> 0
                 EXCEPT SELECT locale, status, count FROM counts)) x
    UNION ALL SELECT 'dashboard entry missing', row(x.*)::text FROM (SELECT * FROM dashboard EXCEPT SELECT * FROM dashboard_kept) x
    UNION ALL SELECT 'dashboard entry extra', row(x.*)::text FROM (SELECT * FROM dashboard_kept EXCEPT SELECT * FROM dashboard) x
    UNION ALL SELECT 'dashboard order', a.id FROM articles a
      WHERE a.touched_at < (SELECT max(updated_at) FROM article_translations t WHERE t.article_id = a.id)`;
}
