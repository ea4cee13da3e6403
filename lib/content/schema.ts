import { z } from 'zod';
import { locales, type Locale } from '../model/locales';
import { paragraphKindSchema } from '../model/paragraph-kinds';

/**
 * The shape of the launch content in content/. Files are YAML; each is validated here before
 * anything touches the database (lib/content/load.ts), and a failure names the file and field.
 */

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case id like "nanning" or "lang-son"');
const text = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
  .trim()
  .min(1, 'must not be empty')
  .max(20_000);
const localeSchema = z.enum(locales);

/** Text in all three languages. */
const allLocales = z.strictObject({ zh: text, en: text, vi: text });
/** Text in the languages the sources give; at least one. */
const someLocales = z
  .strictObject({ zh: text.optional(), en: text.optional(), vi: text.optional() })
  .refine((v) => locales.some((l) => v[l] !== undefined), 'needs a text in at least one of zh, en, vi');

export type LocalizedText = Partial<Record<Locale, string>>;

const isoDate = z.iso.date({ message: 'must be a date like 2025-01-16' });
const isoDateTime = z.iso.datetime({
  offset: true,
  message: 'must be a time like 2025-01-17T21:14:00+08:00',
});
const sourceIds = z.array(id).min(1, 'name at least one source');

export const sourceSchema = z.strictObject({
  id,
  kind: z.enum(['pressRelease', 'newsReport', 'newspaperReport']),
  languages: z.array(localeSchema).min(1),
  outlet: someLocales,
  byline: someLocales.optional(),
  /** editorial caution shown with the source (e.g. contains single-source claims) */
  note: someLocales.optional(),
  singleSourceCaution: z.boolean().default(false),
  released: z.union([
    z.strictObject({ at: isoDateTime, precision: z.literal('minute') }),
    z.strictObject({ on: isoDate, precision: z.literal('day') }),
    z.strictObject({
      month: z.string().regex(/^\d{4}-\d{2}$/, 'must be a month like 2025-01'),
      precision: z.literal('month'),
    }),
  ]),
  reviewers: z.array(z.strictObject({ name: text, role: text })).default([]),
});

export const countrySchema = z.strictObject({
  id,
  isoCode: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code'),
  name: allLocales,
});

/**
 * A term reports use that has no page of its own (ASEAN, the China–ASEAN Free Trade Area), with
 * every name and abbreviation it goes by in each language: search expands any of them into all
 * (docs/decisions/023). Names of people, cities, agreements and events are their own aliases.
 */
const termNames = z.array(text.max(120)).min(1);
export const termSchema = z.strictObject({
  id,
  names: z.strictObject({ zh: termNames, en: termNames, vi: termNames }),
});

export const citySchema = z.strictObject({
  id,
  country: id,
  kind: z.enum(['city', 'capitalCity', 'province', 'state']),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  name: allLocales,
  nickname: someLocales.optional(),
  region: someLocales.optional(),
  notes: someLocales.optional(),
  aliases: z.array(z.strictObject({ locale: localeSchema, name: text })).default([]),
  sources: z.array(id).default([]),
});

export const personSchema = z.strictObject({
  id,
  city: id.optional(),
  singleSource: z.boolean().default(false),
  name: someLocales,
  honorific: someLocales.optional(),
  /** languages whose rendering of the name no source printed (chosen by convention) */
  editorialRendering: z.array(localeSchema).default([]),
  aliases: z.array(z.strictObject({ locale: localeSchema.optional(), name: text })).default([]),
  roles: z.array(someLocales).default([]),
  sources: z.array(id).default([]),
  statements: z
    .array(z.strictObject({ event: id.optional(), summary: allLocales, sources: sourceIds }))
    .default([]),
  quotes: z.array(z.strictObject({ locale: localeSchema, text, source: id })).default([]),
});

const figureSchema = z.strictObject({
  // A fixed vocabulary: each metric has a label in messages (HomePage.figureLabel).
  metric: z.enum(['cities', 'countries', 'signedProjects', 'participants', 'governorsAndMayors']),
  value: z.number().int().nonnegative(),
  qualifier: z.enum(['exact', 'over', 'about', 'nearly']).default('exact'),
  sources: sourceIds,
});

export const eventSchema = z.strictObject({
  id,
  city: id,
  edition: z.number().int().positive().optional(),
  dates: z
    .strictObject({ start: isoDate, end: isoDate, opening: isoDate.optional() })
    .refine((d) => d.start <= d.end, { message: 'start must not be after end', path: ['end'] }),
  name: allLocales,
  theme: someLocales.optional(),
  context: someLocales.optional(),
  sources: sourceIds,
  organisers: z
    .array(z.strictObject({ role: z.enum(['organiser', 'host', 'coOrganiser']), name: someLocales }))
    .default([]),
  programme: z
    .array(
      z.strictObject({
        kind: z.enum(['opening', 'mainDialogue', 'parallelDialogue', 'signing', 'culture']),
        date: isoDate.optional(),
        title: allLocales,
        sources: z.array(id).default([]),
      }),
    )
    .default([]),
  points: z
    .array(
      z.strictObject({
        kind: z.enum(['topic', 'highlight', 'proposal']),
        text: allLocales,
        singleSource: z.boolean().default(false),
        sources: z.array(id).default([]),
      }),
    )
    .default([]),
  figures: z.array(figureSchema).default([]),
  cities: z.array(z.strictObject({ city: id, inMainDialogue: z.boolean().default(false) })).default([]),
  participants: z.array(z.strictObject({ person: id, role: z.enum(['speaker', 'attendee']) })).default([]),
  discrepancies: z
    .array(
      z.strictObject({
        topic: allLocales,
        versions: z.array(z.strictObject({ claim: allLocales, sources: sourceIds })).min(2),
      }),
    )
    .default([]),
});

