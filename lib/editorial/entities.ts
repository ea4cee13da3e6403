import { z } from 'zod';
import { invalidFields } from './limits';
import { appDb } from '../db/app-client';
import { Prisma } from '../db/generated/client';
import { isEntityId, pick } from '../data/localized';
import { locales, type Locale } from '../i18n/locales';
import { audit } from '../auth/audit';
import { authorize } from '../auth/permissions';
import type { Actor } from '../auth/sessions';
import type { Refresh } from './refresh';
import { reindexEntity } from '../search/index';

/**
 * The glossary as editors keep it: people, cities, agreements, sources and events, each with a
 * name per language and — for the names the glossary checks and links (people, cities,
 * agreements) — the spelling variants known per language. Each type has the few fields it cannot
 * exist without (a city's country and position, an event's dates …); the rest of the launch
 * content's detail (roles, programmes, figures) stays in content/.
 */

export const entityTypes = ['person', 'city', 'agreement', 'source', 'event'] as const;
export type EntityType = (typeof entityTypes)[number];
export const hasVariants = (type: EntityType) => type === 'person' || type === 'city' || type === 'agreement';

export const cityKinds = ['city', 'capitalCity', 'province', 'state'] as const;
export const agreementKinds = ['jointInitiative', 'memorandum', 'projectPackage', 'jointConsensus'] as const;
export const sourceKinds = ['pressRelease', 'newsReport', 'newspaperReport'] as const;

const id = z.string().trim().toLowerCase().refine(isEntityId);
const name = z.string().trim().max(300);
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)));
const optionalDate = z.union([z.literal(''), date]).transform((d) => (d ? new Date(`${d}T00:00:00Z`) : null));
const variantsSchema = z
  .string()
  .max(5000)
  .transform((v) => [
    ...new Set(
      v
        .split('\n')
        .map((x) => x.normalize('NFC').trim())
        .filter(Boolean),
    ),
  ])
  .pipe(z.array(z.string().max(300)).max(50));

const common = {
  id,
  names: z.partialRecord(z.enum(locales), name),
  variants: z.partialRecord(z.enum(locales), variantsSchema).default({}),
};
export const entitySchemas = {
  person: z.object({ ...common, cityId: z.union([z.literal(''), id]).transform((v) => v || null) }),
  city: z.object({
    ...common,
    countryId: id,
    kind: z.enum(cityKinds),
    latitude: z.coerce.number().min(-90).max(90),
    longitude: z.coerce.number().min(-180).max(180),
  }),
  agreement: z.object({
    ...common,
    kind: z.enum(agreementKinds),
    eventId: z.union([z.literal(''), id]).transform((v) => v || null),
    signedOn: optionalDate,
  }),
  source: z.object({
    ...common,
    kind: z.enum(sourceKinds),
    releasedOn: optionalDate,
    /** "Reviewer 1: Huang Mengyao" per line, as printed under the release */
    reviewers: z
      .string()
      .max(5000)
      .transform((v) =>
        v
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
          .map((line) => {
            const m = /^(.{1,80}?)\s*[:：]\s*(.{1,120})$/u.exec(line);
            return m ? { role: m[1]!, name: m[2]! } : null;
          }),
      )
      .refine((rows) => rows.every(Boolean), 'reviewers')
      .transform((rows) => rows as Array<{ role: string; name: string }>),
  }),
  event: z.object({ ...common, cityId: id, startsOn: date, endsOn: date }),
} as const;

export type EntityInput = { type: EntityType; create: boolean; values: Record<string, unknown> };
export type EntityResult =
  | { ok: true; id: string; refresh: Refresh }
  | { ok: false; kind: 'invalid'; fields: string[] }
  | { ok: false; kind: 'notFound' | 'idTaken' };

/** Every public page shows names (links, lists, maps): a glossary change refreshes them all. */
const everything: Refresh = {
  paths: [],
  tags: ['article-list'],
  patterns: [{ path: '/[locale]', type: 'layout' }],
};

type Named = { locale: Locale; name: string };
type AnyRow = { id: string; translations: Named[] };

