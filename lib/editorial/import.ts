import { z } from 'zod';
import { invalidFields } from './limits';
import { appDb } from '../db/app-client';
import { Prisma } from '../db/generated/client';
import { isEntityId } from '../data/localized';
import { locales, type Locale } from '../i18n/locales';
import { audit } from '../auth/audit';
import { authorize } from '../auth/permissions';
import type { Actor } from '../auth/sessions';
import { linkEntities, namesInLocale, type EntityNames } from '../reading/entity-links';
import {
  IMPORT_LIMITS,
  parseRelease,
  problemOf,
  slugify,
  type ImportPreview,
  type ImportProblem,
} from './import-parse';
import { parseMarkup, plainText, storedRuns } from './rich-text';

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
});
export type ImportInput = z.input<typeof importSchema>;
export type ImportResult =
  | { ok: true; articleId: string; originalLocale: Locale; sourceId: string | null }
  | { ok: false; kind: 'invalid'; fields: string[] }
  | ({ ok: false; kind: 'unreadable' } & ImportProblem)
  | { ok: false; kind: 'idTaken' }
  | { ok: false; kind: 'slugTaken'; locale: Locale };

/** The preview, for an editor allowed to import (the page shows it before anything is created). */
export function previewRelease(actor: Actor | null, text: string) {
  authorize(actor, 'article.import');
  return parseRelease(text.slice(0, IMPORT_LIMITS.characters + 1));
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
  const release = parseRelease(data.text);
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
  if (data.sourceId === 'new' && !release.metadata.outlet && !release.metadata.releasedAt)
    return { ok: false, kind: 'invalid', fields: ['sourceId'] };

  const mentions = await mentionsIn(release);
  const now = new Date();
  try {
    const sourceId = await db.$transaction(async (tx) => {
      const sourceId =
        data.sourceId === 'new' ? await createSource(tx, release, data.articleId) : data.sourceId;
      await tx.article.create({
        data: {
          id: data.articleId,
          eventId: data.eventId,
          sourceId,
          originalLocale: release.originalLocale,
          createdAt: now,
          paragraphs: {
            create: release.paragraphs.map((_, i) => ({ key: `p${i + 1}`, position: i, kind: 'paragraph' })),
          },
          people: { create: mentions.people.map((personId) => ({ personId })) },
          cities: { create: mentions.cities.map((cityId) => ({ cityId })) },
          agreements: { create: mentions.agreements.map((agreementId) => ({ agreementId })) },
        },
      });
      for (const locale of release.languages) {
        const slots = release.paragraphs
          .map((p, i) => ({ key: `p${i + 1}`, runs: parseMarkup(p.text[locale] ?? '') }))
          .filter((s) => s.runs.length > 0);
        const version = {
          slug: data.slugs[locale]!,
          title: release.title[locale] ?? release.title[release.originalLocale]!,
          standfirst: '',
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
            paragraphs: slots.map((s) => ({ key: s.key, kind: 'paragraph', runs: s.runs })),
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
        dropped: release.dropped.length,
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
 * The release's own source: outlet, release time and reviewer credits as printed — or the source
 * already on file for the same outlet and release time (a release imported for a second report).
 */
async function createSource(tx: Prisma.TransactionClient, release: ImportPreview, articleId: string) {
  const { outlet, releasedAt, precision, reviewers } = release.metadata;
  if (outlet && releasedAt) {
    const known = await tx.source.findFirst({
      where: { releasedAt: new Date(releasedAt), translations: { some: { outlet } } },
      select: { id: true },
    });
    if (known) return known.id;
  }
  const base = [slugify(outlet ?? '') || 'release', releasedAt?.slice(0, 10) ?? articleId].join('-');
  let sourceId = base;
  for (let n = 2; await tx.source.count({ where: { id: sourceId } }); n++) sourceId = `${base}-${n}`;
  await tx.source.create({
    data: {
      id: sourceId,
      kind: 'pressRelease',
      languages: release.languages,
      releasedAt: releasedAt ? new Date(releasedAt) : null,
      releasedAtPrecision: precision ?? 'day',
      translations: outlet ? { create: { locale: release.originalLocale, outlet } } : undefined,
      reviewers: { create: reviewers.map((r, position) => ({ position, name: r.name, role: r.role })) },
    },
  });
  return sourceId;
}

/**
 * People, cities and agreements the text names (in any of its languages, or by a variant) —
 * exactly what the public page's entity linker would link: longest name first, ambiguous names
 * linking nothing (lib/reading/entity-links.ts).
 */
export async function mentionsIn(release: Pick<ImportPreview, 'title' | 'paragraphs'>) {
  const db = appDb();
  const [people, cities, agreements] = await Promise.all([
    db.person.findMany({ include: { translations: true, aliases: true } }),
    db.city.findMany({ include: { translations: true, aliases: true } }),
    db.agreement.findMany({ include: { translations: true, aliases: true } }),
  ]);
  const found = { person: new Set<string>(), city: new Set<string>(), agreement: new Set<string>() };
  for (const locale of locales) {
    const texts = [release.title, ...release.paragraphs.map((p) => p.text)]
      .map((t) => t[locale])
      .filter((t): t is string => Boolean(t));
    if (texts.length === 0) continue;
    const entities: EntityNames[] = [
      ...people.map((e) => ({
        kind: 'person' as const,
        id: e.id,
        names: namesInLocale(locale, e.translations, e.aliases),
      })),
      ...cities.map((e) => ({
        kind: 'city' as const,
        id: e.id,
        names: namesInLocale(locale, e.translations, e.aliases),
      })),
      ...agreements.map((e) => ({
        kind: 'agreement' as const,
        id: e.id,
        names: namesInLocale(locale, e.translations, e.aliases),
      })),
    ];
    for (const run of linkEntities(
      texts.map((text) => [{ text }]),
      entities,
    ).flat())
      if (run.entity && run.entity.kind !== 'event') found[run.entity.kind].add(run.entity.id);
  }
  return { people: [...found.person], cities: [...found.city], agreements: [...found.agreement] };
}
