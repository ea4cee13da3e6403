import { isLocale, locales, type Locale } from '../model/locales';

/**
 * Side-by-side reading: which language versions to show next to the page's own, as chosen in the
 * URL (`/zh/articles/<slug>/with/en,vi`). The choice is in the path, not the query string, so each
 * combination is an ordinary cacheable page that renders on the server without JavaScript.
 */

export type CompareNote =
  { reason: 'unknown'; value: string } | { reason: 'repeated' | 'current' | 'unavailable'; value: Locale };

export type Comparison = {
  /** every language shown, the page's own first, then the others in locale-table order */
  languages: Locale[];
  /** what was asked for but ignored, and why — shown to the reader, never an error */
  notes: CompareNote[];
};

/** More than this many entries cannot be a real choice; the rest is reported as one unknown value. */
const MAX_ENTRIES = 6;
const MAX_VALUE_LENGTH = 24;

export function parseComparison(raw: string, current: Locale, available: readonly Locale[]): Comparison {
  const notes: CompareNote[] = [];
  const chosen = new Set<Locale>();
  const entries = raw
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  for (const [index, entry] of entries.entries()) {
    if (index >= MAX_ENTRIES) {
      notes.push({ reason: 'unknown', value: shorten(entries.slice(index).join(',')) });
      break;
    }
    const value = entry.toLowerCase();
    if (!isLocale(value)) notes.push({ reason: 'unknown', value: shorten(entry) });
    else if (value === current) notes.push({ reason: 'current', value });
    else if (chosen.has(value)) notes.push({ reason: 'repeated', value });
    else if (!available.includes(value)) notes.push({ reason: 'unavailable', value });
    else chosen.add(value);
  }
  return { languages: [current, ...locales.filter((l) => chosen.has(l))], notes };
}

function shorten(value: string): string {
  return value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH)}…` : value;
}