/** Lists of each type, named in the interface language, for the glossary page. */
export async function listEntities(actor: Actor | null, ui: Locale) {
  authorize(actor, 'dashboard.view');
  const db = appDb();
  const [people, cities, agreements, sources, events] = await Promise.all([
    db.person.findMany({ include: { translations: true }, orderBy: { id: 'asc' } }),
    db.city.findMany({ include: { translations: true }, orderBy: { id: 'asc' } }),
    db.agreement.findMany({ include: { translations: true }, orderBy: { id: 'asc' } }),
    db.source.findMany({ include: { translations: true }, orderBy: { id: 'asc' } }),
    db.event.findMany({ include: { translations: true }, orderBy: { startsOn: 'desc' } }),
  ]);
  const row = (r: AnyRow) => {
    const shown = pick(r.translations, ui, 'name');
    return {
      id: r.id,
      name: shown?.text ?? r.id,
      locale: shown?.locale ?? ('en' as Locale),
      languages: r.translations.map((t) => t.locale),
    };
  };
  const outlets = (s: { id: string; translations: Array<{ locale: Locale; outlet: string }> }) =>
    row({ id: s.id, translations: s.translations.map((t) => ({ locale: t.locale, name: t.outlet })) });
  return {
    person: people.map(row),
    city: cities.map(row),
    agreement: agreements.map(row),
    source: sources.map(outlets),
    event: events.map(row),
  };
}

export type EntityForm = {
  id: string;
  names: Partial<Record<Locale, string>>;
  variants: Partial<Record<Locale, string>>;
  fields: Record<string, string>;
};

/** One entity as the edit form shows it (strings only), or null when it does not exist. */
export async function loadEntity(
  actor: Actor | null,
  type: EntityType,
  entityId: string,
): Promise<EntityForm | null> {
  authorize(actor, 'dashboard.view');
  if (!isEntityId(entityId)) return null;
  const db = appDb();
  const names = (rows: Named[]) => Object.fromEntries(rows.map((t) => [t.locale, t.name]));
  const variants = (rows: Array<{ locale: Locale | null; name: string }>) =>
    Object.fromEntries(
      locales.map((l) => [
        l,
        rows
          .filter((a) => a.locale === l || (a.locale === null && l === 'en'))
          .map((a) => a.name)
          .join('\n'),
      ]),
    );
  const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? '';
  switch (type) {
    case 'person': {
      const p = await db.person.findUnique({
        where: { id: entityId },
        include: { translations: true, aliases: true },
      });
      return (
        p && {
          id: p.id,
          names: names(p.translations),
          variants: variants(p.aliases),
          fields: { cityId: p.cityId ?? '' },
        }
      );
    }
    case 'city': {
      const c = await db.city.findUnique({
        where: { id: entityId },
        include: { translations: true, aliases: true },
      });
      return (
        c && {
          id: c.id,
          names: names(c.translations),
          variants: variants(c.aliases),
          fields: {
            countryId: c.countryId,
            kind: c.kind,
            latitude: String(c.latitude),
            longitude: String(c.longitude),
          },
        }
      );
    }
    case 'agreement': {
      const a = await db.agreement.findUnique({
        where: { id: entityId },
        include: { translations: true, aliases: true },
      });
      return (
        a && {
          id: a.id,
          names: names(a.translations),
          variants: variants(a.aliases),
          fields: { kind: a.kind, eventId: a.eventId ?? '', signedOn: day(a.signedOn) },
        }
      );
    }
    case 'source': {
      const s = await db.source.findUnique({
        where: { id: entityId },
        include: { translations: true, reviewers: { orderBy: { position: 'asc' } } },
      });
      return (
        s && {
          id: s.id,
          names: Object.fromEntries(s.translations.map((t) => [t.locale, t.outlet])),
          variants: {},
          fields: {
            kind: s.kind,
            releasedOn: day(s.releasedAt),
            reviewers: s.reviewers.map((r) => `${r.role}: ${r.name}`).join('\n'),
          },
        }
      );
    }
    case 'event': {
      const e = await db.event.findUnique({ where: { id: entityId }, include: { translations: true } });
      return (
        e && {
          id: e.id,
          names: names(e.translations),
          variants: {},
          fields: { cityId: e.cityId, startsOn: day(e.startsOn), endsOn: day(e.endsOn) },
        }
      );
    }
  }
}

