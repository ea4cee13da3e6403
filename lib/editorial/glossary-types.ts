import { z } from 'zod';
import { Prisma } from '../db/generated/client';
import type { EntityKind } from '../model/kinds';
import { isEntityId } from '../model/localized';
import { locales, type Locale } from '../model/locales';
import { lineText, linesText } from '../model/text-input';

/**
 * The five glossary types, each declared once: its own fields (as the form shows them and as its
 * schema reads them), where its names and variants are stored, and how its row is written and read
 * back. lib/editorial/entities.ts lists, loads and saves every type from these declarations alone.
 * The five declarations stay together on purpose (one place to compare and change them), hence
 * the length.
 */

export const cityKinds = ['city', 'capitalCity', 'province', 'state'] as const;
export const agreementKinds = ['jointInitiative', 'memorandum', 'projectPackage', 'jointConsensus'] as const;
export const sourceKinds = ['pressRelease', 'newsReport', 'newspaperReport'] as const;

const id = z.string().trim().toLowerCase().refine(isEntityId);
const optionalId = z.union([z.literal(''), id]).transform((v) => v || null);
const name = lineText().trim().max(300);
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)));
const optionalDate = z.union([z.literal(''), date]).transform((d) => (d ? new Date(`${d}T00:00:00Z`) : null));
const variantsSchema = linesText()
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
/** "Reviewer 1: Huang Mengyao" per line, as printed under a release */
const reviewers = linesText()
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
  .transform((rows) => rows as Array<{ role: string; name: string }>);

const common = {
  id,
  names: z.partialRecord(z.enum(locales), name),
  variants: z.partialRecord(z.enum(locales), variantsSchema).default({}),
};

/** A form field of a type: what the page renders and the schema reads under the same name. */
export type FieldSpec = {
  /** also the field's label key in the newsroom's messages (Newsroom.entities) */
  name:
    | 'cityId'
    | 'countryId'
    | 'kind'
    | 'latitude'
    | 'longitude'
    | 'eventId'
    | 'signedOn'
    | 'releasedOn'
    | 'reviewers'
    | 'startsOn'
    | 'endsOn'
    | 'photoId';
  kind: 'select' | 'number' | 'date' | 'textarea';
  required?: boolean;
  /** a select's choices: other glossary entries, or a fixed list of kinds labelled from messages */
  options?:
    | 'cities'
    | 'events'
    | 'countries'
    | 'photos'
    | { values: readonly string[]; label: 'CityPage.kicker' | 'AgreementPage.kicker' | 'SourcesPage.kind' };
  /** a select's choice for a new entry */
  initial?: string;
  /** a reference that must exist */
  references?: 'city' | 'country' | 'event' | 'photo';
};

/** A Prisma model as the generic code uses it (each declaration names its own). */
type Model = {
  findUnique(args: object): Promise<unknown>;
  findMany(args: object): Promise<unknown[]>;
  upsert(args: object): Promise<unknown>;
  deleteMany(args: object): Promise<unknown>;
  createMany(args: object): Promise<unknown>;
  count(args: object): Promise<number>;
};
type Db = Prisma.TransactionClient;
const model = (m: unknown) => m as Model;

type Store = {
  main: (db: Db) => Model;
  names: (db: Db) => Model;
  key: string;
  nameColumn: 'name' | 'outlet';
  aliases?: (db: Db) => Model;
  /** written to a name row whose name changed */
  onRename?: Record<string, unknown>;
  /** more relations a loaded entry brings along */
  include?: Record<string, unknown>;
  listOrder: Record<string, 'asc' | 'desc'>;
  /** the search index has a document per entry (sources have none) */
  indexed: boolean;
};

/**
 * Where a type named `name` lives, by the schema's naming: its table, `<name>Translation` for its
 * names, `<name>Alias` for its variants (when it keeps them), keyed by `<name>Id`.
 */
