import { z } from 'zod';
import { invalidFields, LIMITS } from './limits';
import { appDb } from '../db/app-client';
import { Prisma } from '../db/generated/client';
import { isEntityId } from '../data/localized';
import { locales, type Locale } from '../i18n/locales';
import { audit } from '../auth/audit';
import { authorize } from '../auth/permissions';
import type { Actor } from '../auth/sessions';
import { linkEntities, namesInLocale, type EntityNames } from '../reading/entity-links';
import { slugify } from './import/ids';
import {
  IMPORT_LIMITS,
  parseRelease,
  problemOf,
  type ImportPreview,
  type ImportProblem,
  type ImportedSlot,
} from './import/parse';
import { turnLabel } from './import/structure';
import { fold } from './import/text';
import type { ParagraphKind } from './paragraph-kinds';
import { plainText, storedRuns, type Run } from './rich-text';

/**
 * Turns a confirmed import into a draft report: the article (with the release's language as its
 * original), its aligned paragraphs, one draft version per language (revision 1, "imported"), the
 * release's source with its time and reviewer credits, and the people, cities and agreements the
 * glossary finds in the text. The text is parsed again here — the preview the editor saw is
 * never trusted — and either everything is created or nothing is.
 */

const id = z.string().trim().toLowerCase().refine(isEntityId);
export const importSchema = z.object({
  text: z.string().max(IMPORT_LIMITS.characters),
  articleId: id,
  slugs: z.partialRecord(z.enum(locales), id),
  eventId: id.nullable(),
  /** an existing source's id, 'new' (from the release's own header and footer) or null */
  sourceId: z.union([z.literal('new'), id]).nullable(),
  /** headlines the editor wrote or corrected on the confirmation form; empty keeps the release's */
  titles: z.partialRecord(z.enum(locales), z.string().trim().max(LIMITS.title)).default({}),
  /** the outlet of a new source, as the editor confirmed it (prefilled from the header) */
  outlet: z.string().trim().max(200).default(''),
  /** dropped lines the editor brought back */
  keep: z.array(z.number().int().min(1).max(IMPORT_LIMITS.characters)).max(1000).default([]),
});
export type ImportInput = z.input<typeof importSchema>;
export type ImportResult =
  | { ok: true; articleId: string; originalLocale: Locale; sourceId: string | null }
  | { ok: false; kind: 'invalid'; fields: string[] }
  | ({ ok: false; kind: 'unreadable' } & ImportProblem)
  | { ok: false; kind: 'idTaken' }
  | { ok: false; kind: 'slugTaken'; locale: Locale };

// ───────────── what the glossary and the files on record say about a release ─────────────

type GlossaryKind = 'person' | 'city' | 'agreement';
type GlossaryEntry = {
  kind: GlossaryKind;
  id: string;
  translations: Array<{ locale: Locale; name: string }>;
  aliases: Array<{ locale: Locale | null; name: string }>;
};

/** People, cities and agreements with every name and spelling variant the newsroom keeps. */
async function loadGlossary(): Promise<GlossaryEntry[]> {
  const db = appDb();
  const include = { translations: true, aliases: true } as const;
  const [people, cities, agreements] = await Promise.all([
    db.person.findMany({ include }),
    db.city.findMany({ include }),
    db.agreement.findMany({ include }),
  ]);
  const entry =
    (kind: GlossaryKind) =>
    (e: Pick<GlossaryEntry, 'id' | 'translations' | 'aliases'>): GlossaryEntry => ({
      kind,
      id: e.id,
      translations: e.translations,
      aliases: e.aliases,
    });
  return [
    ...people.map(entry('person')),
    ...cities.map(entry('city')),
    ...agreements.map(entry('agreement')),
  ];
}

const allNames = (e: GlossaryEntry) => [
  ...e.translations.map((t) => t.name),
  ...e.aliases.map((a) => a.name),
];

export type GlossaryMatch = {
  kind: GlossaryKind;
  id: string;
  /** the text that matched, per language */
  found: Partial<Record<Locale, string[]>>;
};
export type NameVariant = { locale: Locale; found: string; suggested: string };

