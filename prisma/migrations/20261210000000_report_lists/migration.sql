-- Issue 29: every list of reports, and the sitemaps' parts, read by index ranges whose cost does
-- not grow with the archive (docs/decisions/028).
--
-- report_list_entries: one row per published language version per list it appears on ('all',
-- 'event:<id>', 'person:<id>', 'city:<id>', 'agreement:<id>'), kept by triggers from the tables
-- that decide it, so every writer (newsroom, import, seed) keeps it true. A page of a list is a
-- keyset range of its index.
CREATE TABLE "report_list_entries" (
    "list" TEXT NOT NULL,
    "locale" "locale" NOT NULL,
    "article_id" TEXT NOT NULL,
    "published_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "report_list_entries_pkey" PRIMARY KEY ("list", "locale", "article_id")
);
CREATE INDEX "report_list_entries_order_idx" ON "report_list_entries"("list", "locale", "published_at" DESC, "article_id" DESC);
CREATE INDEX "report_list_entries_article_id_idx" ON "report_list_entries"("article_id");
-- a sitemap part's and the news sitemap's range: every language by time of publication
CREATE INDEX "report_list_entries_time_idx" ON "report_list_entries"("list", "published_at", "article_id", "locale");

-- sitemap_days: how many report URLs each day of publication holds, and when that day's URLs last
-- changed (a part's true lastmod). The sitemap index groups the days into months, or lists a
-- month's days when it holds more URLs than a part may.
CREATE TABLE "sitemap_days" (
    "day" DATE NOT NULL,
    "urls" INTEGER NOT NULL DEFAULT 0,
    "lastmod" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "sitemap_days_pkey" PRIMARY KEY ("day")
);
-- the same by month (its first day): the index reads one row per month
CREATE TABLE "sitemap_months" (
    "month" DATE NOT NULL,
    "urls" INTEGER NOT NULL DEFAULT 0,
    "lastmod" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "sitemap_months_pkey" PRIMARY KEY ("month")
);

-- version_counts: the newsroom's counts of language versions by language and state, kept by a
-- trigger (the dashboard shows them without counting).
CREATE TABLE "version_counts" (
    "locale" "locale" NOT NULL,
    "status" "translation_status" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "version_counts_pkey" PRIMARY KEY ("locale", "status")
);

-- A 404's "read it in another language" finds a report by its slug in any language.
CREATE INDEX "article_translations_slug_idx" ON "article_translations"("slug");

-- The newsroom dashboard's order: a report's latest change of any of its versions.
ALTER TABLE "articles" ADD COLUMN "touched_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
CREATE INDEX "articles_touched_at_id_idx" ON "articles"("touched_at" DESC, "id" DESC);

-- The day a URL is counted in: the UTC date of its publication.
CREATE FUNCTION report_day(at TIMESTAMPTZ) RETURNS DATE
  LANGUAGE sql IMMUTABLE AS $$ SELECT (at AT TIME ZONE 'UTC')::date $$;

-- Rewrites one report's list entries from its tables, and the sitemap days they touch.
CREATE FUNCTION refresh_report_lists(aid TEXT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  old_days DATE[];
  old_sig TEXT[];
  new_days DATE[];
  new_sig TEXT[];
BEGIN
  SELECT coalesce(array_agg(report_day(published_at) ORDER BY locale), '{}'),
         coalesce(array_agg(locale::text || published_at::text || updated_at::text ORDER BY locale), '{}')
    INTO old_days, old_sig FROM report_list_entries WHERE list = 'all' AND article_id = aid;
  DELETE FROM report_list_entries WHERE article_id = aid;
  INSERT INTO report_list_entries (list, locale, article_id, published_at, updated_at)
  SELECT l.list, t.locale, aid, t.published_at, t.updated_at
  FROM article_translations t
  CROSS JOIN LATERAL (
    SELECT 'all'::text AS list
    UNION ALL SELECT 'event:' || a.event_id FROM articles a WHERE a.id = aid AND a.event_id IS NOT NULL
    UNION ALL SELECT 'person:' || p.person_id FROM article_people p WHERE p.article_id = aid
    UNION ALL SELECT 'city:' || c.city_id FROM article_cities c WHERE c.article_id = aid
    UNION ALL SELECT 'agreement:' || g.agreement_id FROM article_agreements g WHERE g.article_id = aid
  ) l
  WHERE t.article_id = aid AND t.status = 'published' AND t.published_at IS NOT NULL;
  SELECT coalesce(array_agg(report_day(published_at) ORDER BY locale), '{}'),
         coalesce(array_agg(locale::text || published_at::text || updated_at::text ORDER BY locale), '{}')
    INTO new_days, new_sig FROM report_list_entries WHERE list = 'all' AND article_id = aid;
  IF old_sig = new_sig THEN RETURN; END IF;

  -- the sitemap: a day's count follows its URLs; its lastmod is the newest change of its URLs
  INSERT INTO sitemap_days AS d (day, urls, lastmod)
  SELECT day, -count(*)::int, now() FROM unnest(old_days) AS day GROUP BY day
  ON CONFLICT (day) DO UPDATE SET urls = d.urls + EXCLUDED.urls, lastmod = GREATEST(d.lastmod, EXCLUDED.lastmod);
  INSERT INTO sitemap_days AS d (day, urls, lastmod)
  SELECT report_day(published_at), count(*)::int, max(updated_at)
  FROM report_list_entries WHERE list = 'all' AND article_id = aid GROUP BY 1
  ON CONFLICT (day) DO UPDATE SET urls = d.urls + EXCLUDED.urls, lastmod = GREATEST(d.lastmod, EXCLUDED.lastmod);
  INSERT INTO sitemap_months AS m (month, urls, lastmod)
  SELECT date_trunc('month', day)::date, -count(*)::int, now() FROM unnest(old_days) AS day GROUP BY 1
  ON CONFLICT (month) DO UPDATE SET urls = m.urls + EXCLUDED.urls, lastmod = GREATEST(m.lastmod, EXCLUDED.lastmod);
  INSERT INTO sitemap_months AS m (month, urls, lastmod)
  SELECT date_trunc('month', report_day(published_at))::date, count(*)::int, max(updated_at)
  FROM report_list_entries WHERE list = 'all' AND article_id = aid GROUP BY 1
  ON CONFLICT (month) DO UPDATE SET urls = m.urls + EXCLUDED.urls, lastmod = GREATEST(m.lastmod, EXCLUDED.lastmod);
  -- every URL of the report names the others as alternates: a language added or withdrawn
  -- changes the days of the ones that stay
  IF cardinality(old_days) > 0 AND cardinality(old_days) <> cardinality(new_days) THEN
    UPDATE sitemap_days SET lastmod = GREATEST(lastmod, now()) WHERE day = ANY(new_days);
    UPDATE sitemap_months SET lastmod = GREATEST(lastmod, now())
      WHERE month IN (SELECT date_trunc('month', d)::date FROM unnest(new_days) AS d);
  END IF;
END $$;

CREATE FUNCTION report_lists_from_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND TG_TABLE_NAME = 'articles' THEN
    IF TG_OP = 'DELETE' THEN PERFORM refresh_report_lists(OLD.id); END IF;
    IF TG_OP = 'UPDATE' THEN PERFORM refresh_report_lists(NEW.id); END IF;
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM refresh_report_lists(OLD.article_id); END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.article_id <> OLD.article_id) THEN
    PERFORM refresh_report_lists(NEW.article_id);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER report_lists_translations
  AFTER INSERT OR DELETE OR UPDATE OF status, published_at, updated_at, article_id ON article_translations
  FOR EACH ROW EXECUTE FUNCTION report_lists_from_row();
CREATE TRIGGER report_lists_event
  AFTER UPDATE OF event_id ON articles
  FOR EACH ROW WHEN (OLD.event_id IS DISTINCT FROM NEW.event_id) EXECUTE FUNCTION report_lists_from_row();
CREATE TRIGGER report_lists_people AFTER INSERT OR DELETE OR UPDATE ON article_people
  FOR EACH ROW EXECUTE FUNCTION report_lists_from_row();
CREATE TRIGGER report_lists_cities AFTER INSERT OR DELETE OR UPDATE ON article_cities
  FOR EACH ROW EXECUTE FUNCTION report_lists_from_row();
CREATE TRIGGER report_lists_agreements AFTER INSERT OR DELETE OR UPDATE ON article_agreements
  FOR EACH ROW EXECUTE FUNCTION report_lists_from_row();

-- A version's change moves its report up the newsroom's dashboard, and the counts follow. The
-- counts' rows exist for every language and state (below), so a change is one UPDATE of at most
-- two rows, locked in the index's order (two opposite changes cannot deadlock); a save that keeps
-- the state does not touch them, so concurrent saves do not wait on each other here.
CREATE FUNCTION versions_from_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE version_counts SET count = count + 1 WHERE locale = NEW.locale AND status = NEW.status;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE version_counts SET count = count - 1 WHERE locale = OLD.locale AND status = OLD.status;
  ELSIF (OLD.locale, OLD.status) IS DISTINCT FROM (NEW.locale, NEW.status) THEN
    UPDATE version_counts
      SET count = count + CASE WHEN (locale, status) = (NEW.locale, NEW.status) THEN 1 ELSE -1 END
      WHERE (locale, status) IN ((OLD.locale, OLD.status), (NEW.locale, NEW.status));
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE articles SET touched_at = NEW.updated_at WHERE id = NEW.article_id AND touched_at < NEW.updated_at;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER version_counts_translations
  AFTER INSERT OR DELETE OR UPDATE OF status, locale, updated_at ON article_translations
  FOR EACH ROW EXECUTE FUNCTION versions_from_row();

-- What exists already.
INSERT INTO version_counts (locale, status, count)
  SELECT l, s, (SELECT count(*) FROM article_translations t WHERE t.locale = l AND t.status = s)
  FROM unnest(enum_range(NULL::locale)) AS l, unnest(enum_range(NULL::translation_status)) AS s;
UPDATE articles a SET touched_at = GREATEST(a.created_at, (SELECT max(updated_at) FROM article_translations t WHERE t.article_id = a.id));
SELECT refresh_report_lists(id) FROM articles;
