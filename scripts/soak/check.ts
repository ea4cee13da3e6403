import pg from 'pg';
import type { NewsroomLog } from './editors';

/**
 * The soak's end: the editors' own log against what the database holds. Answers what is wrong,
 * in words (empty when everything the server acknowledged is there, once).
 */
export async function checkNewsroom(databaseUrl: string, log: NewsroomLog): Promise<string[]> {
  const problems: string[] = [];
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    // every acknowledged save is the revision it was acknowledged as, and still in the version's
    // working text — the live text, or the latest revision while a correction of a published version
    // waits (editors only append, so a token that is gone was overwritten without the editor seeing it)
    const seenRevisions = new Map<string, string>();
    for (const save of log.acknowledged) {
      const version = `${save.articleId}/${save.locale}`;
      const other = seenRevisions.get(`${version}#${save.revision}`);
      if (other)
        problems.push(`${version}: revision ${save.revision} acknowledged twice (${other}, ${save.token})`);
      seenRevisions.set(`${version}#${save.revision}`, save.token);
      const revision = await db.query<{ paragraphs: Array<{ key: string }> }>(
        'SELECT paragraphs FROM article_revisions WHERE article_id = $1 AND locale = $2 AND number = $3',
        [save.articleId, save.locale, save.revision],
      );
      const stored = revision.rows[0]?.paragraphs.find((p) => p.key === save.key);
      if (!stored || !JSON.stringify(stored).includes(save.token))
        problems.push(`${version}: revision ${save.revision} does not hold ${save.token} in ${save.key}`);
      const working = await db.query<{ text: string }>(
        `SELECT coalesce(
           (SELECT p->>'runs' FROM article_translations t
              JOIN article_revisions r ON r.article_id = t.article_id AND r.locale = t.locale AND r.number = t.revision,
              jsonb_array_elements(r.paragraphs) p
            WHERE t.article_id = $1 AND t.locale = $2::locale AND t.correction IS NOT NULL AND p->>'key' = $3),
           (SELECT text FROM paragraph_translations WHERE article_id = $1 AND locale = $2::locale AND paragraph_key = $3)
         ) AS text`,
        [save.articleId, save.locale, save.key],
      );
      if (!working.rows[0]?.text?.includes(save.token))
        problems.push(`${version}: ${save.token} (revision ${save.revision}) was overwritten in ${save.key}`);
    }

    // no half-written save: the live text of every version is its latest revision's
    // (or, while a correction waits, a part of it: the correction only appended to what is live)
    const versions = await db.query<{
      article_id: string;
      locale: string;
      revision: number;
      waiting: boolean;
    }>(
      'SELECT article_id, locale::text, revision, correction IS NOT NULL AS waiting FROM article_translations',
    );
    for (const v of versions.rows) {
      const latest = await db.query<{ number: number; paragraphs: unknown }>(
        'SELECT number, paragraphs FROM article_revisions WHERE article_id = $1 AND locale = $2 ORDER BY number DESC LIMIT 1',
        [v.article_id, v.locale],
      );
      const live = await db.query<{ text: string }>(
        'SELECT text FROM paragraph_translations WHERE article_id = $1 AND locale = $2',
        [v.article_id, v.locale],
      );
      const tokens = (text: string) => new Set(text.match(/soak\w+?n\d+/g) ?? []);
      const inLive = tokens(live.rows.map((r) => r.text).join(' '));
      const row = latest.rows[0];
      if (!row) continue;
      const inRevision = tokens(JSON.stringify(row.paragraphs));
      if (row.number !== v.revision)
        problems.push(`${v.article_id}/${v.locale}: at revision ${v.revision}, latest stored ${row.number}`);
      if (
        [...inLive].some((t) => !inRevision.has(t)) ||
        (!v.waiting && [...inRevision].some((t) => !inLive.has(t)))
      )
        problems.push(`${v.article_id}/${v.locale}: the live text and revision ${row.number} differ`);
    }

    // every scheduled version published exactly once, at its time
    for (const s of log.scheduled) {
      const published = await db.query<{ n: string }>(
        `SELECT count(*) AS n FROM audit_log
          WHERE action = 'publish' AND subject = $1 AND details->>'scheduled' = $2`,
        [`article:${s.articleId}/${s.locale}`, s.at],
      );
      const n = Number(published.rows[0]?.n);
      if (n !== 1) problems.push(`${s.articleId}/${s.locale} scheduled for ${s.at}: published ${n} times`);
    }
    const due = await db.query<{ article_id: string; locale: string }>(
      `SELECT article_id, locale::text FROM article_translations
        WHERE status = 'approved' AND scheduled_at <= now()`,
    );
    for (const v of due.rows) problems.push(`${v.article_id}/${v.locale}: due but not published`);
  } finally {
    await db.end();
  }
  return problems;
}