/**
 * People, cities and agreements the release names, with the text that matched in each language —
 * exactly what the public page's entity linker would link (longest name first, ambiguous names
 * linking nothing; lib/reading/entity-links.ts) — and the names written in a form other than the
 * glossary's for that language (another language's name, a person's variant spelling). A city's or
 * an agreement's alias in that language is an accepted short form and is not flagged.
 */
export function glossaryMatches(
  release: Pick<ImportPreview, 'title' | 'paragraphs'>,
  glossary: GlossaryEntry[],
): { matches: GlossaryMatch[]; variants: NameVariant[] } {
  const matches = new Map<string, GlossaryMatch>();
  const variants = new Map<string, NameVariant>();
  for (const locale of locales) {
    const texts = [release.title[locale], ...release.paragraphs.map((p) => p.text[locale])].filter(
      (t): t is string => Boolean(t),
    );
    if (texts.length === 0) continue;
    const entities: EntityNames[] = glossary.map((e) => ({ kind: e.kind, id: e.id, names: allNames(e) }));
    for (const run of linkEntities(
      texts.map((text) => [{ text }]),
      entities,
    ).flat()) {
      if (!run.entity || run.entity.kind === 'event') continue;
      const entry = glossary.find((e) => e.kind === run.entity!.kind && e.id === run.entity!.id)!;
      const key = `${entry.kind}:${entry.id}`;
      const match = matches.get(key) ?? { kind: entry.kind, id: entry.id, found: {} };
      match.found[locale] = [...new Set([...(match.found[locale] ?? []), run.text])];
      matches.set(key, match);
      const accepted = namesInLocale(
        locale,
        entry.translations,
        entry.kind === 'person' ? [] : entry.aliases,
      );
      const preferred = entry.translations.find((t) => t.locale === locale)?.name;
      if (preferred && !accepted.includes(run.text))
        variants.set(`${locale}:${run.text}`, { locale, found: run.text, suggested: preferred });
    }
  }
  return { matches: [...matches.values()], variants: [...variants.values()] };
}

/** An outlet's name as compared: folded, letters and digits only ("Báo Nhân Dân (NDO)" ~ "bao nhan dan"). */
const outletKey = (name: string) => fold(name).replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The source on file for the release's outlet: the same source when its release time matches
 * (the release was imported before, for another report), else the outlet's known names for a
 * new source of it.
 */
async function matchSource(release: ImportPreview) {
  const { outlet, releasedAt } = release.metadata;
  if (!outlet) return { sourceId: null, outletOnFile: null };
  const key = outletKey(outlet);
  if (key.length < 2) return { sourceId: null, outletOnFile: null };
  const sources = await appDb().source.findMany({
    include: { translations: true },
    orderBy: { releasedAt: 'desc' },
  });
  const same = (name: string) => {
    const other = outletKey(name);
    return (
      other === key ||
      (Math.min(other.length, key.length) >= 4 && (other.includes(key) || key.includes(other)))
    );
  };
  const byOutlet = sources.filter((s) => s.translations.some((t) => same(t.outlet)));
  const sameRelease = byOutlet.find(
    (s) =>
      releasedAt &&
      s.releasedAt &&
      (release.metadata.precision === 'minute' && s.releasedAtPrecision === 'minute'
        ? s.releasedAt.getTime() === new Date(releasedAt).getTime()
        : s.releasedAt.toISOString().slice(0, 10) === new Date(releasedAt).toISOString().slice(0, 10)),
  );
  return {
    sourceId: sameRelease?.id ?? null,
    outletOnFile: byOutlet[0]
      ? (Object.fromEntries(byOutlet[0].translations.map((t) => [t.locale, t.outlet])) as Partial<
          Record<Locale, string>
        >)
      : null,
  };
}

const DAY = 86_400_000;
/** The event a release time belongs to: during it, in the week before or the month after. */
async function matchEvent(releasedAt: string | null): Promise<string | null> {
  if (!releasedAt) return null;
  const at = new Date(releasedAt).getTime();
  const events = await appDb().event.findMany({ select: { id: true, startsOn: true, endsOn: true } });
  const distance = (e: (typeof events)[number]) =>
    at < e.startsOn.getTime() ? e.startsOn.getTime() - at : Math.max(0, at - e.endsOn.getTime() - DAY);
  const near = events
    .filter((e) => at >= e.startsOn.getTime() - 7 * DAY && at <= e.endsOn.getTime() + 31 * DAY)
    .sort((a, b) => distance(a) - distance(b));
  return near[0]?.id ?? null;
}

