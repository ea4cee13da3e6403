import { appDb } from '../../db/app-client';
import { locales, type Locale } from '../../model/locales';
import { linkEntities, namesInLocale, type EntityNames } from '../../model/entity-links';
import type { ImportPreview } from './parse';
import { fold } from './text';
import type { MentionKind } from '../../model/kinds';

/**
 * What the glossary and the files on record say about a release being imported: the people,
 * cities and agreements it names (and names differently from the glossary), the source on file
 * for its outlet, and the event its release time falls in.
 */

/** the kinds a release can name (lib/model/kinds.ts) */
export type GlossaryKind = MentionKind;
export type GlossaryEntry = {
  kind: GlossaryKind;
  id: string;
  translations: Array<{ locale: Locale; name: string }>;
  aliases: Array<{ locale: Locale | null; name: string }>;
};

/** People, cities and agreements with every name and spelling variant the newsroom keeps. */
export async function loadGlossary(): Promise<GlossaryEntry[]> {
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

export const allNames = (e: GlossaryEntry) => [
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
 * linking nothing; lib/model/entity-links.ts) — and the names written in a form other than the
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
export async function matchSource(release: ImportPreview) {
  const { outlet, releasedAt } = release.metadata;
  if (!outlet) return { sourceId: null, outletOnFile: null };
  const key = outletKey(outlet);
  if (key.length < 2) return { sourceId: null, outletOnFile: null };
  const sources = await appDb().source.findMany({
    include: { translations: true },
    orderBy: { releasedAt: 'desc' },
  });
  // a name on file may carry its abbreviation in brackets ("Nhan Dan (NDO)"): the abbreviation a
  // release prints ("NDO - …") is that outlet
  const same = (name: string) =>
    [name, ...[...name.matchAll(/[(（]([^()（）]+)[)）]/gu)].map((m) => m[1]!)].some((form) => {
      const other = outletKey(form);
      return (
        other === key ||
        (Math.min(other.length, key.length) >= 4 && (other.includes(key) || key.includes(other)))
      );
    });
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
export async function matchEvent(releasedAt: string | null): Promise<string | null> {
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
