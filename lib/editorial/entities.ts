import { invalidFields } from './limits';
import { appDb } from '../db/app-client';
import { pick, isEntityId } from '../model/localized';
import { locales, type Locale } from '../model/locales';
import { audit } from '../auth/audit';
import { authorize } from '../auth/permissions';
import type { Actor } from '../auth/sessions';
import { everywhere, type Change } from '../freshness/change';
import { reindexEntity } from '../search/index';
import { glossaryTypes, isEntityType, type EntityType } from './glossary-types';

export { entityTypes, hasVariants, type EntityType } from './glossary-types';

/**
 * The glossary as editors keep it: people, cities, agreements, sources and events, each with a
 * name per language and — for the names the glossary checks and links (people, cities,
 * agreements) — the spelling variants known per language. Each type has the few fields it cannot
 * exist without (a city's country and position, an event's dates …), declared once in
 * ./glossary-types.ts; listing, loading and saving below read those declarations only. The rest
 * of the launch content's detail (roles, programmes, figures) stays in content/.
 */

export type EntityInput = { type: string; create: boolean; values: Record<string, unknown> };
export type EntityResult =
  | { ok: true; id: string; refresh: Change }
  | { ok: false; kind: 'invalid'; fields: string[] }
  | { ok: false; kind: 'notFound' | 'idTaken' };

type NameRow = { locale: Locale } & Record<string, unknown>;
type Loaded = {
  id: string;
  translations: NameRow[];
  aliases?: Array<{ locale: Locale | null; name: string }>;
};

/** A row's names per language, from the column its type keeps them in. */
const namesOf = (type: EntityType, rows: NameRow[]) =>
  rows.map((t) => ({ locale: t.locale, name: String(t[glossaryTypes[type].store.nameColumn]) }));

/** Lists of each type, named in the interface language, for the glossary page. */
export async function listEntities(actor: Actor | null, ui: Locale) {
  authorize(actor, 'dashboard.view');
  const db = appDb();
  const lists = await Promise.all(
    Object.entries(glossaryTypes).map(async ([type, d]) => {
      const rows = (await d.store.main(db).findMany({
        include: { translations: true },
        orderBy: d.store.listOrder,
      })) as Loaded[];
      return [
        type,
        rows.map((r) => {
          const shown = pick(namesOf(type as EntityType, r.translations), ui, 'name');
          return {
            id: r.id,
            name: shown?.text ?? r.id,
            locale: shown?.locale ?? ('en' as Locale),
            languages: r.translations.map((t) => t.locale),
          };
        }),
      ] as const;
    }),
  );
  return Object.fromEntries(lists) as Record<EntityType, (typeof lists)[number][1]>;
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
  const d = glossaryTypes[type];
  const row = (await d.store.main(appDb()).findUnique({
    where: { id: entityId },
    include: { translations: true, ...(d.store.aliases ? { aliases: true } : {}), ...d.store.include },
  })) as Loaded | null;
  if (!row) return null;
  return {
    id: row.id,
    names: Object.fromEntries(namesOf(type, row.translations).map((t) => [t.locale, t.name])),
    // variants saved before languages were recorded count as English
    variants: row.aliases
      ? Object.fromEntries(
          locales.map((l) => [
            l,
            row
              .aliases!.filter((a) => a.locale === l || (a.locale === null && l === 'en'))
              .map((a) => a.name)
              .join('\n'),
          ]),
        )
      : {},
    fields: d.values(row as never),
  };
}

/** The models a reference field must point into. */
const referenced = {
  city: (id: string) => appDb().city.count({ where: { id } }),
  country: (id: string) => appDb().country.count({ where: { id } }),
  event: (id: string) => appDb().event.count({ where: { id } }),
  photo: (id: string) => appDb().photo.count({ where: { id } }),
};

/** Creates or updates one entity; names emptied in a language remove that language's row. */
export async function saveEntity(actor: Actor | null, input: EntityInput): Promise<EntityResult> {
  const editor = authorize(actor, 'entities.edit');
  if (!isEntityType(input.type)) return { ok: false, kind: 'invalid', fields: ['type'] };
  const type = input.type;
  const decl = glossaryTypes[type];
  const parsed = decl.schema.safeParse(input.values);
  if (!parsed.success) return { ok: false, kind: 'invalid', fields: invalidFields(parsed.error, true) };
  const data = parsed.data as {
    id: string;
    names: Partial<Record<Locale, string>>;
    variants: Partial<Record<Locale, string[]>>;
  } & Record<string, unknown>;
  const named = locales.filter((l) => data.names[l]);
  if (named.length === 0) return { ok: false, kind: 'invalid', fields: ['names'] };

  const db = appDb();
  const exists = (await decl.store.main(db).count({ where: { id: data.id } })) > 0;
  if (input.create && exists) return { ok: false, kind: 'idTaken' };
  if (!input.create && !exists) return { ok: false, kind: 'notFound' };
  // references must exist (the database would refuse them too, less clearly)
  const missing: string[] = [];
  for (const f of decl.fields) {
    const value = data[f.name];
    if (f.references && typeof value === 'string' && value && (await referenced[f.references](value)) === 0)
      missing.push(f.name);
  }
  if (missing.length) return { ok: false, kind: 'invalid', fields: missing };

  const entityId = data.id;
  const { store } = decl;
  const key = store.key;
  await db.$transaction(async (tx) => {
    const current = await store.main(tx).findUnique({ where: { id: entityId } });
    const row = (decl.row as (d: unknown, c: unknown, n: Locale[]) => { create: object; update: object })(
      data,
      current,
      named,
    );
    await store.main(tx).upsert({
      where: { id: entityId },
      create: { id: entityId, ...row.create },
      update: row.update,
    });
    const before = (await store.names(tx).findMany({ where: { [key]: entityId } })) as NameRow[];
    for (const l of named) {
      const name = data.names[l]!;
      const renamed = before.find((t) => t.locale === l)?.[store.nameColumn] !== name;
      await store.names(tx).upsert({
        where: { [`${key}_locale`]: { [key]: entityId, locale: l } },
        create: { [key]: entityId, locale: l, [store.nameColumn]: name },
        update: { [store.nameColumn]: name, ...(renamed ? store.onRename : {}) },
      });
    }
    const emptied = locales.filter((l) => !data.names[l]);
    await store.names(tx).deleteMany({ where: { [key]: entityId, locale: { in: emptied } } });
    if (store.aliases) {
      await store.aliases(tx).deleteMany({ where: { [key]: entityId } });
      await store.aliases(tx).createMany({
        data: uniqueVariants(data.variants).map(([locale, name]) => ({ [key]: entityId, locale, name })),
        skipDuplicates: true,
      });
    }
    await (decl.more as ((tx: unknown, id: string, d: unknown) => Promise<void>) | undefined)?.(
      tx,
      entityId,
      data,
    );
    // the entry and its search document change together, or neither does
    if (store.indexed) await reindexEntity(tx, type as Exclude<EntityType, 'source'>, entityId);
    await audit(
      {
        actorId: editor.id,
        action: 'entity_save',
        subject: `${type}:${entityId}`,
        details: { created: input.create, names: data.names },
      },
      tx,
    );
  });
  return { ok: true, id: entityId, refresh: everywhere };
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