export type ImportView = ImportPreview & {
  matches: GlossaryMatch[];
  variants: NameVariant[];
  /** a source on file that is this very release */
  sourceId: string | null;
  /** the outlet as the sources on file name it, per language (null: a new outlet) */
  outletOnFile: Partial<Record<Locale, string>> | null;
  eventId: string | null;
};
export type PreviewResult = ({ ok: true } & ImportView) | ({ ok: false } & ImportProblem);

/** The preview, for an editor allowed to import: what confirming will create, nothing written. */
export async function previewRelease(
  actor: Actor | null,
  text: string,
  keep: number[] = [],
): Promise<PreviewResult> {
  authorize(actor, 'article.import');
  const glossary = await loadGlossary();
  const release = parseRelease(text.slice(0, IMPORT_LIMITS.characters + 1), {
    glossary: glossary.map((e) => ({ id: `${e.kind}:${e.id}`, names: allNames(e) })),
    keep,
  });
  if (!release.ok) return release;
  const [source, eventId] = await Promise.all([
    matchSource(release),
    matchEvent(release.metadata.releasedAt),
  ]);
  return { ...release, ...glossaryMatches(release, glossary), ...source, eventId };
}

export async function importRelease(actor: Actor | null, input: ImportInput): Promise<ImportResult> {
  const editor = authorize(actor, 'article.import');
  const parsedInput = importSchema.safeParse(input);
  if (!parsedInput.success)
    return {
      ok: false,
      kind: 'invalid',
      fields: invalidFields(parsedInput.error, true),
    };
  const data = parsedInput.data;
  const release = await previewRelease(actor, data.text, data.keep);
  if (!release.ok) return { ok: false, kind: 'unreadable', ...problemOf(release) };
  const missingSlugs = release.languages.filter((l) => !data.slugs[l]).map((l) => `slugs.${l}`);
  if (missingSlugs.length) return { ok: false, kind: 'invalid', fields: missingSlugs };

  const db = appDb();
  if (await db.article.findUnique({ where: { id: data.articleId }, select: { id: true } }))
    return { ok: false, kind: 'idTaken' };
  for (const locale of release.languages) {
    const owner = await db.articleTranslation.findUnique({
      where: { locale_slug: { locale, slug: data.slugs[locale]! } },
      select: { articleId: true },
    });
    if (owner) return { ok: false, kind: 'slugTaken', locale };
  }
  const checks = await Promise.all([
    data.eventId ? db.event.count({ where: { id: data.eventId } }) : 1,
    data.sourceId && data.sourceId !== 'new' ? db.source.count({ where: { id: data.sourceId } }) : 1,
  ]);
  const unknown = [checks[0] ? null : 'eventId', checks[1] ? null : 'sourceId'].filter(Boolean) as string[];
  if (unknown.length) return { ok: false, kind: 'invalid', fields: unknown };
  // a new source needs an outlet to name: the one printed, the one on file, or the editor's
  const outlet = data.outlet || release.metadata.outlet;
  if (data.sourceId === 'new' && !outlet && !release.outletOnFile)
    return { ok: false, kind: 'invalid', fields: ['outlet'] };

  const mentions = (kind: GlossaryKind) => release.matches.filter((m) => m.kind === kind).map((m) => m.id);
  const now = new Date();
  try {
    const sourceId = await db.$transaction(async (tx) => {
      const sourceId =
        data.sourceId === 'new' ? await createSource(tx, release, outlet, data.articleId) : data.sourceId;
      await tx.article.create({
        data: {
          id: data.articleId,
          eventId: data.eventId,
          sourceId,
          originalLocale: release.originalLocale,
          createdAt: now,
          paragraphs: {
            create: release.paragraphs.map((p, i) => ({ key: `p${i + 1}`, position: i, kind: p.kind })),
          },
          people: { create: mentions('person').map((personId) => ({ personId })) },
          cities: { create: mentions('city').map((cityId) => ({ cityId })) },
          agreements: { create: mentions('agreement').map((agreementId) => ({ agreementId })) },
        },
      });
      for (const locale of release.languages) {
        const slots = release.paragraphs
          .map((p, i) => ({ key: `p${i + 1}`, kind: p.kind, runs: importedRuns(p, locale) }))
          .filter((s) => s.runs.length > 0);
        // a headline the release lacks in this language stays empty: the editor writes it
        const version = {
          slug: data.slugs[locale]!,
          title: data.titles[locale] || release.title[locale] || '',
          standfirst: release.standfirst[locale] ?? '',
        };
        await tx.articleTranslation.create({
          data: {
            articleId: data.articleId,
            locale,
            ...version,
            status: 'draft',
            revision: 1,
            updatedAt: now,
            paragraphs: {
              create: slots.map((s) => ({
                paragraphKey: s.key,
                text: plainText(s.runs),
                runs: storedRuns(s.runs) ?? Prisma.DbNull,
              })),
            },
          },
        });
        await tx.articleRevision.create({
          data: {
            articleId: data.articleId,
            locale,
            number: 1,
            editorId: editor.id,
            createdAt: now,
            ...version,
            paragraphs: slots,
            note: 'imported',
          },
        });
      }
      return sourceId;
    });
    await audit({
      actorId: editor.id,
      action: 'article_import',
      subject: `article:${data.articleId}`,
      details: {
        languages: release.languages,
        paragraphs: release.paragraphs.length,
        unpaired: release.unpaired.length,
        dropped: release.dropped.length,
        kept: release.kept.length,
        sourceId,
      },
    });
    return { ok: true, articleId: data.articleId, originalLocale: release.originalLocale, sourceId };
  } catch (error) {
    // another editor took the id or a slug between the checks and the insert
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
      return { ok: false, kind: 'idTaken' };
    throw error;
  }
}

