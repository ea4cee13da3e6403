import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { locales } from '../model/locales';
import { checkDates } from './dates';
import {
  articleSchema,
  contentKinds,
  eventSchema,
  type ContentBundle,
  type ContentFile,
  type ContentProblem,
} from './schema';

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `Invalid content (nothing was written):\n` +
        problems.map((p) => `  ${p.file}: ${p.field ? `${p.field}: ` : ''}${p.message}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

/** Reads and validates every file in `directory`; throws ContentError listing all problems. */
export async function loadContent(directory: string): Promise<ContentBundle> {
  const problems: ContentProblem[] = [];
  const files: ContentFile[] = [];

  async function parseFile<S extends z.ZodType>(file: string, schema: S): Promise<z.infer<S> | undefined> {
    const absolute = path.join(directory, file);
    if (!existsSync(absolute)) {
      problems.push({ file, field: '', message: 'file is missing' });
      return undefined;
    }
    const raw = await readFile(absolute, 'utf8');
    files.push({ file, sha256: createHash('sha256').update(raw).digest('hex') });
    const document = parseDocument(raw, { prettyErrors: true, uniqueKeys: true });
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        const line = error.linePos?.[0];
        problems.push({
          file,
          field: line ? `line ${line.line}` : '',
          message: error.message.split('\n')[0] ?? 'YAML error',
        });
      }
      return undefined;
    }
    const data: unknown = document.toJS();
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({ file, field: describePath(data, issue.path), message: issue.message });
      return undefined;
    }
    return parsed.data;
  }

  const sources = (await parseFile(contentKinds.sources.file, contentKinds.sources.schema)) ?? [];
  const countries = (await parseFile(contentKinds.countries.file, contentKinds.countries.schema)) ?? [];
  const cities = (await parseFile(contentKinds.cities.file, contentKinds.cities.schema)) ?? [];
  const people = (await parseFile(contentKinds.people.file, contentKinds.people.schema)) ?? [];
  const agreements = (await parseFile(contentKinds.agreements.file, contentKinds.agreements.schema)) ?? [];
  const terms = (await parseFile(contentKinds.terms.file, contentKinds.terms.schema)) ?? [];

  const events: ContentBundle['events'] = [];
  for (const file of await yamlFiles(directory, 'events')) {
    const event = await parseFile(file, eventSchema);
    if (event) events.push({ ...event, file });
  }
  const articles: ContentBundle['articles'] = [];
  for (const file of await yamlFiles(directory, 'articles')) {
    const article = await parseFile(file, articleSchema);
    if (article) articles.push({ ...article, file });
  }

  const bundle: ContentBundle = {
    files,
    sources,
    countries,
    cities,
    people,
    agreements,
    terms,
    events,
    articles,
  };
  if (problems.length === 0) problems.push(...checkReferences(bundle));
  if (problems.length === 0) problems.push(...checkDates(bundle));
  if (problems.length > 0) throw new ContentError(problems);
  return bundle;
}

async function yamlFiles(directory: string, folder: string): Promise<string[]> {
  const absolute = path.join(directory, folder);
  if (!existsSync(absolute)) return [];
  return (await readdir(absolute))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => `${folder}/${name}`);
}

/** "[3] (id mei-lin) name.en" — the index alone is hard to find in a long file. */
function describePath(data: unknown, issuePath: readonly PropertyKey[]): string {
  let field = '';
  let node: unknown = data;
  for (const [depth, key] of issuePath.entries()) {
    if (typeof key === 'number') {
      field += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const itemId =
        node && typeof node === 'object' && 'id' in node ? (node as { id: unknown }).id : undefined;
      if (depth === 0 && typeof itemId === 'string') field += ` (id ${itemId})`;
    } else {
      field += `${field ? '.' : ''}${String(key)}`;
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[String(key)] : undefined;
    }
  }
  return field;
}

/** Ids must be unique, references must resolve, slugs must be unique per language. */
export function checkReferences(bundle: ContentBundle): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const index = <T extends { id: string }>(file: string, items: T[]) => {
    const ids = new Set<string>();
    items.forEach((item, i) => {
      if (ids.has(item.id)) problems.push({ file, field: `[${i}].id`, message: `duplicate id "${item.id}"` });
      ids.add(item.id);
    });
    return ids;
  };
  const sourceIds = index(contentKinds.sources.file, bundle.sources);
  const countryIds = index(contentKinds.countries.file, bundle.countries);
  const cityIds = index(contentKinds.cities.file, bundle.cities);
  const personIds = index(contentKinds.people.file, bundle.people);
  const agreementIds = index(contentKinds.agreements.file, bundle.agreements);
  index(contentKinds.terms.file, bundle.terms);
  const eventIds = new Set(bundle.events.map((e) => e.id));

  const expect = (
    file: string,
    field: string,
    value: string | undefined,
    known: Set<string>,
    what: string,
  ) => {
    if (value !== undefined && !known.has(value))
      problems.push({ file, field, message: `unknown ${what} "${value}"` });
  };
  const each = (file: string, field: string, values: string[], known: Set<string>, what: string) =>
    values.forEach((v, i) => expect(file, `${field}[${i}]`, v, known, what));

  bundle.cities.forEach((c, i) => {
    const f = `[${i}] (id ${c.id})`;
    expect(contentKinds.cities.file, `${f}.country`, c.country, countryIds, 'country');
    each(contentKinds.cities.file, `${f}.sources`, c.sources, sourceIds, 'source');
  });
  bundle.people.forEach((p, i) => {
    const file = contentKinds.people.file;
    const f = `[${i}] (id ${p.id})`;
    expect(file, `${f}.city`, p.city, cityIds, 'city');
    each(file, `${f}.sources`, p.sources, sourceIds, 'source');
    p.statements.forEach((s, j) => {
      expect(file, `${f}.statements[${j}].event`, s.event, eventIds, 'event');
      each(file, `${f}.statements[${j}].sources`, s.sources, sourceIds, 'source');
    });
    p.quotes.forEach((q, j) => expect(file, `${f}.quotes[${j}].source`, q.source, sourceIds, 'source'));
  });
  bundle.agreements.forEach((a, i) => {
    const file = contentKinds.agreements.file;
    const f = `[${i}] (id ${a.id})`;
    expect(file, `${f}.event`, a.event, eventIds, 'event');
    each(file, `${f}.parties`, a.parties, cityIds, 'city');
    each(file, `${f}.countries`, a.countries, countryIds, 'country');
    each(file, `${f}.sources`, a.sources, sourceIds, 'source');
    a.value?.equivalents.forEach((e, j) =>
      expect(file, `${f}.value.equivalents[${j}].source`, e.source, sourceIds, 'source'),
    );
  });
  for (const e of bundle.events) {
    if (path.basename(e.file, '.yaml') !== e.id)
      problems.push({
        file: e.file,
        field: 'id',
        message: `must match the file name ("${path.basename(e.file, '.yaml')}")`,
      });
    expect(e.file, 'city', e.city, cityIds, 'city');
    each(e.file, 'sources', e.sources, sourceIds, 'source');
    e.programme.forEach((p, i) => each(e.file, `programme[${i}].sources`, p.sources, sourceIds, 'source'));
    e.points.forEach((p, i) => each(e.file, `points[${i}].sources`, p.sources, sourceIds, 'source'));
    e.figures.forEach((p, i) => each(e.file, `figures[${i}].sources`, p.sources, sourceIds, 'source'));
    e.cities.forEach((c, i) => expect(e.file, `cities[${i}].city`, c.city, cityIds, 'city'));
    e.participants.forEach((p, i) =>
      expect(e.file, `participants[${i}].person`, p.person, personIds, 'person'),
    );
    e.discrepancies.forEach((d, i) =>
      d.versions.forEach((v, j) =>
        each(e.file, `discrepancies[${i}].versions[${j}].sources`, v.sources, sourceIds, 'source'),
      ),
    );
  }
  const slugs = new Map<string, string>();
  for (const a of bundle.articles) {
    if (path.basename(a.file, '.yaml') !== a.id)
      problems.push({
        file: a.file,
        field: 'id',
        message: `must match the file name ("${path.basename(a.file, '.yaml')}")`,
      });
    expect(a.file, 'event', a.event, eventIds, 'event');
    expect(a.file, 'source', a.source, sourceIds, 'source');
    each(a.file, 'mentions.people', a.mentions.people, personIds, 'person');
    each(a.file, 'mentions.cities', a.mentions.cities, cityIds, 'city');
    each(a.file, 'mentions.agreements', a.mentions.agreements, agreementIds, 'agreement');
    for (const locale of locales) {
      const slug = a.translations[locale]?.slug;
      if (!slug) continue;
      const owner = slugs.get(`${locale}/${slug}`);
      if (owner)
        problems.push({
          file: a.file,
          field: `translations.${locale}.slug`,
          message: `"${slug}" is already used by ${owner}`,
        });
      slugs.set(`${locale}/${slug}`, a.file);
    }
  }
  return problems;
}

export type { ContentBundle, ContentFile, ContentProblem } from './schema';
