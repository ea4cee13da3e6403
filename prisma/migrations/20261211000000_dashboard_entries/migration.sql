-- The newsroom's filters as ranges (issue 29, docs/decisions/029): one row per report and filter it
-- answers — a state in any language (`draft`), a state in one language (`vi:draft`), an event
-- (`event:<id>`) and an event with a state (`event:<id>|draft`, `event:<id>|vi:draft`) — with the
-- report's last change, so a filtered page is one range of an index, whatever the state's rarity.
-- States as the newsroom names them: missing, draft, inReview, approved, scheduled, published,
-- and outdated beside the status.
CREATE TABLE "dashboard_entries" (
    "tag" TEXT NOT NULL,
    "article_id" TEXT NOT NULL,
    "touched_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "dashboard_entries_pkey" PRIMARY KEY ("tag", "article_id"),
    CONSTRAINT "dashboard_entries_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "dashboard_entries_page_idx" ON "dashboard_entries"("tag", "touched_at" DESC, "article_id" DESC);
CREATE INDEX "dashboard_entries_article_id_idx" ON "dashboard_entries"("article_id");

-- The filters one report answers, from its versions and its event.
CREATE FUNCTION dashboard_tags(aid TEXT) RETURNS SETOF TEXT LANGUAGE sql STABLE AS $$
  WITH states AS (
    SELECT l::text AS locale,
           CASE WHEN t.article_id IS NULL THEN 'missing'
                WHEN t.status = 'in_review' THEN 'inReview'
                WHEN t.status = 'approved' AND t.scheduled_at IS NOT NULL THEN 'scheduled'
                ELSE t.status::text END AS state
    FROM unnest(enum_range(NULL::locale)) AS l
    LEFT JOIN article_translations t ON t.article_id = aid AND t.locale = l
    UNION ALL
    SELECT t.locale::text, 'outdated' FROM article_translations t
    WHERE t.article_id = aid AND t.outdated_since IS NOT NULL
  ), states_tags AS (
    SELECT state AS tag FROM states UNION SELECT locale || ':' || state FROM states
  )
  SELECT s.tag FROM states_tags s WHERE EXISTS (SELECT 1 FROM articles WHERE id = aid)
  UNION SELECT 'event:' || a.event_id FROM articles a WHERE a.id = aid AND a.event_id IS NOT NULL
  UNION SELECT 'event:' || a.event_id || '|' || s.tag FROM articles a, states_tags s
        WHERE a.id = aid AND a.event_id IS NOT NULL
$$;

-- Rewrites one report's entries. Two writers of one report (two languages saved at once) take
-- turns: each statement after the lock sees what the other committed.
CREATE FUNCTION refresh_dashboard_entries(aid TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('dashboard:' || aid, 0));
  DELETE FROM dashboard_entries WHERE article_id = aid;
  INSERT INTO dashboard_entries (tag, article_id, touched_at)
    SELECT tag, aid, a.touched_at FROM articles a, dashboard_tags(aid) AS tag WHERE a.id = aid;
END $$;

CREATE FUNCTION dashboard_from_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'articles' THEN
    PERFORM refresh_dashboard_entries(NEW.id);
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM refresh_dashboard_entries(OLD.article_id); END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.article_id <> OLD.article_id) THEN
    PERFORM refresh_dashboard_entries(NEW.article_id);
  END IF;
  RETURN NULL;
END $$;

-- named to follow version_counts_translations, which moves the report's touched_at first
CREATE TRIGGER versions_dashboard_translations
  AFTER INSERT OR DELETE OR UPDATE OF status, scheduled_at, outdated_since, locale, article_id ON article_translations
  FOR EACH ROW EXECUTE FUNCTION dashboard_from_row();
CREATE TRIGGER dashboard_articles
  AFTER INSERT OR UPDATE OF event_id, touched_at ON articles
  FOR EACH ROW EXECUTE FUNCTION dashboard_from_row();

-- The report lists' refresh takes the same turns (two languages published at once each rewrote
-- the report's entries from what it saw).
CREATE OR REPLACE FUNCTION refresh_report_lists_locked(aid TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('lists:' || aid, 0));
  PERFORM refresh_report_lists(aid);
END $$;
CREATE OR REPLACE FUNCTION report_lists_from_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND TG_TABLE_NAME = 'articles' THEN
    IF TG_OP = 'DELETE' THEN PERFORM refresh_report_lists_locked(OLD.id); END IF;
    IF TG_OP = 'UPDATE' THEN PERFORM refresh_report_lists_locked(NEW.id); END IF;
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM refresh_report_lists_locked(OLD.article_id); END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.article_id <> OLD.article_id) THEN
    PERFORM refresh_report_lists_locked(NEW.article_id);
  END IF;
  RETURN NULL;
END $$;

-- What exists already.
INSERT INTO dashboard_entries (tag, article_id, touched_at)
  SELECT tag, a.id, a.touched_at FROM articles a, dashboard_tags(a.id) AS tag;