/**
 * A pasted paragraph as stored runs: pasted text is plain text (an asterisk stays an asterisk);
 * an interview turn's label ("Q:", "问：", a speaker's name) is set in strong type.
 */
export function importedRuns(slot: ImportedSlot, locale: Locale): Run[] {
  const text = slot.text[locale];
  if (!text) return [];
  const turns: ParagraphKind[] = ['question', 'answer'];
  const label = turns.includes(slot.kind) ? turnLabel(text) : null;
  if (!label) return [{ text }];
  const rest = text.slice(label.length);
  return [{ text: label.trimEnd(), marks: ['strong'] }, ...(rest ? [{ text: ` ${rest}` }] : [])];
}

/**
 * The release's own source: outlet (with the names the sources on file give it), release time,
 * bylines and reviewer credits as printed — or the source already on file for the same outlet and
 * release time (a release imported for a second report).
 */
async function createSource(
  tx: Prisma.TransactionClient,
  release: ImportView,
  outlet: string | null,
  articleId: string,
) {
  const { releasedAt, precision, reviewers, bylines } = release.metadata;
  if (release.sourceId) return release.sourceId;
  const base = [slugify(outlet ?? '') || 'release', releasedAt?.slice(0, 10) ?? articleId].join('-');
  let sourceId = base;
  for (let n = 2; await tx.source.count({ where: { id: sourceId } }); n++) sourceId = `${base}-${n}`;
  const outlets: Partial<Record<Locale, string>> =
    release.outletOnFile ?? (outlet ? { [release.originalLocale]: outlet } : {});
  // a byline in a language the outlet has no name in is kept under the outlet's printed name
  const translated = locales.filter((l) => outlets[l] || bylines[l]);
  await tx.source.create({
    data: {
      id: sourceId,
      kind: 'pressRelease',
      languages: release.languages,
      releasedAt: releasedAt ? new Date(releasedAt) : null,
      releasedAtPrecision: precision ?? 'day',
      translations: {
        create: translated.map((locale) => ({
          locale,
          outlet: outlets[locale] ?? outlet ?? Object.values(outlets)[0]!,
          byline: bylines[locale] ?? null,
        })),
      },
      reviewers: { create: reviewers.map((r, position) => ({ position, name: r.name, role: r.role })) },
    },
  });
  return sourceId;
}