function stored(
  name: GlossaryType,
  options: Partial<Omit<Store, 'main' | 'names' | 'aliases' | 'key'>> & { variants?: boolean } = {},
): Store {
  const { variants, ...rest } = options;
  const table = (db: Db, suffix: string) =>
    model((db as unknown as Record<string, unknown>)[`${name}${suffix}`]);
  return {
    main: (db) => table(db, ''),
    names: (db) => table(db, 'Translation'),
    ...(variants ? { aliases: (db: Db) => table(db, 'Alias') } : {}),
    key: `${name}Id`,
    nameColumn: 'name',
    listOrder: { id: 'asc' },
    indexed: true,
    ...rest,
  };
}

type Declaration<S extends z.ZodType> = {
  schema: S;
  fields: FieldSpec[];
  /** the entry's own table, its names' table and column, its variants' table */
  store: Store;
  /** the entry's own columns from the parsed form; `current` is the row before the save */
  row: (d: z.infer<S>, current: unknown, named: Locale[]) => { create: object; update: object };
  /** the form's field values from a loaded row */
  values: (row: never) => Record<string, string>;
  /** writes besides the row, names and variants */
  more?: (tx: Db, entityId: string, d: z.infer<S>) => Promise<void>;
};

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? '';

/**
 * A page's photo from the library (a person's portrait, a city's or an event's photo). The form
 * always sends it ('' for none); a save that does not name it (a script, an older form) leaves
 * the photo as it is.
 */
const photoField: FieldSpec = { name: 'photoId', kind: 'select', options: 'photos', references: 'photo' };
const photoId = optionalId.optional();
const photoColumn = (d: { photoId?: string | null }) =>
  d.photoId === undefined ? {} : { photoId: d.photoId };
const photoValue = (row: { photoId: string | null }) => row.photoId ?? '';
const declare = <S extends z.ZodType>(d: Declaration<S>) => d;

/** What the glossary holds: every kind of page (lib/model/kinds.ts), and the sources reports cite. */
type GlossaryType = EntityKind | 'source';

