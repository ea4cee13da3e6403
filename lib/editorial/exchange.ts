import { appDb } from '../db/app-client';
import { addUnits, unitsOfPair, type UnitInput } from '../memory/store';
import { readTmx, writeTmx, type TmxProblem } from '../translation/tmx';
import { authorize } from '../auth/permissions';
import type { Actor } from '../auth/sessions';
import { isLocale, locales, type Locale } from '../model/locales';
import { parseMarkup, plainText, toMarkup, type Run } from '../model/rich-text';
import { findsName, type GlossaryTerm } from '../translation/names';
import { paragraphState } from '../translation/states';
import {
  readXliff,
  writeXliff,
  type ExchangeUnit,
  type XliffProblem,
  type XliffVersion,
} from '../translation/xliff';
import { reportGlossary } from './glossary';
import { paragraphsOfRevision, snapshot } from './version-snapshot';
import { saveVersion, type SaveInput, type SaveResult } from './versions';

/**
 * A language version out to a translator's own tool and back (issue 28): the XLIFF file of the
 * version as it is (lib/translation/xliff.ts), and a translated file read, checked against its
 * report and merged like a save from the editor opened at the exported revision — others' changes
 * since are kept, a part both changed is a conflict to settle in the editor. Nothing is written
 * when anything in the file is wrong.
 */

/** A file larger than this is no translated report. */
export const XLIFF_LIMIT_BYTES = 2 * 1024 * 1024;

/** The glossary's forms of the names a source text uses, as notes for the translator. */
function glossaryNotes(text: string, from: Locale, to: Locale, glossary: GlossaryTerm[]): string[] {
  return glossary.flatMap((term) => {
    const name = term.names[from];
    const target = term.names[to];
    if (!name || !target) return [];
    const written = [name, ...(term.variants[from] ?? [])].some((n) => findsName(text, n));
    if (!written) return [];
    const accepted = term.variants[to]?.length ? ` (${term.variants[to]!.join(', ')})` : '';
    return [`${name} → ${target}${accepted}`];
  });
}

export type ExportedFile = { filename: string; xml: string };

/** The translation `locale` of a report as an XLIFF file; null for an unknown report or its original. */
export async function exportXliff(
  actor: Actor | null,
  articleId: string,
  locale: Locale,
  version: XliffVersion,
): Promise<ExportedFile | null> {
  authorize(actor, 'dashboard.view');
  const article = await appDb().article.findUnique({
    where: { id: articleId },
    select: { originalLocale: true },
  });
  if (!article || article.originalLocale === locale) return null;
  const from = article.originalLocale;
  const original = await snapshot(articleId, from);
  if (!original) return null;
  const translation = await snapshot(articleId, locale);
  const glossary = await reportGlossary(articleId);
  const byKey = new Map(translation?.paragraphs.map((p) => [p.key, p]));
  const plain = (markup: string) => parseMarkup(markup);
  const unit = (id: string, source: string, target: string, state: ExchangeUnit['state']): ExchangeUnit => ({
    id,
    source: plain(source),
    target: target.trim() ? plain(target) : null,
    state,
    notes: glossaryNotes(source, from, locale, glossary),
  });
  const written = (text: string | undefined) => (text?.trim() ? 'translated' : 'untranslated');
  const units = [
    unit('title', original.title, translation?.title ?? '', written(translation?.title)),
    ...(original.standfirst.trim()
      ? [
          unit(
            'standfirst',
            original.standfirst,
            translation?.standfirst ?? '',
            written(translation?.standfirst),
          ),
        ]
      : []),
    ...original.paragraphs
      .filter((p) => p.markup.trim())
      .map((p) => {
        const mine = byKey.get(p.key);
        return unit(
          `p.${p.key}`,
          p.markup,
          mine?.markup ?? '',
          paragraphState({
            markup: mine?.markup ?? '',
            outdated: mine?.outdated ?? false,
            reviewed: mine?.reviewed,
          }),
        );
      }),
  ];
  const xml = writeXliff(
    { articleId, sourceLocale: from, targetLocale: locale, revision: translation?.revision ?? 0, units },
    version,
  );
  const extension = version === '1.2' ? 'xlf' : 'xliff';
  return { filename: `${articleId}.${from}-${locale}.${extension}`, xml };
}

export type ImportXliffResult =
  | SaveResult
  | { ok: false; kind: 'xliff'; problem: XliffProblem | { kind: 'noFile' | 'tooLarge' | 'notFound' } };

/**
 * A translated XLIFF file merged into the version it was exported from: checked whole first (its
 * report, languages, revision, unit ids and inline codes), then saved as the translator's form
 * would be, with the exported revision as the merge's base.
 */
