import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import type { Locale } from '@/lib/model/locales';

/**
 * Our own launch content as the translation tests read it: every paragraph of every report, and
 * every pair of its versions in the six directions (the texts were written side by side, so each
 * direction is a translation the checks must pass).
 */
export type LaunchParagraph = Partial<Record<Locale, string>> & { key: string };
export type LaunchArticle = { file: string; report: string; paragraphs: LaunchParagraph[] };

const dir = new URL('../../content/articles/', import.meta.url);

export const launchArticles: LaunchArticle[] = readdirSync(dir).map((file) => ({
  file,
  report: file.replace(/\.yaml$/u, ''),
  paragraphs: (parse(readFileSync(new URL(file, dir), 'utf8')) as { paragraphs: LaunchParagraph[] })
    .paragraphs,
}));

export type LaunchPair = {
  report: string;
  key: string;
  from: Locale;
  to: Locale;
  source: string;
  target: string;
  /** "report key from→to", for a failure's message */
  at: string;
};

const locales = ['zh', 'en', 'vi'] as const;

/** Every paragraph with text in two languages, as a pair in each direction. */
export function launchPairs(articles: readonly LaunchArticle[] = launchArticles): LaunchPair[] {
  return articles.flatMap((a) =>
    a.paragraphs.flatMap((p) =>
      locales.flatMap((from) =>
        locales
          .filter((to) => to !== from && p[from] && p[to])
          .map((to) => ({
            report: a.report,
            key: p.key,
            from,
            to,
            source: p[from]!,
            target: p[to]!,
            at: `${a.report} ${p.key} ${from}→${to}`,
          })),
      ),
    ),
  );
}
