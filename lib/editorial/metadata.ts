import { z } from 'zod';
import { invalidFields } from './limits';
import { appDb } from '../db/app-client';
import { isEntityId, pick } from '../model/localized';
import type { Locale } from '../model/locales';
import { audit } from '../auth/audit';
import { authorize } from '../auth/permissions';
import type { Actor } from '../auth/sessions';
import { articleChange, combine, type Change } from '../freshness/change';
import { readArticleFacts } from './article-change';
import { eventOptions } from './dashboard';
import { reindexArticle } from '../search/index';

/**
 * A report's metadata as editors set it: the event it belongs to, the source it is based on (its
 * outlet, release time and credits live on the source), and the people, cities and agreements it
 * mentions (which link it to their pages). Slugs are part of each language version.
 */

const id = z.string().trim().toLowerCase().refine(isEntityId);
export const metadataSchema = z.object({
  articleId: id,
  eventId: id.nullable(),
  sourceId: id.nullable(),
  people: z.array(id).max(200),
  cities: z.array(id).max(200),
  agreements: z.array(id).max(200),
});
export type MetadataInput = z.input<typeof metadataSchema>;
export type MetadataResult =
  | { ok: true; refresh: Change | null }
  | { ok: false; kind: 'invalid'; fields: string[] }
  | { ok: false; kind: 'notFound' };

export type Option = { id: string; name: string; locale: Locale };

const named = (
  rows: Array<{ id: string; translations: Array<{ locale: Locale; name: string }> }>,
  ui: Locale,
): Option[] =>
  rows.map((r) => {
    const name = pick(r.translations, ui, 'name') ?? { text: r.id, locale: 'en' as const };
    return { id: r.id, name: name.text, locale: name.locale };
  });

/** Every event, source, person, city and agreement, named in the newsroom's interface language. */
export async function loadChoices(actor: Actor | null, ui: Locale) {
  authorize(actor, 'dashboard.view');
  const db = appDb();
  const [events, sources, people, cities, agreements] = await Promise.all([
    eventOptions(actor, ui),
    db.source.findMany({ include: { translations: true }, orderBy: [{ releasedAt: 'desc' }, { id: 'asc' }] }),
    db.person.findMany({ include: { translations: true }, orderBy: { id: 'asc' } }),
    db.city.findMany({ include: { translations: true }, orderBy: { id: 'asc' } }),
    db.agreement.findMany({ include: { translations: true }, orderBy: { id: 'asc' } }),
  ]);
  return {
    events,
    sources: sources.map((s): Option => {
      const outlet = pick(s.translations, ui, 'outlet');
      return { id: s.id, name: outlet ? `${outlet.text} (${s.id})` : s.id, locale: outlet?.locale ?? 'en' };
    }),
    people: named(people, ui),
    cities: named(cities, ui),
    agreements: named(agreements, ui),
  };
}

/** The countries a city can be in, named in the interface language. */
export async function countryChoices(actor: Actor | null, ui: Locale): Promise<Option[]> {
  authorize(actor, 'dashboard.view');
  const countries = await appDb().country.findMany({
    include: { translations: true },
    orderBy: { id: 'asc' },
  });
  return countries.map((c) => {
    const name = pick(c.translations, ui, 'name');
    return { id: c.id, name: name?.text ?? c.id, locale: name?.locale ?? 'en' };
  });
}

/** A report's current metadata and every choice. */
export async function loadMetadata(actor: Actor | null, articleId: string, ui: Locale) {
  const options = await loadChoices(actor, ui);
  if (!isEntityId(articleId)) return null;
  const article = await appDb().article.findUnique({
    where: { id: articleId },
    include: {
      people: true,
      cities: true,
      agreements: true,
      translations: { select: { locale: true, title: true, status: true } },
    },
  });
  if (!article) return null;
  return {
    article: {
      id: article.id,
      originalLocale: article.originalLocale,
      title: pick(article.translations, ui, 'title'),
      languages: article.translations.map((t) => t.locale),
      eventId: article.eventId,
      sourceId: article.sourceId,
      people: article.people.map((p) => p.personId),
      cities: article.cities.map((c) => c.cityId),
      agreements: article.agreements.map((a) => a.agreementId),
    },
    options,
  };
}

export async function saveMetadata(actor: Actor | null, input: MetadataInput): Promise<MetadataResult> {
  const editor = authorize(actor, 'article.structure');
  const parsed = metadataSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      kind: 'invalid',
      fields: invalidFields(parsed.error),
    };
  const data = parsed.data;
  const db = appDb();
  if (!(await db.article.count({ where: { id: data.articleId } }))) return { ok: false, kind: 'notFound' };
  const unique = (ids: string[]) => [...new Set(ids)];
  const [people, cities, agreements] = [unique(data.people), unique(data.cities), unique(data.agreements)];
  const [events, sources, foundPeople, foundCities, foundAgreements] = await Promise.all([
    data.eventId ? db.event.count({ where: { id: data.eventId } }) : 1,
    data.sourceId ? db.source.count({ where: { id: data.sourceId } }) : 1,
    db.person.count({ where: { id: { in: people } } }),
    db.city.count({ where: { id: { in: cities } } }),
    db.agreement.count({ where: { id: { in: agreements } } }),
  ]);
  const fields = [
    events ? null : 'eventId',
    sources ? null : 'sourceId',
    foundPeople === people.length ? null : 'people',
    foundCities === cities.length ? null : 'cities',
    foundAgreements === agreements.length ? null : 'agreements',
  ].filter((f): f is string => f !== null);
  if (fields.length) return { ok: false, kind: 'invalid', fields };

  // pages that linked the report before the change go stale too (a removed mention)
  const before = await readArticleFacts(db, data.articleId);
  // the mentions and the search index change together, or neither does
  const published = await db.$transaction(async (tx) => {
    await tx.article.update({
      where: { id: data.articleId },
      data: { eventId: data.eventId, sourceId: data.sourceId },
    });
    await tx.articlePerson.deleteMany({ where: { articleId: data.articleId } });
    await tx.articleCity.deleteMany({ where: { articleId: data.articleId } });
    await tx.articleAgreement.deleteMany({ where: { articleId: data.articleId } });
    await tx.articlePerson.createMany({
      data: people.map((personId) => ({ articleId: data.articleId, personId })),
    });
    await tx.articleCity.createMany({
      data: cities.map((cityId) => ({ articleId: data.articleId, cityId })),
    });
    await tx.articleAgreement.createMany({
      data: agreements.map((agreementId) => ({ articleId: data.articleId, agreementId })),
    });
    const count = await tx.articleTranslation.count({
      where: { articleId: data.articleId, status: 'published' },
    });
    if (count) await reindexArticle(tx, data.articleId);
    await audit(
      {
        actorId: editor.id,
        action: 'metadata_save',
        subject: `article:${data.articleId}`,
        details: { eventId: data.eventId, sourceId: data.sourceId, people, cities, agreements },
      },
      tx,
    );
    return count > 0;
  });
  if (!published) return { ok: true, refresh: null };
  // after: the same versions with the mentions this save wrote (nothing read again)
  const after = before && { ...before, eventId: data.eventId, people, cities, agreements };
  return { ok: true, refresh: combine(articleChange(before), articleChange(after)) };
}