export async function importXliff(
  actor: Actor | null,
  articleId: string,
  /** as posted: an unknown language is refused, after who may write */
  posted: string,
  xml: string,
): Promise<ImportXliffResult> {
  const db = appDb();
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { originalLocale: true, paragraphs: { select: { key: true, kind: true } } },
  });
  const locale = isLocale(posted) ? posted : undefined;
  authorize(actor, 'article.editText', { locale, originalLocale: article?.originalLocale });
  const refuse = (problem: Extract<ImportXliffResult, { kind: 'xliff' }>['problem']) =>
    ({ ok: false, kind: 'xliff', problem }) as const;
  if (!article) return refuse({ kind: 'notFound' });
  if (!locale) return refuse({ kind: 'otherLanguages' });
  if (!xml.trim()) return refuse({ kind: 'noFile' });
  if (Buffer.byteLength(xml) > XLIFF_LIMIT_BYTES) return refuse({ kind: 'tooLarge' });
  const read = readXliff(xml);
  if (!read.ok) return refuse(read.problem);
  const file = read.file;
  if (file.articleId !== articleId) return refuse({ kind: 'otherReport' });
  if (file.targetLocale !== locale || file.sourceLocale !== article.originalLocale)
    return refuse({ kind: 'otherLanguages' });
  const current = await snapshot(articleId, locale);
  if (file.revision > (current?.revision ?? 0)) return refuse({ kind: 'noRevision' });

  // the slots the file could name: the report's now, and the exported revision's
  const stored = await db.articleRevision.findUnique({
    where: { articleId_locale_number: { articleId, locale, number: file.revision } },
    select: { slug: true, title: true, standfirst: true, paragraphs: true },
  });
  const base = stored
    ? {
        slug: stored.slug,
        title: stored.title,
        standfirst: stored.standfirst,
        paragraphs: paragraphsOfRevision(stored.paragraphs).map((p) => ({
          key: p.key,
          kind: p.kind,
          markup: toMarkup(p.runs),
        })),
      }
    : file.revision === (current?.revision ?? 0)
      ? current
      : null;
  if (file.revision > 0 && !base) return refuse({ kind: 'noRevision' });
  const kinds = new Map([...article.paragraphs, ...(base?.paragraphs ?? [])].map((p) => [p.key, p.kind]));
  const targets = new Map<string, Run[] | null>();
  for (const u of file.units) {
    const known =
      u.id === 'title' || u.id === 'standfirst' || (u.id.startsWith('p.') && kinds.has(u.id.slice(2)));
    if (!known) return refuse({ kind: 'unknownUnit', unit: u.id });
    // a target still its source's copy (a pre-filled unit the tool left untranslated) is no translation
    const same = u.target && plainText(u.target).trim() === plainText(u.source).trim();
    targets.set(u.id, same ? null : u.target);
  }
  if (!targets.has('title')) return refuse({ kind: 'missingUnit', unit: 'title' });

  const text = (id: string, otherwise: string) => {
    const runs = targets.get(id);
    return runs ? toMarkup(runs) : otherwise;
  };
  // the form as it was at the exported revision, with the file's translations in it
  const slots = base?.paragraphs ?? article.paragraphs.map((p) => ({ ...p, markup: '' }));
  const keys = [
    ...slots.map((p) => p.key),
    ...[...targets.keys()].filter((id) => id.startsWith('p.')).map((id) => id.slice(2)),
  ];
  const input: SaveInput = {
    articleId,
    locale,
    baseRevision: file.revision,
    slug: base?.slug || current?.slug || '',
    title: text('title', base?.title ?? ''),
    standfirst: text('standfirst', base?.standfirst ?? ''),
    paragraphs: [...new Set(keys)].map((key) => ({
      key,
      kind: kinds.get(key) ?? 'paragraph',
      text: text(`p.${key}`, slots.find((p) => p.key === key)?.markup ?? ''),
    })),
  };
  return saveVersion(actor, input);
}

/** The memory of one language pair as a TMX 1.4b file. */
export async function exportTmx(actor: Actor | null, from: Locale, to: Locale): Promise<ExportedFile | null> {
  authorize(actor, 'dashboard.view');
  if (from === to) return null;
  const units = await unitsOfPair(appDb(), from, to);
  return { filename: `memory.${from}-${to}.tmx`, xml: writeTmx({ from, to, units }) };
}

/** A TMX file larger than this is refused (an agency's memory for one client fits well within). */
export const TMX_LIMIT_BYTES = 20 * 1024 * 1024;

export type ImportTmxResult =
  | { ok: true; units: number; added: number }
  | { ok: false; problem: TmxProblem | { kind: 'noFile' | 'tooLarge' } };

/**
 * An agency's TMX file into the memory: every pair of our languages in each unit, in both
 * directions, as not approved (they rank below the portal's own). Nothing is written on error.
 */
export async function importTmx(
  actor: Actor | null,
  xml: string,
  now = new Date(),
): Promise<ImportTmxResult> {
  authorize(actor, 'article.import');
  if (!xml.trim()) return { ok: false, problem: { kind: 'noFile' } };
  if (Buffer.byteLength(xml) > TMX_LIMIT_BYTES) return { ok: false, problem: { kind: 'tooLarge' } };
  const read = readTmx(xml);
  if (!read.ok) return read;
  const units: UnitInput[] = read.units.flatMap((tu) =>
    locales.flatMap((from) =>
      locales
        .filter((to) => to !== from && tu.texts[from] && tu.texts[to])
        .map((to) => ({
          sourceLocale: from,
          targetLocale: to,
          source: tu.texts[from]!,
          target: toMarkup([{ text: tu.texts[to]! }]),
          approved: false,
          origin: 'tmx' as const,
        })),
    ),
  );
  const added = await appDb().$transaction((tx) => addUnits(tx, units, now), { timeout: 120_000 });
  return { ok: true, units: read.units.length, added };
}