export const glossaryTypes = {
  person: declare({
    schema: z.object({ ...common, cityId: optionalId, photoId }),
    fields: [{ name: 'cityId', kind: 'select', options: 'cities', references: 'city' }, photoField],
    store: stored('person', {
      variants: true,
      // a rendering chosen by convention stays marked so until someone changes the name
      onRename: { editorialRendering: false },
    }),
    row: (d) => {
      const row = { cityId: d.cityId, ...photoColumn(d) };
      return { create: row, update: row };
    },
    values: (p: { cityId: string | null; photoId: string | null }) => ({
      cityId: p.cityId ?? '',
      photoId: photoValue(p),
    }),
  }),
  city: declare({
    schema: z.object({
      ...common,
      countryId: id,
      kind: z.enum(cityKinds),
      latitude: z.coerce.number().min(-90).max(90),
      longitude: z.coerce.number().min(-180).max(180),
      photoId,
    }),
    fields: [
      { name: 'countryId', kind: 'select', required: true, options: 'countries', references: 'country' },
      {
        name: 'kind',
        kind: 'select',
        options: { values: cityKinds, label: 'CityPage.kicker' },
        initial: 'city',
      },
      { name: 'latitude', kind: 'number', required: true },
      { name: 'longitude', kind: 'number', required: true },
      photoField,
    ],
    store: stored('city', { variants: true }),
    row: (d) => {
      const row = {
        countryId: d.countryId,
        kind: d.kind,
        latitude: new Prisma.Decimal(d.latitude),
        longitude: new Prisma.Decimal(d.longitude),
        ...photoColumn(d),
      };
      return { create: row, update: row };
    },
    values: (c: {
      countryId: string;
      kind: string;
      latitude: unknown;
      longitude: unknown;
      photoId: string | null;
    }) => ({
      countryId: c.countryId,
      kind: c.kind,
      latitude: String(c.latitude),
      longitude: String(c.longitude),
      photoId: photoValue(c),
    }),
  }),
  agreement: declare({
    schema: z.object({
      ...common,
      kind: z.enum(agreementKinds),
      eventId: optionalId,
      signedOn: optionalDate,
    }),
    fields: [
      {
        name: 'kind',
        kind: 'select',
        options: { values: agreementKinds, label: 'AgreementPage.kicker' },
        initial: 'memorandum',
      },
      { name: 'eventId', kind: 'select', options: 'events', references: 'event' },
      { name: 'signedOn', kind: 'date' },
    ],
    store: stored('agreement', { variants: true }),
    row: (d) => {
      const row = { kind: d.kind, eventId: d.eventId, signedOn: d.signedOn };
      return { create: row, update: row };
    },
    values: (a: { kind: string; eventId: string | null; signedOn: Date | null }) => ({
      kind: a.kind,
      eventId: a.eventId ?? '',
      signedOn: day(a.signedOn),
    }),
  }),
  source: declare({
    schema: z.object({ ...common, kind: z.enum(sourceKinds), releasedOn: optionalDate, reviewers }),
    fields: [
      {
        name: 'kind',
        kind: 'select',
        options: { values: sourceKinds, label: 'SourcesPage.kind' },
        initial: 'pressRelease',
      },
      { name: 'releasedOn', kind: 'date' },
      { name: 'reviewers', kind: 'textarea' },
    ],
    store: stored('source', {
      nameColumn: 'outlet',
      include: { reviewers: { orderBy: { position: 'asc' } } },
      indexed: false,
    }),
    row: (d, current, named) => {
      // a date typed here is a day; a release time read by the importer keeps its minute
      const row = { kind: d.kind, releasedAt: d.releasedOn, releasedAtPrecision: 'day' as const };
      const before = current as { releasedAt: Date | null } | null;
      const keepsMinute = before?.releasedAt && d.releasedOn && day(before.releasedAt) === day(d.releasedOn);
      return { create: { languages: named, ...row }, update: keepsMinute ? { kind: d.kind } : row };
    },
    values: (s: {
      kind: string;
      releasedAt: Date | null;
      reviewers: Array<{ role: string; name: string }>;
    }) => ({
      kind: s.kind,
      releasedOn: day(s.releasedAt),
      reviewers: s.reviewers.map((r) => `${r.role}: ${r.name}`).join('\n'),
    }),
    more: async (tx, sourceId, d) => {
      await tx.sourceReviewer.deleteMany({ where: { sourceId } });
      await tx.sourceReviewer.createMany({
        data: d.reviewers.map((r, position) => ({ sourceId, position, ...r })),
      });
    },
  }),
  event: declare({
    schema: z
      .object({ ...common, cityId: id, startsOn: date, endsOn: date, photoId })
      .refine((e) => e.endsOn >= e.startsOn, { path: ['endsOn'] }),
    fields: [
      {
        name: 'cityId',
        kind: 'select',
        required: true,
        options: 'cities',
        initial: 'nanning',
        references: 'city',
      },
      { name: 'startsOn', kind: 'date', required: true },
      { name: 'endsOn', kind: 'date', required: true },
      photoField,
    ],
    store: stored('event', { listOrder: { startsOn: 'desc' } }),
    row: (d) => {
      const row = {
        cityId: d.cityId,
        startsOn: new Date(`${d.startsOn}T00:00:00Z`),
        endsOn: new Date(`${d.endsOn}T00:00:00Z`),
        ...photoColumn(d),
      };
      return { create: row, update: row };
    },
    values: (e: { cityId: string; startsOn: Date; endsOn: Date; photoId: string | null }) => ({
      cityId: e.cityId,
      startsOn: day(e.startsOn),
      endsOn: day(e.endsOn),
      photoId: photoValue(e),
    }),
  }),
} satisfies Record<GlossaryType, unknown>;

export type EntityType = keyof typeof glossaryTypes;
export const entityTypes = Object.keys(glossaryTypes) as EntityType[];
export const isEntityType = (v: string): v is EntityType => (entityTypes as string[]).includes(v);
/** Types whose names the glossary checks and links keep spelling variants per language. */
export const hasVariants = (type: EntityType) => glossaryTypes[type].store.aliases !== undefined;
