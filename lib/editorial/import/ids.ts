import type { Locale } from '../../model/locales';
import type { ImportPreview } from './parse';

// ───────────── suggested ids ─────────────

const trailing = new Set([
  'a',
  'an',
  'the',
  'to',
  'of',
  'in',
  'on',
  'for',
  'and',
  'about',
  'with',
  'va',
  'cua',
  've',
  'tai',
]);

/** A URL word list from a Latin title: diacritics and đ folded, at most 8 words, no dangling "to". */
export function slugify(text: string): string {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 8);
  while (words.length > 1 && trailing.has(words.at(-1)!)) words.pop();
  return words.join('-').slice(0, 80).replace(/-+$/, '');
}

/**
 * An article id and a slug per language to prefill the confirmation form. Chinese headlines have
 * no Latin words: the Chinese version borrows the English (or Vietnamese) slug, which the editor
 * may replace with pinyin, as the launch content does.
 */
export function suggestIds(preview: ImportPreview): {
  articleId: string;
  slugs: Partial<Record<Locale, string>>;
} {
  const latin =
    slugify(preview.title.en ?? '') ||
    slugify(preview.title.vi ?? '') ||
    slugify(preview.paragraphs[0]?.text.en ?? preview.paragraphs[0]?.text.vi ?? '');
  const date = preview.metadata.releasedAt?.slice(0, 10).replaceAll('-', '') ?? '';
  const base = latin || ['report', date].filter(Boolean).join('-');
  const slugs: Partial<Record<Locale, string>> = {};
  for (const l of preview.languages) slugs[l] = (l === 'zh' ? '' : slugify(preview.title[l] ?? '')) || base;
  return { articleId: base, slugs };
}

/**
 * The outlet to name a new source by: the one printed in the header, the name on file, or — for a
 * Chinese newspaper's own reporter ("本报记者 …") — the paper itself, "本报", as the launch content
 * names the 2015 clipping's source. Empty when nothing says; the editor then types it.
 */
export function suggestedOutlet(
  preview: ImportPreview & { outletOnFile?: Partial<Record<Locale, string>> | null },
): string {
  const onFile =
    preview.outletOnFile?.[preview.originalLocale] ?? Object.values(preview.outletOnFile ?? {})[0];
  if (onFile) return onFile;
  if (preview.metadata.outlet) return preview.metadata.outlet;
  return preview.metadata.bylines.zh?.startsWith('本报') ? '本报' : '';
}

/**
 * Whether the release prints enough of its own source to make one: an outlet, a release time or
 * a byline (a paper's own reporter's clipping names nothing else; its byline is kept on the source).
 */
export const printsItsSource = (metadata: ImportPreview['metadata']) =>
  Boolean(metadata.outlet || metadata.releasedAt || Object.values(metadata.bylines).some(Boolean));