/** Creates or updates one entity; names emptied in a language remove that language's row. */
export async function saveEntity(actor: Actor | null, input: EntityInput): Promise<EntityResult> {
  const editor = authorize(actor, 'entities.edit');
  if (!entityTypes.includes(input.type)) return { ok: false, kind: 'invalid', fields: ['type'] };
  const parsed = entitySchemas[input.type].safeParse(input.values);
  if (!parsed.success)
    return {
      ok: false,
      kind: 'invalid',
      fields: invalidFields(parsed.error, true),
    };
  // the fields every type has; each case below reads its own type's fields (parsed above)
  const data = parsed.data as z.infer<(typeof entitySchemas)['event']>;
  const values = parsed.data as Record<string, unknown>;
  const ref = (field: string) => (typeof values[field] === 'string' ? (values[field] as string) : null);
  const named = locales.filter((l) => data.names[l]);
  if (named.length === 0) return { ok: false, kind: 'invalid', fields: ['names'] };
  if (input.type === 'event' && data.endsOn < data.startsOn)
    return { ok: false, kind: 'invalid', fields: ['endsOn'] };

  const db = appDb();
  const delegate = {
    person: db.person,
    city: db.city,
    agreement: db.agreement,
    source: db.source,
    event: db.event,
  }[input.type] as unknown as { count(args: { where: { id: string } }): Promise<number> };
  const exists = (await delegate.count({ where: { id: data.id } })) > 0;
  if (input.create && exists) return { ok: false, kind: 'idTaken' };
  if (!input.create && !exists) return { ok: false, kind: 'notFound' };

  // references must exist (the database would refuse them too, less clearly)
  const refs: Array<[string, (id: string) => Promise<number>]> = [
    ['cityId', (id) => db.city.count({ where: { id } })],
    ['countryId', (id) => db.country.count({ where: { id } })],
    ['eventId', (id) => db.event.count({ where: { id } })],
  ];
  const missing: string[] = [];
  for (const [field, count] of refs) {
    const value = ref(field);
    if (value && (await count(value)) === 0) missing.push(field);
  }
  if (missing.length) return { ok: false, kind: 'invalid', fields: missing };

  const entityId = data.id;
  const emptied = locales.filter((l) => !data.names[l]);
  await db.$transaction(async (tx) => {
    switch (input.type) {
      case 'person': {
        const d = entitySchemas.person.parse(input.values);
        await tx.person.upsert({
          where: { id: entityId },
          create: { id: entityId, cityId: d.cityId },
          update: { cityId: d.cityId },
        });
        const before = await tx.personTranslation.findMany({ where: { personId: entityId } });
        for (const l of named) {
          // a rendering chosen by convention stays marked so until someone changes the name
          const renamed = before.find((t) => t.locale === l)?.name !== data.names[l];
          await tx.personTranslation.upsert({
            where: { personId_locale: { personId: entityId, locale: l } },
            create: { personId: entityId, locale: l, name: data.names[l]! },
            update: { name: data.names[l]!, ...(renamed ? { editorialRendering: false } : {}) },
          });
        }
        await tx.personTranslation.deleteMany({ where: { personId: entityId, locale: { in: emptied } } });
        await tx.personAlias.deleteMany({ where: { personId: entityId } });
        await tx.personAlias.createMany({
          data: uniqueVariants(d.variants).map(([locale, name]) => ({ personId: entityId, locale, name })),
          skipDuplicates: true,
        });
        break;
      }
      case 'city': {
        const d = entitySchemas.city.parse(input.values);
        const row = {
          countryId: d.countryId,
          kind: d.kind,
          latitude: new Prisma.Decimal(d.latitude),
          longitude: new Prisma.Decimal(d.longitude),
        };
        await tx.city.upsert({ where: { id: entityId }, create: { id: entityId, ...row }, update: row });
        for (const l of named)
          await tx.cityTranslation.upsert({
            where: { cityId_locale: { cityId: entityId, locale: l } },
            create: { cityId: entityId, locale: l, name: data.names[l]! },
            update: { name: data.names[l]! },
          });
        await tx.cityTranslation.deleteMany({ where: { cityId: entityId, locale: { in: emptied } } });
        await tx.cityAlias.deleteMany({ where: { cityId: entityId } });
        await tx.cityAlias.createMany({
          data: uniqueVariants(d.variants).map(([locale, name]) => ({ cityId: entityId, locale, name })),
          skipDuplicates: true,
        });
        break;
      }
      case 'agreement': {
        const d = entitySchemas.agreement.parse(input.values);
        const row = { kind: d.kind, eventId: d.eventId, signedOn: d.signedOn };
        await tx.agreement.upsert({ where: { id: entityId }, create: { id: entityId, ...row }, update: row });
        for (const l of named)
          await tx.agreementTranslation.upsert({
            where: { agreementId_locale: { agreementId: entityId, locale: l } },
            create: { agreementId: entityId, locale: l, name: data.names[l]! },
            update: { name: data.names[l]! },
          });
        await tx.agreementTranslation.deleteMany({
          where: { agreementId: entityId, locale: { in: emptied } },
        });
        await tx.agreementAlias.deleteMany({ where: { agreementId: entityId } });
        await tx.agreementAlias.createMany({
          data: uniqueVariants(data.variants).map(([locale, name]) => ({
            agreementId: entityId,
            locale,
            name,
          })),
          skipDuplicates: true,
        });
        break;
      }
      case 'source': {
        const d = entitySchemas.source.parse(input.values);
        const row = {
          kind: d.kind,
          // a date typed here is a day; a release time read by the importer keeps its minute
          ...(d.releasedOn
            ? { releasedAt: d.releasedOn, releasedAtPrecision: 'day' as const }
            : { releasedAt: null, releasedAtPrecision: 'day' as const }),
        };
        const current = await tx.source.findUnique({ where: { id: entityId } });
        const keepsMinute =
          current?.releasedAt &&
          d.releasedOn &&
          current.releasedAt.toISOString().slice(0, 10) === d.releasedOn.toISOString().slice(0, 10);
        const update = keepsMinute ? { kind: d.kind } : row;
        await tx.source.upsert({
          where: { id: entityId },
          create: { id: entityId, languages: named, ...row },
          update,
        });
        for (const l of named)
          await tx.sourceTranslation.upsert({
            where: { sourceId_locale: { sourceId: entityId, locale: l } },
            create: { sourceId: entityId, locale: l, outlet: data.names[l]! },
            update: { outlet: data.names[l]! },
          });
        await tx.sourceTranslation.deleteMany({ where: { sourceId: entityId, locale: { in: emptied } } });
        await tx.sourceReviewer.deleteMany({ where: { sourceId: entityId } });
        await tx.sourceReviewer.createMany({
          data: d.reviewers.map((r, position) => ({ sourceId: entityId, position, ...r })),
        });
        break;
      }
      case 'event': {
        const row = {
          cityId: data.cityId,
          startsOn: new Date(`${data.startsOn}T00:00:00Z`),
          endsOn: new Date(`${data.endsOn}T00:00:00Z`),
        };
        await tx.event.upsert({ where: { id: entityId }, create: { id: entityId, ...row }, update: row });
        for (const l of named)
          await tx.eventTranslation.upsert({
            where: { eventId_locale: { eventId: entityId, locale: l } },
            create: { eventId: entityId, locale: l, name: data.names[l]! },
            update: { name: data.names[l]! },
          });
        await tx.eventTranslation.deleteMany({ where: { eventId: entityId, locale: { in: emptied } } });
        break;
      }
    }
    // the entry and its search document change together, or neither does
    if (input.type !== 'source') await reindexEntity(tx, input.type, entityId);
  });
  await audit({
    actorId: editor.id,
    action: 'entity_save',
    subject: `${input.type}:${entityId}`,
    details: { created: input.create, names: data.names },
  });
  return { ok: true, id: entityId, refresh: everything };
}

/** Variants per language, without a variant that merely repeats another language's entry. */
function uniqueVariants(variants: Partial<Record<Locale, string[]>>): Array<[Locale, string]> {
  const seen = new Set<string>();
  const out: Array<[Locale, string]> = [];
  for (const l of locales)
    for (const v of variants[l] ?? [])
      if (!seen.has(`${l}:${v}`)) {
        seen.add(`${l}:${v}`);
        out.push([l, v]);
      }
  return out;
}
