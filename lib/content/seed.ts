import type { Db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { locales, type Locale } from '../model/locales';
import type { ContentBundle } from './load';
import type { LocalizedText } from './schema';
import { contentKinds } from './schema';
import { rememberReport } from '../memory/store';

type Tx = Prisma.TransactionClient;

export type SeedResult = {
  /** files whose content was (re)imported */
  imported: string[];
  /** files already in the database at this version */
  unchanged: string[];
  /** entity ids removed because their file no longer defines them */
  removed: string[];
};

/** Advisory lock key of the content seed, so instances starting together import once. */
const SEED_LOCK = 72707370;

type Recorded = Map<string, { sha256: string; entityIds: string[] }>;

/**
 * Imports the launch content into the database. Only files whose bytes changed since their last
 * import are written, all in one transaction: running it twice writes nothing the second time,
 * editing one file re-imports exactly that file, a deleted file takes its entities with it, and a
 * failure leaves the database as it was. Rows editors create later are never touched unless a
 * content file defines the same id.
 */
export async function seedContent(db: Db, bundle: ContentBundle): Promise<SeedResult> {
  // Fast path, no transaction and no writes, when nothing changed.
  const { changed, vanished } = planImport(bundle, await readRecorded(db));
  if (changed.size === 0 && vanished.length === 0) {
    return { imported: [], unchanged: bundle.files.map((f) => f.file), removed: [] };
  }
  return db.$transaction((tx) => importChanges(tx, bundle), { timeout: 120_000, maxWait: 30_000 });
}

async function readRecorded(client: Db | Tx): Promise<Recorded> {
  return new Map((await client.contentImport.findMany()).map((row) => [row.file, row] as const));
}

function planImport(bundle: ContentBundle, recorded: Recorded) {
  const changed = new Set(
    bundle.files.filter((f) => recorded.get(f.file)?.sha256 !== f.sha256).map((f) => f.file),
  );
  const present = new Set(bundle.files.map((f) => f.file));
  const vanished = [...recorded.keys()].filter((file) => !present.has(file));
  return { changed, vanished };
}

async function importChanges(tx: Tx, bundle: ContentBundle): Promise<SeedResult> {
  // Another process may have imported the same files while we waited for the lock: plan again.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK})`;
  const recorded = await readRecorded(tx);
  const { changed, vanished } = planImport(bundle, recorded);
  const has = (file: string) => changed.has(file);
  const result: SeedResult = {
    imported: [...changed].sort(),
    unchanged: bundle.files.map((f) => f.file).filter((f) => !changed.has(f)),
    removed: [],
  };

  // Dependency order: what a file refers to is imported before it.
  if (has(contentKinds.sources.file)) for (const s of bundle.sources) await importSource(tx, s);
  if (has(contentKinds.countries.file)) for (const c of bundle.countries) await importCountry(tx, c);
  if (has(contentKinds.cities.file)) for (const c of bundle.cities) await importCity(tx, c);
  if (has(contentKinds.people.file)) for (const p of bundle.people) await importPerson(tx, p);
  for (const e of bundle.events) if (has(e.file)) await importEvent(tx, e);
  if (has(contentKinds.agreements.file)) for (const a of bundle.agreements) await importAgreement(tx, a);
  if (has(contentKinds.terms.file)) for (const t of bundle.terms) await importTerm(tx, t);
  // Statements point at events, and events at people: people's statements come last.
  if (has(contentKinds.people.file)) for (const p of bundle.people) await importStatements(tx, p);
  for (const a of bundle.articles) if (has(a.file)) await importArticle(tx, a);

  // A deleted file takes what it defined with it (articles and events have a file each).
  for (const file of vanished) {
    const ids = recorded.get(file)?.entityIds ?? [];
    await removeEntities(tx, file, ids);
    await tx.contentImport.delete({ where: { file } });
    result.removed.push(...ids);
  }

  const definedIds = idsByFile(bundle);
  for (const file of changed) {
    const ids = definedIds.get(file) ?? [];
    const dropped = (recorded.get(file)?.entityIds ?? []).filter((id) => !ids.includes(id));
    if (dropped.length > 0) {
      await removeEntities(tx, file, dropped);
      result.removed.push(...dropped);
    }
    const sha256 = bundle.files.find((f) => f.file === file)?.sha256 ?? '';
    await tx.contentImport.upsert({
      where: { file },
      create: { file, sha256, entityIds: ids },
      update: { sha256, entityIds: ids, importedAt: new Date() },
    });
  }
  return result;
}

function idsByFile(bundle: ContentBundle): Map<string, string[]> {
  return new Map<string, string[]>([
    [contentKinds.sources.file, bundle.sources.map((x) => x.id)],
    [contentKinds.countries.file, bundle.countries.map((x) => x.id)],
    [contentKinds.cities.file, bundle.cities.map((x) => x.id)],
    [contentKinds.people.file, bundle.people.map((x) => x.id)],
    [contentKinds.agreements.file, bundle.agreements.map((x) => x.id)],
    [contentKinds.terms.file, bundle.terms.map((x) => x.id)],
    ...bundle.events.map((e) => [e.file, [e.id]] as [string, string[]]),
    ...bundle.articles.map((a) => [a.file, [a.id]] as [string, string[]]),
  ]);
}

async function removeEntities(tx: Tx, file: string, ids: string[]): Promise<void> {
  const where = { id: { in: ids } };
  if (file === contentKinds.sources.file) await tx.source.deleteMany({ where });
  else if (file === contentKinds.countries.file) await tx.country.deleteMany({ where });
  else if (file === contentKinds.cities.file) await tx.city.deleteMany({ where });
  else if (file === contentKinds.people.file) await tx.person.deleteMany({ where });
  else if (file === contentKinds.agreements.file) await tx.agreement.deleteMany({ where });
  else if (file === contentKinds.terms.file)
    await tx.searchTerm.deleteMany({ where: { termId: { in: ids } } });
  else if (file.startsWith('events/')) await tx.event.deleteMany({ where });
  else if (file.startsWith('articles/')) await tx.article.deleteMany({ where });
}

/** One row per language that has a text. */
function perLocale<T extends object>(
  value: LocalizedText | undefined,
  row: (text: string, locale: Locale) => T,
) {
  return locales.flatMap((locale) => {
    const text = value?.[locale];
    return text === undefined ? [] : [row(text, locale)];
  });
}

function merge<K extends string>(fields: Partial<Record<K, LocalizedText | undefined>>) {
  const present = locales.filter((l) =>
    Object.values<LocalizedText | undefined>(fields).some((v) => v?.[l] !== undefined),
  );
  return present.map((locale) => ({
    locale,
    ...(Object.fromEntries(
      Object.entries<LocalizedText | undefined>(fields).map(([k, v]) => [k, v?.[locale] ?? null]),
    ) as Record<K, string | null>),
  }));
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function citationRows(
  subject: Omit<Prisma.CitationCreateManyInput, 'id' | 'sourceId'>,
  key: string,
  sources: string[],
) {
  return sources.map((sourceId) => ({ id: `${key}@${sourceId}`, sourceId, ...subject }));
}

async function importSource(tx: Tx, s: ContentBundle['sources'][number]) {
  const released =
    s.released.precision === 'minute'
      ? new Date(s.released.at)
      : s.released.precision === 'day'
        ? new Date(`${s.released.on}T00:00:00+08:00`)
        : new Date(`${s.released.month}-01T00:00:00+08:00`);
  const data = {
    kind: s.kind,
    languages: s.languages,
    releasedAt: released,
    releasedAtPrecision: s.released.precision,
    singleSourceCaution: s.singleSourceCaution,
  };
  await tx.source.upsert({ where: { id: s.id }, create: { id: s.id, ...data }, update: data });
  await tx.sourceTranslation.deleteMany({ where: { sourceId: s.id } });
  await tx.sourceTranslation.createMany({
    data: merge({ outlet: s.outlet, byline: s.byline, note: s.note })
      .filter((row) => row.outlet !== null)
      .map((row) => ({
        sourceId: s.id,
        locale: row.locale,
        outlet: row.outlet ?? '',
        byline: row.byline,
        note: row.note,
      })),
  });
  await tx.sourceReviewer.deleteMany({ where: { sourceId: s.id } });
  await tx.sourceReviewer.createMany({
    data: s.reviewers.map((r, position) => ({ sourceId: s.id, position, ...r })),
  });
}

async function importCountry(tx: Tx, c: ContentBundle['countries'][number]) {
  await tx.country.upsert({
    where: { id: c.id },
    create: { id: c.id, isoCode: c.isoCode },
    update: { isoCode: c.isoCode },
  });
  await tx.countryTranslation.deleteMany({ where: { countryId: c.id } });
  await tx.countryTranslation.createMany({
    data: perLocale(c.name, (name, locale) => ({ countryId: c.id, locale, name })),
  });
}

async function importTerm(tx: Tx, t: ContentBundle['terms'][number]) {
  await tx.searchTerm.deleteMany({ where: { termId: t.id } });
  await tx.searchTerm.createMany({
    data: locales.flatMap((locale) => t.names[locale].map((name) => ({ termId: t.id, locale, name }))),
    skipDuplicates: true,
  });
}

async function importCity(tx: Tx, c: ContentBundle['cities'][number]) {
  const data = { countryId: c.country, kind: c.kind, latitude: c.latitude, longitude: c.longitude };
  await tx.city.upsert({ where: { id: c.id }, create: { id: c.id, ...data }, update: data });
  await tx.cityTranslation.deleteMany({ where: { cityId: c.id } });
  await tx.cityTranslation.createMany({
    data: merge({ name: c.name, nickname: c.nickname, region: c.region, notes: c.notes }).map((row) => ({
      cityId: c.id,
      ...row,
      name: row.name ?? c.name.en,
    })),
  });
  await tx.cityAlias.deleteMany({ where: { cityId: c.id } });
  await tx.cityAlias.createMany({ data: c.aliases.map((a) => ({ cityId: c.id, ...a })) });
  await tx.citation.deleteMany({ where: { cityId: c.id } });
  await tx.citation.createMany({ data: citationRows({ cityId: c.id }, `city:${c.id}`, c.sources) });
}

async function importPerson(tx: Tx, p: ContentBundle['people'][number]) {
  const data = { cityId: p.city ?? null, singleSource: p.singleSource };
  await tx.person.upsert({ where: { id: p.id }, create: { id: p.id, ...data }, update: data });
  await tx.personTranslation.deleteMany({ where: { personId: p.id } });
  await tx.personTranslation.createMany({
    data: merge({ name: p.name, honorific: p.honorific })
      .filter((row) => row.name !== null)
      .map((row) => ({
        personId: p.id,
        locale: row.locale,
        name: row.name ?? '',
        honorific: row.honorific,
        editorialRendering: p.editorialRendering.includes(row.locale),
      })),
  });
  await tx.personAlias.deleteMany({ where: { personId: p.id } });
  await tx.personAlias.createMany({
    data: p.aliases.map((a) => ({ personId: p.id, locale: a.locale ?? null, name: a.name })),
  });
  await tx.personRole.deleteMany({ where: { personId: p.id } });
  for (const [position, role] of p.roles.entries()) {
    const id = `${p.id}:role:${position}`;
    await tx.personRole.create({ data: { id, personId: p.id, position } });
    await tx.personRoleTranslation.createMany({
      data: perLocale(role, (title, locale) => ({ roleId: id, locale, title })),
    });
  }
  await tx.citation.deleteMany({ where: { personId: p.id } });
  await tx.citation.createMany({ data: citationRows({ personId: p.id }, `person:${p.id}`, p.sources) });
}

async function importStatements(tx: Tx, p: ContentBundle['people'][number]) {
  await tx.statement.deleteMany({ where: { personId: p.id } });
  for (const [position, s] of p.statements.entries()) {
    const id = `${p.id}:statement:${position}`;
    await tx.statement.create({ data: { id, personId: p.id, eventId: s.event ?? null, position } });
    await tx.statementTranslation.createMany({
      data: perLocale(s.summary, (summary, locale) => ({ statementId: id, locale, summary })),
    });
    await tx.citation.createMany({ data: citationRows({ statementId: id }, `statement:${id}`, s.sources) });
  }
  await tx.quote.deleteMany({ where: { personId: p.id } });
  await tx.quote.createMany({
    data: p.quotes.map((q, i) => ({
      id: `${p.id}:quote:${i}`,
      personId: p.id,
      sourceId: q.source,
      locale: q.locale,
      text: q.text,
    })),
  });
}

async function importEvent(tx: Tx, e: ContentBundle['events'][number]) {
  const data = {
    cityId: e.city,
    startsOn: day(e.dates.start),
    endsOn: day(e.dates.end),
    openingOn: e.dates.opening ? day(e.dates.opening) : null,
    edition: e.edition ?? null,
  };
  await tx.event.upsert({ where: { id: e.id }, create: { id: e.id, ...data }, update: data });
  await tx.eventTranslation.deleteMany({ where: { eventId: e.id } });
  await tx.eventTranslation.createMany({
    data: merge({ name: e.name, theme: e.theme, context: e.context }).map((row) => ({
      eventId: e.id,
      ...row,
      name: row.name ?? e.name.en,
    })),
  });
  await tx.citation.deleteMany({ where: { eventId: e.id } });
  await tx.citation.createMany({ data: citationRows({ eventId: e.id }, `event:${e.id}`, e.sources) });

  await tx.eventOrganiser.deleteMany({ where: { eventId: e.id } });
  for (const [position, o] of e.organisers.entries()) {
    const id = `${e.id}:organiser:${position}`;
    await tx.eventOrganiser.create({ data: { id, eventId: e.id, role: o.role, position } });
    await tx.eventOrganiserTranslation.createMany({
      data: perLocale(o.name, (name, locale) => ({ organiserId: id, locale, name })),
    });
  }
  await tx.programmeItem.deleteMany({ where: { eventId: e.id } });
  for (const [position, item] of e.programme.entries()) {
    const id = `${e.id}:programme:${position}`;
    await tx.programmeItem.create({
      data: { id, eventId: e.id, position, kind: item.kind, date: item.date ? day(item.date) : null },
    });
    await tx.programmeItemTranslation.createMany({
      data: perLocale(item.title, (title, locale) => ({ programmeItemId: id, locale, title })),
    });
    await tx.citation.createMany({
      data: citationRows({ programmeItemId: id }, `programme:${id}`, item.sources),
    });
  }
  await tx.eventPoint.deleteMany({ where: { eventId: e.id } });
  for (const [index, point] of e.points.entries()) {
    const position = e.points.slice(0, index).filter((p) => p.kind === point.kind).length;
    const id = `${e.id}:${point.kind}:${position}`;
    await tx.eventPoint.create({
      data: { id, eventId: e.id, kind: point.kind, position, singleSource: point.singleSource },
    });
    await tx.eventPointTranslation.createMany({
      data: perLocale(point.text, (text, locale) => ({ eventPointId: id, locale, text })),
    });
    await tx.citation.createMany({ data: citationRows({ eventPointId: id }, `point:${id}`, point.sources) });
  }
  await tx.eventFigure.deleteMany({ where: { eventId: e.id } });
  for (const figure of e.figures) {
    const id = `${e.id}:figure:${figure.metric}`;
    await tx.eventFigure.create({
      data: { id, eventId: e.id, metric: figure.metric, value: figure.value, qualifier: figure.qualifier },
    });
    await tx.citation.createMany({
      data: citationRows({ eventFigureId: id }, `figure:${id}`, figure.sources),
    });
  }
  await tx.eventCity.deleteMany({ where: { eventId: e.id } });
  await tx.eventCity.createMany({
    data: e.cities.map((c) => ({ eventId: e.id, cityId: c.city, inMainDialogue: c.inMainDialogue })),
  });
  await tx.eventParticipant.deleteMany({ where: { eventId: e.id } });
  await tx.eventParticipant.createMany({
    data: e.participants.map((p) => ({ eventId: e.id, personId: p.person, role: p.role })),
  });
  await tx.discrepancy.deleteMany({ where: { eventId: e.id } });
  for (const [position, d] of e.discrepancies.entries()) {
    const id = `${e.id}:discrepancy:${position}`;
    await tx.discrepancy.create({ data: { id, eventId: e.id, position } });
    await tx.discrepancyTranslation.createMany({
      data: perLocale(d.topic, (topic, locale) => ({ discrepancyId: id, locale, topic })),
    });
    for (const [versionPosition, v] of d.versions.entries()) {
      const versionId = `${id}:version:${versionPosition}`;
      await tx.discrepancyVersion.create({
        data: { id: versionId, discrepancyId: id, position: versionPosition },
      });
      await tx.discrepancyVersionTranslation.createMany({
        data: perLocale(v.claim, (claim, locale) => ({ versionId, locale, claim })),
      });
      await tx.citation.createMany({
        data: citationRows({ discrepancyVersionId: versionId }, `version:${versionId}`, v.sources),
      });
    }
  }
}

async function importAgreement(tx: Tx, a: ContentBundle['agreements'][number]) {
  const data = {
    eventId: a.event ?? null,
    kind: a.kind,
    signedOn: a.signedOn ? day(a.signedOn) : null,
    projectCount: a.projectCount ?? null,
    valueAmount: a.value?.amount ?? null,
    valueCurrency: a.value?.currency ?? null,
    valueQualifier: a.value?.qualifier ?? null,
  };
  await tx.agreement.upsert({ where: { id: a.id }, create: { id: a.id, ...data }, update: data });
  await tx.agreementTranslation.deleteMany({ where: { agreementId: a.id } });
  await tx.agreementTranslation.createMany({
    data: merge({ name: a.name, partiesText: a.partiesText, notes: a.notes }).map((row) => ({
      agreementId: a.id,
      ...row,
      name: row.name ?? a.name.en,
    })),
  });
  await tx.agreementAlias.deleteMany({ where: { agreementId: a.id } });
  await tx.agreementAlias.createMany({ data: a.aliases.map((alias) => ({ agreementId: a.id, ...alias })) });
  await tx.agreementParty.deleteMany({ where: { agreementId: a.id } });
  await tx.agreementParty.createMany({ data: a.parties.map((cityId) => ({ agreementId: a.id, cityId })) });
  await tx.agreementCountry.deleteMany({ where: { agreementId: a.id } });
  await tx.agreementCountry.createMany({
    data: a.countries.map((countryId) => ({ agreementId: a.id, countryId })),
  });
  await tx.agreementEquivalent.deleteMany({ where: { agreementId: a.id } });
  for (const eq of a.value?.equivalents ?? []) {
    const id = `${a.id}:equivalent:${eq.currency}`;
    await tx.agreementEquivalent.create({
      data: { id, agreementId: a.id, amount: eq.amount, currency: eq.currency },
    });
    await tx.citation.createMany({
      data: citationRows({ agreementEquivalentId: id }, `equivalent:${id}`, [eq.source]),
    });
  }
  await tx.agreementField.deleteMany({ where: { agreementId: a.id } });
  for (const [position, field] of a.fields.entries()) {
    const id = `${a.id}:field:${position}`;
    await tx.agreementField.create({ data: { id, agreementId: a.id, position } });
    await tx.agreementFieldTranslation.createMany({
      data: perLocale(field, (name, locale) => ({ fieldId: id, locale, name })),
    });
  }
  await tx.agreementPoint.deleteMany({ where: { agreementId: a.id } });
  for (const [position, point] of a.points.entries()) {
    const id = `${a.id}:point:${position}`;
    await tx.agreementPoint.create({ data: { id, agreementId: a.id, position } });
    await tx.agreementPointTranslation.createMany({
      data: perLocale(point, (text, locale) => ({ pointId: id, locale, text })),
    });
  }
  await tx.citation.deleteMany({ where: { agreementId: a.id } });
  await tx.citation.createMany({ data: citationRows({ agreementId: a.id }, `agreement:${a.id}`, a.sources) });
}

async function importArticle(tx: Tx, a: ContentBundle['articles'][number]) {
  const data = { eventId: a.event ?? null, sourceId: a.source ?? null };
  await tx.article.upsert({ where: { id: a.id }, create: { id: a.id, ...data }, update: data });
  // Paragraph translations hang off both the paragraph and the language version: clear them first.
  await tx.articleParagraph.deleteMany({ where: { articleId: a.id } });
  await tx.articleTranslation.deleteMany({ where: { articleId: a.id } });
  for (const locale of locales) {
    const t = a.translations[locale];
    if (!t) continue;
    const publishedAt = t.publishedAt ? new Date(t.publishedAt) : null;
    await tx.articleTranslation.create({
      data: {
        articleId: a.id,
        locale,
        slug: t.slug,
        title: t.title,
        standfirst: t.standfirst,
        status: t.status,
        publishedAt,
        updatedAt: publishedAt ?? new Date(0),
      },
    });
  }
  await tx.articleParagraph.createMany({
    data: a.paragraphs.map((p, position) => ({ articleId: a.id, key: p.key, position, kind: p.kind })),
  });
  await tx.paragraphTranslation.createMany({
    data: a.paragraphs.flatMap((p) =>
      perLocale(p, (text, locale) => ({
        articleId: a.id,
        paragraphKey: p.key,
        locale,
        text,
        // the launch content's published versions were reviewed where they were written
        reviewed: a.translations[locale]?.status === 'published',
      })),
    ),
  });
  await tx.articlePerson.deleteMany({ where: { articleId: a.id } });
  await tx.articlePerson.createMany({
    data: a.mentions.people.map((personId) => ({ articleId: a.id, personId })),
  });
  await tx.articleCity.deleteMany({ where: { articleId: a.id } });
  await tx.articleCity.createMany({ data: a.mentions.cities.map((cityId) => ({ articleId: a.id, cityId })) });
  await tx.articleAgreement.deleteMany({ where: { articleId: a.id } });
  await tx.articleAgreement.createMany({
    data: a.mentions.agreements.map((agreementId) => ({ articleId: a.id, agreementId })),
  });
  // its approved and published pairs, in the translation memory
  await rememberReport(tx, a.id, { origin: 'report' });
}
