import type { Locale } from '../model/locales';
import { pick } from '../model/localized';
import type { SourceRef } from './types';

/** Prisma `include` for a row's citations with the outlet names of their sources. */
export const withSources = {
  orderBy: { id: 'asc' as const },
  include: { source: { include: { translations: true } } },
};

type CitationRow = { source: { id: string; translations: Array<{ locale: Locale; outlet: string }> } };

/** The sources behind a fact, in citation order, each once, named in the reader's language. */
export function sourcesOf(citations: CitationRow[], locale: Locale): SourceRef[] {
  return citations
    .filter((c, i, all) => all.findIndex((x) => x.source.id === c.source.id) === i)
    .map((c) => ({
      id: c.source.id,
      outlet: pick(c.source.translations, locale, 'outlet') ?? { text: c.source.id, locale: 'en' },
    }));
}
