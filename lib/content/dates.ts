import { zonedTimeToUtc } from '../model/time';
import { localeTable, locales } from '../model/locales';
import type { ContentBundle, ContentProblem, SourceContent } from './schema';

/**
 * A report cannot be published before a source it cites was released: that is what the reader of
 * "Published 16 January … based on a release of 17 January" would catch. A report cites its
 * `source` and every source whose outlet its paragraphs name ("According to Archyde, …").
 * A source known only to the day or month was released no earlier than that day or month began,
 * in the zone the portal shows release times in.
 */
export function checkDates(bundle: ContentBundle): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sources = new Map(bundle.sources.map((s) => [s.id, s]));
  const outlets = bundle.sources.map((s) => ({ source: s, names: outletNames(s) }));
  for (const article of bundle.articles) {
    const cited = new Map<string, string>();
    if (article.source) cited.set(article.source, 'its source');
    for (const paragraph of article.paragraphs)
      for (const { source, names } of outlets) {
        if (cited.has(source.id)) continue;
        const text = locales.map((l) => paragraph[l] ?? '').join('\n');
        if (names.some((name) => text.includes(name)))
          cited.set(source.id, `named in paragraph ${paragraph.key}`);
      }
    for (const locale of locales) {
      const publishedAt = article.translations[locale]?.publishedAt;
      if (!publishedAt) continue;
      for (const [id, how] of cited) {
        const source = sources.get(id);
        if (!source) continue;
        const released = earliestRelease(source);
        if (new Date(publishedAt).getTime() < released.getTime())
          problems.push({
            file: article.file,
            field: `translations.${locale}.publishedAt`,
            message: `${publishedAt} is before source "${id}" (${how}) was released (${describeRelease(source)})`,
          });
      }
    }
  }
  return problems;
}

/** The outlet's names as paragraphs write them: "Nhan Dan (NDO)" is named as "Nhan Dan" or "NDO". */
function outletNames(source: SourceContent): string[] {
  const names = new Set<string>();
  for (const outlet of Object.values(source.outlet)) {
    if (!outlet) continue;
    const bracketed = /^(.*?)\s*[(（](.*)[)）]\s*$/u.exec(outlet);
    for (const name of bracketed ? [bracketed[1]!, bracketed[2]!] : [outlet])
      // two-character names ("本报", "this paper") are words of running text, not citations
      if ([...name.trim()].length >= 3) names.add(name.trim());
  }
  return [...names];
}

function earliestRelease(source: SourceContent): Date {
  const zone = localeTable.zh.timeZone;
  const r = source.released;
  if (r.precision === 'minute') return new Date(r.at);
  const day = r.precision === 'day' ? r.on : `${r.month}-01`;
  return zonedTimeToUtc(`${day}T00:00`, zone)!;
}

function describeRelease(source: SourceContent): string {
  const r = source.released;
  return r.precision === 'minute' ? r.at : r.precision === 'day' ? r.on : r.month;
}