export const agreementSchema = z.strictObject({
  id,
  event: id.optional(),
  kind: z.enum(['jointInitiative', 'memorandum', 'projectPackage', 'jointConsensus']),
  signedOn: isoDate.optional(),
  name: allLocales,
  partiesText: someLocales.optional(),
  notes: someLocales.optional(),
  aliases: z.array(z.strictObject({ locale: localeSchema, name: text })).default([]),
  parties: z.array(id).default([]),
  countries: z.array(id).default([]),
  projectCount: z.number().int().positive().optional(),
  value: z
    .strictObject({
      amount: z.number().positive(),
      currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like CNY'),
      qualifier: z.enum(['exact', 'over', 'about', 'nearly']).default('exact'),
      equivalents: z
        .array(
          z.strictObject({
            amount: z.number().positive(),
            currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like USD'),
            source: id,
          }),
        )
        .default([]),
    })
    .optional(),
  fields: z.array(allLocales).default([]),
  points: z.array(allLocales).default([]),
  sources: sourceIds,
});

const paragraphKey = z.string().regex(/^[a-z0-9-]{1,40}$/, 'must be a short key like "p1" or "quote-nong"');
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case ASCII words joined by hyphens')
  .max(120);

const articleTranslationSchema = z.strictObject({
  slug,
  title: text.max(300),
  standfirst: text.max(1000),
  status: z.enum(['draft', 'inReview', 'approved', 'published']),
  publishedAt: isoDateTime.optional(),
});

export const articleSchema = z
  .strictObject({
    id,
    event: id.optional(),
    source: id.optional(),
    mentions: z
      .strictObject({
        people: z.array(id).default([]),
        cities: z.array(id).default([]),
        agreements: z.array(id).default([]),
      })
      .default({ people: [], cities: [], agreements: [] }),
    translations: z
      .strictObject({
        zh: articleTranslationSchema.optional(),
        en: articleTranslationSchema.optional(),
        vi: articleTranslationSchema.optional(),
      })
      .refine((t) => locales.some((l) => t[l] !== undefined), 'an article needs at least one translation'),
    paragraphs: z
      .array(
        z.strictObject({
          key: paragraphKey,
          kind: paragraphKindSchema.default('paragraph'),
          zh: text.optional(),
          en: text.optional(),
          vi: text.optional(),
        }),
      )
      .min(1),
  })
  .superRefine((article, ctx) => {
    const seen = new Set<string>();
    article.paragraphs.forEach((p, index) => {
      if (seen.has(p.key))
        ctx.addIssue({
          code: 'custom',
          path: ['paragraphs', index, 'key'],
          message: `duplicate paragraph key "${p.key}"`,
        });
      seen.add(p.key);
      for (const locale of locales) {
        if (p[locale] !== undefined && !article.translations[locale])
          ctx.addIssue({
            code: 'custom',
            path: ['paragraphs', index, locale],
            message: `text in ${locale} but the article has no ${locale} translation`,
          });
      }
    });
    for (const locale of locales) {
      if (article.translations[locale] && !article.paragraphs.some((p) => p[locale] !== undefined))
        ctx.addIssue({
          code: 'custom',
          path: ['translations', locale],
          message: `no paragraph has ${locale} text`,
        });
    }
  });

export type SourceContent = z.infer<typeof sourceSchema>;
export type CountryContent = z.infer<typeof countrySchema>;
export type TermContent = z.infer<typeof termSchema>;
export type CityContent = z.infer<typeof citySchema>;
export type PersonContent = z.infer<typeof personSchema>;
export type EventContent = z.infer<typeof eventSchema>;
export type AgreementContent = z.infer<typeof agreementSchema>;
export type ArticleContent = z.infer<typeof articleSchema>;

/** Which schema a file follows, by its place in content/. */
export const contentKinds = {
  sources: { file: 'sources.yaml', schema: z.array(sourceSchema) },
  countries: { file: 'countries.yaml', schema: z.array(countrySchema) },
  cities: { file: 'cities.yaml', schema: z.array(citySchema) },
  people: { file: 'people.yaml', schema: z.array(personSchema) },
  agreements: { file: 'agreements.yaml', schema: z.array(agreementSchema) },
  terms: { file: 'terms.yaml', schema: z.array(termSchema) },
} as const;

/** One problem in one file: what the seed prints and the reason it writes nothing. */
export type ContentProblem = { file: string; field: string; message: string };

export type ContentFile = { file: string; sha256: string };

export type ContentBundle = {
  /** every file, relative to the content folder, with the hash of its bytes */
  files: ContentFile[];
  sources: SourceContent[];
  countries: CountryContent[];
  cities: CityContent[];
  people: PersonContent[];
  agreements: AgreementContent[];
  terms: TermContent[];
  events: Array<EventContent & { file: string }>;
  articles: Array<ArticleContent & { file: string }>;
};
