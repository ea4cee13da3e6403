import { rememberReport } from '../memory/store';
import { z } from 'zod';
import { invalidFields, LIMITS } from './limits';
import { appDb } from '../db/app-client';
import { Prisma } from '../db/generated/client';
import { isEntityId } from '../model/localized';
import { locales, type Locale } from '../model/locales';
import { lineText } from '../model/text-input';
import { audit } from '../auth/audit';
import { authorize } from '../auth/permissions';
import type { Actor } from '../auth/sessions';
import { slugify } from './import/ids';
import {
  IMPORT_LIMITS,
  parseRelease,
  problemOf,
  type ImportPreview,
  type ImportProblem,
  type ImportedSlot,
} from './import/parse';
import {
  allNames,
  glossaryMatches,
  loadGlossary,
  matchEvent,
  matchSource,
  type GlossaryKind,
  type GlossaryMatch,
  type NameVariant,
} from './import/on-record';
import { turnLabel } from './import/structure';
import type { ParagraphKind } from '../model/paragraph-kinds';
import { plainText, storedRuns, type Run } from '../model/rich-text';

export { glossaryMatches, type GlossaryMatch, type NameVariant } from './import/on-record';

/**
 * Turns a confirmed import into a draft report: the article (with the release's language as its
 * original), its aligned paragraphs, one draft version per language (revision 1, "imported"), the
 * release's source with its time and reviewer credits, and the people, cities and agreements the
 * glossary finds in the text. The text is parsed again here — the preview the editor saw is
 * never trusted — and either everything is created or nothing is.
 *
 * Over the newsroom's ~250 lines because importRelease is one transaction (article, slots,
 * versions, source, mentions, revisions), read best in one piece.
 */

const id = z.string().trim().toLowerCase().refine(isEntityId);
const lineNumbers = z.array(z.number().int().min(1).max(IMPORT_LIMITS.characters)).max(1000).default([]);
/** What the editor changed in the preview before confirming: lines kept, joined and split. */
export type Adjustments = { keep?: number[]; join?: number[]; split?: number[] };
export const importSchema = z.object({
  // its lines and their characters are the parser's to judge (ImportProblem 'controlCharacters')
  text: z.string().max(IMPORT_LIMITS.characters),
  articleId: id,
  slugs: z.partialRecord(z.enum(locales), id),
  eventId: id.nullable(),
  /** an existing source's id, 'new' (from the release's own header and footer) or null */
  sourceId: z.union([z.literal('new'), id]).nullable(),
  /** headlines the editor wrote or corrected on the confirmation form; empty keeps the release's */
  titles: z.partialRecord(z.enum(locales), lineText().trim().max(LIMITS.title)).default({}),
  /** the outlet of a new source, as the editor confirmed it (prefilled from the header) */
  outlet: lineText().trim().max(200).default(''),
  /** dropped lines the editor brought back */
  keep: lineNumbers,
  /** lines the editor joined to the paragraph above / made start a paragraph of their own */
  join: lineNumbers,
  split: lineNumbers,
  /** bylines as the editor confirmed them; absent keeps the release's, empty removes one */
  bylines: z.partialRecord(z.enum(locales), lineText().trim().max(200)).optional(),
});
export type ImportInput = z.input<typeof importSchema>;
export type ImportResult =
  | { ok: true; articleId: string; originalLocale: Locale; sourceId: string | null }
  | { ok: false; kind: 'invalid'; fields: string[] }
  | ({ ok: false; kind: 'unreadable' } & ImportProblem)
  | { ok: false; kind: 'idTaken' }
  | { ok: false; kind: 'slugTaken'; locale: Locale };

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
  adjust: Adjustments = {},
): Promise<PreviewResult> {
  authorize(actor, 'article.import');
  const glossary = await loadGlossary();
  const release = parseRelease(text.slice(0, IMPORT_LIMITS.characters + 1), {
    glossary: glossary.map((e) => ({ id: `${e.kind}:${e.id}`, names: allNames(e) })),
    keep: adjust.keep ?? [],
    join: adjust.join ?? [],
    split: adjust.split ?? [],
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
  const release = await previewRelease(actor, data.text, data);
  if (release.ok && data.bylines)
    release.metadata.bylines = Object.fromEntries(
      Object.entries(data.bylines).filter(([, byline]) => byline),
    ) as typeof release.metadata.bylines;
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
      // the release's aligned pairs, in the memory as not yet approved
      await rememberReport(tx, data.articleId, { origin: 'release', now });
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
