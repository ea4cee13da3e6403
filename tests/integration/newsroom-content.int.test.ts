import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeRole, createEditor, listEditors, readAuditLog } from '@/lib/auth/accounts';
import { Forbidden, NotSignedIn } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/sessions';
import { appDb } from '@/lib/db/app-client';
import { prepareDatabase } from '@/lib/content/prepare';
import { importRelease, previewRelease, type ImportInput } from '@/lib/editorial/import';
import { listEntities, loadEntity, saveEntity } from '@/lib/editorial/entities';
import { glossaryFlags } from '@/lib/editorial/glossary';
import { loadMetadata, saveMetadata } from '@/lib/editorial/metadata';
import { compareRevisions, listRevisions, restoreRevision } from '@/lib/editorial/revisions';
import { loadVersionPage } from '@/lib/editorial/version-page';
import { saveVersion, snapshot } from '@/lib/editorial/versions';
import { dashboard } from '@/lib/editorial/dashboard';
import { transition } from '@/lib/editorial/workflow';
import { createTestAccount } from '../support/accounts';
import { createTestDatabase, dropTestDatabases } from '../support/databases';
import { nextTargets } from '@/lib/freshness/change';

const release = readFileSync(new URL('../fixtures/release-bilingual.txt', import.meta.url), 'utf8');
const actors = {} as Record<'admin' | 'editor' | 'translator' | 'reviewer', Actor>;

const account = createTestAccount;

beforeAll(async () => {
  const url = await createTestDatabase('import');
  await prepareDatabase(url);
  process.env.DATABASE_URL = url;
  actors.admin = await account('admin');
  actors.editor = await account('editor');
  actors.translator = await account('translator', ['vi']);
  actors.reviewer = await account('reviewer', ['vi']);
});
afterAll(dropTestDatabases);

const input = (overrides: Partial<ImportInput> = {}): ImportInput => ({
  text: release,
  articleId: 'gmd-2025-twelve-cities',
  slugs: { zh: 'shi-er-zuo-cheng-shi', en: 'twelve-cities-meet-in-nanning' },
  eventId: 'global-mayors-dialogue-nanning-2025',
  sourceId: 'new',
  ...overrides,
});
const counts = async () => {
  const db = appDb();
  return {
    articles: await db.article.count(),
    sources: await db.source.count(),
    versions: await db.articleTranslation.count(),
    revisions: await db.articleRevision.count(),
  };
};

describe('importing a release', () => {
  it('is refused to anonymous visitors, translators and reviewers before anything is read', async () => {
    const before = await counts();
    await expect(importRelease(null, input())).rejects.toBeInstanceOf(NotSignedIn);
    await expect(importRelease(actors.translator, input())).rejects.toBeInstanceOf(Forbidden);
    await expect(importRelease(actors.reviewer, input())).rejects.toBeInstanceOf(Forbidden);
    await expect(previewRelease(null, release)).rejects.toBeInstanceOf(NotSignedIn);
    await expect(previewRelease(actors.translator, release)).rejects.toBeInstanceOf(Forbidden);
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['text it cannot read', { text: 'Only a headline' }, { kind: 'unreadable', problem: 'noBody' }],
    [
      'a two-word label and a line in another script (both dropped, with their reasons)',
      { text: 'Tiêu đề\nเมืองสุราษฎร์ธานี' },
      { kind: 'unreadable', problem: 'noBody', lines: [1, 2] },
    ],
    ['a malformed id', { articleId: '../etc/passwd' }, { kind: 'invalid', fields: ['articleId'] }],
    [
      'a missing slug for a language of the release',
      { slugs: { zh: 'a-b' } },
      { kind: 'invalid', fields: ['slugs.en'] },
    ],
    ['an unknown event', { eventId: 'no-such-event' }, { kind: 'invalid', fields: ['eventId'] }],
    ['an article id in use', { articleId: 'gmd-2025-opening' }, { kind: 'idTaken' }],
  ])('creates nothing for %s', async (_, overrides, expected) => {
    const before = await counts();
    expect(await importRelease(actors.editor, input(overrides as Partial<ImportInput>))).toMatchObject({
      ok: false,
      ...expected,
    });
    expect(await counts()).toEqual(before);
  });

  it('refuses a slug another report has, naming the language', async () => {
    const taken = (await appDb().articleTranslation.findFirstOrThrow({ where: { locale: 'en' } })).slug;
    const before = await counts();
    expect(await importRelease(actors.editor, input({ slugs: { zh: 'fresh-slug', en: taken } }))).toEqual({
      ok: false,
      kind: 'slugTaken',
      locale: 'en',
    });
    expect(await counts()).toEqual(before);
  });

  it('creates a draft per language with aligned paragraphs, a source from the credits and the mentions it finds', async () => {
    const result = await importRelease(actors.editor, input());
    expect(result).toEqual({
      ok: true,
      articleId: 'gmd-2025-twelve-cities',
      originalLocale: 'zh',
      // the launch content already has this release on file: no second copy of it
      sourceId: 'nnicc-2025-01-17',
    });
    const db = appDb();
    const article = await db.article.findUniqueOrThrow({
      where: { id: 'gmd-2025-twelve-cities' },
      include: {
        translations: true,
        cities: true,
        source: { include: { reviewers: { orderBy: { position: 'asc' } }, translations: true } },
      },
    });
    expect(article.originalLocale).toBe('zh');
    expect(article.eventId).toBe('global-mayors-dialogue-nanning-2025');
    expect(article.translations.map((t) => [t.locale, t.status, t.revision]).sort()).toEqual([
      ['en', 'draft', 1],
      ['zh', 'draft', 1],
    ]);
    expect(article.source!.releasedAt!.toISOString()).toBe('2025-01-17T13:14:00.000Z');
    expect(article.source!.releasedAtPrecision).toBe('minute');
    expect(article.source!.translations).toContainEqual(expect.objectContaining({ outlet: 'NNICC' }));
    expect(article.source!.reviewers.map((r) => `${r.role}: ${r.name}`)).toEqual([
      'Reviewer 1: Huang Mengyao',
      'Reviewer 2: Zhang Yanlan',
      'Reviewer 3: Tang Caihong',
      'English reviewer: Shen Fei',
    ]);
    // the glossary finds the cities named in either language
    expect(article.cities.map((c) => c.cityId)).toEqual(
      expect.arrayContaining(['nanning', 'vientiane', 'yangon', 'mong-cai', 'siem-reap']),
    );

    const zh = (await snapshot('gmd-2025-twelve-cities', 'zh'))!;
    const en = (await snapshot('gmd-2025-twelve-cities', 'en'))!;
    expect(zh.title).toBe('十二座城市齐聚南宁 共话开放合作');
    expect(zh.paragraphs.map((p) => p.key)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(en.paragraphs[2]!.markup).toBe(
      'According to the organisers, 12 cities from 8 countries took part.',
    );
    expect(zh.paragraphs[2]!.markup).toBe('据主办方介绍，本次活动共有8个国家的12座城市参加。');
    // debris and credits are not text
    const all = JSON.stringify([zh, en]);
    for (const debris of ['00:00 / 01:32', '分享到', 'Shen Fei', 'NNICC']) expect(all).not.toContain(debris);
    expect(zh.paragraphs.filter((p) => p.markup === '图为主对话现场。')).toHaveLength(1);
    // the caption printed twice is kept once, as a caption, in both languages' slot
    expect(zh.paragraphs.map((p) => p.kind)).toEqual(['paragraph', 'caption', 'paragraph', 'paragraph']);

    const revisions = await listRevisions(actors.editor, 'gmd-2025-twelve-cities', 'en');
    expect(revisions).toHaveLength(1);
    const audit = await db.auditEntry.findFirst({ where: { action: 'article_import' } });
    expect(audit?.subject).toBe('article:gmd-2025-twelve-cities');
  });

  it('the same release again cannot take the id twice', async () => {
    expect(await importRelease(actors.editor, input())).toMatchObject({ ok: false, kind: 'idTaken' });
  });

  it('a release from an outlet not on file gets a new source with its credits', async () => {
    const text = release
      .replace('来源：NNICC', '来源：Nanning Evening Test')
      .replace('2025-01-17 21:14', '2025-01-18 09:30');
    const result = await importRelease(
      actors.editor,
      input({ text, articleId: 'twelve-cities-second', slugs: { zh: 'second-zh', en: 'second-en' } }),
    );
    expect(result).toMatchObject({ ok: true, sourceId: 'nanning-evening-test-2025-01-18' });
    const source = await appDb().source.findUniqueOrThrow({
      where: { id: 'nanning-evening-test-2025-01-18' },
      include: { reviewers: true, translations: true },
    });
    expect(source.reviewers).toHaveLength(4);
    expect(source.translations).toMatchObject([{ locale: 'zh', outlet: 'Nanning Evening Test' }]);
    expect(source.kind).toBe('pressRelease');
  });
});

describe('the preview of a real release, against the glossary and the files on record', () => {
  const fixture = (name: string) =>
    readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');

  it('lists the names it found with the text that matched, and the names written another way', async () => {
    const preview = await previewRelease(actors.editor, fixture('01-headline-in-english-only.txt'));
    if (!preview.ok) throw new Error(preview.problem);
    expect(preview.matches).toContainEqual({
      kind: 'person',
      id: 'nong-shengwen',
      found: { zh: ['农生文'], en: ['Nong Shengwen'] },
    });
    expect(preview.matches).toContainEqual({
      kind: 'city',
      id: 'vientiane',
      found: { zh: ['万象市'], en: ['Vientiane'] },
    });
    // the launch glossary writes the Laotian mayor "Atsaphangthong" in English only as a variant
    const variants = await previewRelease(
      actors.editor,
      'Headline\nAtsaphangthong Siphandone met the mayor of Nanning on 16 January.',
    );
    if (!variants.ok) throw new Error(variants.problem);
    expect(variants.variants).toEqual([
      { locale: 'en', found: 'Atsaphangthong Siphandone', suggested: 'Athsaphangthong Siphandone' },
    ]);
  });

  it('preselects the event from the release time and the outlet from the sources on file', async () => {
    // NNICC's release on file, at the same minute: that very source
    const same = await previewRelease(actors.editor, fixture('01-headline-in-english-only.txt'));
    if (!same.ok) throw new Error(same.problem);
    expect(same).toMatchObject({
      eventId: 'global-mayors-dialogue-nanning-2025',
      sourceId: 'nnicc-2025-01-17',
    });
    // People's Daily Online on file at another time: a new source of a known outlet
    const dateline = await previewRelease(
      actors.editor,
      "Mayors arrive\n(People's Daily Online) 09:10, January 16, 2025\nThe first delegations arrived in Nanning.",
    );
    if (!dateline.ok) throw new Error(dateline.problem);
    expect(dateline).toMatchObject({
      eventId: 'global-mayors-dialogue-nanning-2025',
      sourceId: null,
      outletOnFile: expect.objectContaining({ en: "People's Daily Online", zh: '人民网' }),
    });
    // an outlet's abbreviation as its prefix ("NDO - "): the outlet on file with it in brackets
    const prefix = await previewRelease(
      actors.editor,
      'Đại biểu tới Nam Ninh\nNDO - Chiều 15/1, các đoàn đại biểu đầu tiên đã tới Nam Ninh.',
    );
    if (!prefix.ok) throw new Error(prefix.problem);
    expect(prefix.metadata.outlet).toBe('NDO');
    expect(prefix.outletOnFile).toMatchObject({ en: 'Nhan Dan (NDO)' });
    // the 2015 clipping: the 2015 forum; an outlet nobody has on file
    const clipping = await previewRelease(actors.editor, fixture('08-chinese-clipping.txt'));
    if (!clipping.ok) throw new Error(clipping.problem);
    expect(clipping).toMatchObject({ eventId: 'china-asean-mayors-forum-2015', outletOnFile: null });
  });

  it('creates the kinds it read, labels in strong type, an empty headline where the release has none, the byline on the source', async () => {
    const result = await importRelease(actors.editor, {
      text: fixture('01-headline-in-english-only.txt'),
      articleId: 'mayors-open-dialogue',
      slugs: { zh: 'shi-zhang-kai-mu', en: 'mayors-open-dialogue' },
      eventId: 'global-mayors-dialogue-nanning-2025',
      sourceId: 'nnicc-2025-01-17',
    });
    expect(result).toMatchObject({ ok: true, originalLocale: 'zh' });
    const zh = (await snapshot('mayors-open-dialogue', 'zh'))!;
    const en = (await snapshot('mayors-open-dialogue', 'en'))!;
    expect(zh.title).toBe('');
    expect(en.title).toBe('Mayors of twelve cities open the Global Mayors Dialogue in Nanning');
    // the missing headline must be written before review; the dashboard shows another language's
    expect(
      await transition(actors.editor, { articleId: 'mayors-open-dialogue', locale: 'zh', action: 'submit' }),
    ).toEqual({ ok: false, kind: 'titleMissing' });
    expect((await snapshot('mayors-open-dialogue', 'zh'))!.revision).toBe(1);
    const row = (await dashboard(actors.editor, {}, 'zh')).items.find((r) => r.id === 'mayors-open-dialogue');
    expect(row).toMatchObject({ title: en.title, titleLocale: 'en' });
    // the English-only paragraph is one slot, absent from the Chinese version: nothing shifted
    expect(en.paragraphs.map((p) => p.key)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    expect(zh.paragraphs.find((p) => p.key === 'p3')!.markup).toBe('');
    expect(zh.paragraphs.find((p) => p.key === 'p6')!.markup).toBe('此次对话共签约14个交流合作项目。');
    expect(en.paragraphs.find((p) => p.key === 'p6')!.markup).toBe(
      'In total, 14 exchange and cooperation projects were signed during the dialogue.',
    );

    const interview = await importRelease(actors.editor, {
      text: fixture('11-chinese-interview.txt'),
      articleId: 'interview-city-cooperation',
      slugs: { zh: 'zhuan-fang-cheng-shi-he-zuo' },
      eventId: null,
      sourceId: 'new',
    });
    expect(interview).toMatchObject({ ok: true, sourceId: 'release-2025-01-17' });
    const version = (await snapshot('interview-city-cooperation', 'zh'))!;
    expect(version.paragraphs.map((p) => [p.kind, p.markup])).toEqual([
      ['heading', '一、对话的缘起'],
      ['paragraph', '世界市长对话·南宁于1月15日至18日举行，主题聚焦城市开放与合作。'],
      ['caption', '图为主对话会场。'],
      ['heading', '二、专访实录'],
      ['question', '**问：** 为什么选择在南宁举办？'],
      ['answer', '**答：** 南宁是中国—东盟博览会的永久举办地，与东盟城市往来密切。'],
      ['question', '**问：** 接下来有什么安排？'],
      ['answer', '**答：** 我们将与伙伴城市逐一跟进已签约的14个项目。'],
    ]);
    const source = await appDb().source.findUniqueOrThrow({
      where: { id: 'release-2025-01-17' },
      include: { translations: true, reviewers: true },
    });
    expect(source.translations).toMatchObject([{ locale: 'zh', outlet: '南宁日报' }]);
    expect(source.reviewers.map((r) => [r.role, r.name])).toEqual([['责任编辑', '韦宁']]);
  });

  it('creates what the editor adjusted in the preview: a paragraph joined, one split, the byline corrected', async () => {
    const text = fixture('20-chinese-column-wider.txt');
    const read = await previewRelease(actors.editor, text);
    if (!read.ok) throw new Error(read.problem);
    const bodyLines = read.paragraphs.map((p) => p.lines.zh!);
    expect(bodyLines.length).toBe(4);
    // join the second paragraph to the first, split the last one at its third printed line
    const joined = bodyLines[1]![0]!;
    const split = bodyLines[3]![2]!;
    const result = await importRelease(actors.editor, {
      text,
      articleId: 'column-adjusted',
      slugs: { zh: 'column-adjusted' },
      eventId: null,
      sourceId: 'new',
      outlet: '南宁日报',
      join: [joined],
      split: [split],
      bylines: { zh: '韦宁 陆晓' },
    });
    expect(result).toMatchObject({ ok: true });
    const version = (await snapshot('column-adjusted', 'zh'))!;
    expect(version.paragraphs.map((p) => p.kind)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph']);
    expect(version.paragraphs[0]!.markup).toMatch(/展开交流。对话期间，南宁市与缅甸仰光市/u);
    expect(version.paragraphs[2]!.markup).toMatch(/在城$/u);
    expect(version.paragraphs[3]!.markup).toMatch(/^市间交流中具有独特优势/u);
    const source = await appDb().source.findUniqueOrThrow({
      where: { id: (result as { sourceId: string }).sourceId },
      include: { translations: true },
    });
    expect(source.translations).toMatchObject([{ locale: 'zh', outlet: '南宁日报', byline: '韦宁 陆晓' }]);
  });
});

describe('article metadata', () => {
  const id = 'gmd-2025-twelve-cities';
  it('is changed by editors only; unknown entities are refused and change nothing', async () => {
    const change = {
      articleId: id,
      eventId: null,
      sourceId: null,
      people: ['nong-shengwen'],
      cities: ['nanning'],
      agreements: [],
    };
    await expect(saveMetadata(null, change)).rejects.toBeInstanceOf(NotSignedIn);
    await expect(saveMetadata(actors.translator, change)).rejects.toBeInstanceOf(Forbidden);
    await expect(saveMetadata(actors.reviewer, change)).rejects.toBeInstanceOf(Forbidden);
    expect(
      await saveMetadata(actors.editor, { ...change, people: ['nobody-at-all'], eventId: "x' OR 1=1" }),
    ).toEqual({ ok: false, kind: 'invalid', fields: ['eventId'] });
    expect(await saveMetadata(actors.editor, { ...change, people: ['nobody-at-all'] })).toEqual({
      ok: false,
      kind: 'invalid',
      fields: ['people'],
    });
    const before = await appDb().article.findUniqueOrThrow({ where: { id }, include: { people: true } });
    expect(before.eventId).toBe('global-mayors-dialogue-nanning-2025');
    expect(before.people).toEqual([]);

    expect(await saveMetadata(actors.editor, change)).toEqual({ ok: true, refresh: null });
    const after = await appDb().article.findUniqueOrThrow({
      where: { id },
      include: { people: true, cities: true },
    });
    expect(after.eventId).toBeNull();
    expect(after.people.map((p) => p.personId)).toEqual(['nong-shengwen']);
    expect(after.cities.map((c) => c.cityId)).toEqual(['nanning']);
  });

  it('refreshes the pages of a published report, including those of a mention just removed', async () => {
    const published = 'mayors-forum-2015-nanning-consensus';
    const article = await appDb().article.findUniqueOrThrow({
      where: { id: published },
      include: { cities: true, people: true, agreements: true },
    });
    const result = await saveMetadata(actors.editor, {
      articleId: published,
      eventId: article.eventId,
      sourceId: article.sourceId,
      people: article.people.map((p) => p.personId),
      cities: [],
      agreements: article.agreements.map((a) => a.agreementId),
    });
    expect(result.ok).toBe(true);
    if (!result.ok || !result.refresh) throw new Error('expected a refresh');
    // the removed city's page and its list of reports are refreshed too
    for (const c of article.cities) {
      expect(nextTargets(result.refresh).paths).toContain(`/vi/cities/${c.cityId}`);
      expect(nextTargets(result.refresh).tags).toContain(`list:city:${c.cityId}:zh:after:${published}`);
    }
  });
});

describe('glossary entries', () => {
  const names = { zh: '测试市', en: 'Testville', vi: 'Thành phố Thử' };
  const city = {
    id: 'testville',
    names,
    variants: { en: 'Test Ville\nTestvile', vi: '', zh: '' },
    countryId: 'vietnam',
    kind: 'city',
    latitude: '21.5',
    longitude: '105.8',
  };

  it('only editors and admins create or change entries; nothing changes otherwise', async () => {
    const before = await appDb().city.count();
    await expect(saveEntity(null, { type: 'city', create: true, values: city })).rejects.toBeInstanceOf(
      NotSignedIn,
    );
    for (const who of [actors.translator, actors.reviewer])
      await expect(saveEntity(who, { type: 'city', create: true, values: city })).rejects.toBeInstanceOf(
        Forbidden,
      );
    expect(await appDb().city.count()).toBe(before);
  });

  it.each([
    ['no name in any language', { names: { zh: '', en: '', vi: '' } }, ['names']],
    ['a latitude off the globe', { latitude: '123' }, ['latitude']],
    ['an unknown country', { countryId: 'atlantis' }, ['countryId']],
    ['a malformed id', { id: 'Test Ville!' }, ['id']],
    [
      'an overlong variant list',
      { variants: { en: Array.from({ length: 60 }, (_, i) => `variant ${i}`).join('\n') } },
      ['variants.en'],
    ],
  ])('refuses %s, naming the field', async (_, change, fields) => {
    const before = await appDb().city.count();
    const result = await saveEntity(actors.editor, {
      type: 'city',
      create: true,
      values: { ...city, ...change },
    });
    expect(result).toMatchObject({ ok: false, kind: 'invalid' });
    if (!result.ok && result.kind === 'invalid')
      expect(result.fields).toEqual(expect.arrayContaining(fields));
    expect(await appDb().city.count()).toBe(before);
  });

  it('creates a city with names per language and variants, refuses its id twice, and edits it', async () => {
    const created = await saveEntity(actors.editor, { type: 'city', create: true, values: city });
    expect(created).toMatchObject({ ok: true, id: 'testville' });
    if (created.ok)
      expect(nextTargets(created.refresh).patterns).toEqual([{ path: '/[locale]', type: 'layout' }]);
    expect(await saveEntity(actors.editor, { type: 'city', create: true, values: city })).toEqual({
      ok: false,
      kind: 'idTaken',
    });
    expect(await loadEntity(actors.reviewer, 'city', 'testville')).toMatchObject({
      names,
      variants: { en: 'Test Ville\nTestvile' },
      fields: { countryId: 'vietnam', kind: 'city', latitude: '21.5' },
    });
    // removing the Chinese name removes that language's row; an update never creates
    await saveEntity(actors.editor, {
      type: 'city',
      create: false,
      values: { ...city, names: { ...names, zh: '' }, variants: { en: 'Testvile' } },
    });
    const row = await appDb().city.findUniqueOrThrow({
      where: { id: 'testville' },
      include: { translations: true, aliases: true },
    });
    expect(row.translations.map((t) => t.locale).sort()).toEqual(['en', 'vi']);
    expect(row.aliases.map((a) => a.name)).toEqual(['Testvile']);
    expect(
      await saveEntity(actors.editor, {
        type: 'city',
        create: false,
        values: { ...city, id: 'nowhere-at-all' },
      }),
    ).toEqual({
      ok: false,
      kind: 'notFound',
    });
  });

  it('a spelling variant added for a person is flagged in a saved translation with the glossary form', async () => {
    const person = (await loadEntity(actors.editor, 'person', 'nong-shengwen'))!;
    const saved = await saveEntity(actors.editor, {
      type: 'person',
      create: false,
      values: {
        id: person.id,
        names: { zh: person.names.zh!, en: person.names.en!, vi: person.names.vi! },
        variants: { ...person.variants, en: 'Nong Sheng-wen' },
        cityId: person.fields.cityId,
      },
    });
    expect(saved.ok).toBe(true);
    await appDb().articlePerson.upsert({
      where: { articleId_personId: { articleId: 'gmd-2025-twelve-cities', personId: 'nong-shengwen' } },
      create: { articleId: 'gmd-2025-twelve-cities', personId: 'nong-shengwen' },
      update: {},
    });
    expect(
      await glossaryFlags('gmd-2025-twelve-cities', 'en', ['Nong Sheng-wen opened the dialogue.']),
    ).toEqual([{ paragraph: 1, found: 'Nong Sheng-wen', suggested: 'Nong Shengwen' }]);
  });

  it('keeps a name marked as an editorial rendering until the name itself changes', async () => {
    const hou = (await loadEntity(actors.editor, 'person', 'hou-gang'))!;
    const values = {
      id: hou.id,
      names: hou.names,
      variants: { en: 'Hou Kang' },
      cityId: hou.fields.cityId,
    };
    const mark = async () =>
      (
        await appDb().personTranslation.findUniqueOrThrow({
          where: { personId_locale: { personId: 'hou-gang', locale: 'vi' } },
        })
      ).editorialRendering;
    expect(await mark()).toBe(true);
    expect((await saveEntity(actors.editor, { type: 'person', create: false, values })).ok).toBe(true);
    expect(await mark()).toBe(true);
    await saveEntity(actors.editor, {
      type: 'person',
      create: false,
      values: { ...values, names: { ...hou.names, vi: 'Hầu Cương (đã duyệt)' } },
    });
    expect(await mark()).toBe(false);
  });

  it('creates a source with credits and an event with dates; a backwards date range is refused', async () => {
    expect(
      await saveEntity(actors.editor, {
        type: 'source',
        create: true,
        values: {
          id: 'test-wire-2025-01-18',
          names: { en: 'Test Wire', zh: '', vi: '' },
          kind: 'newsReport',
          releasedOn: '2025-01-18',
          reviewers: 'Reviewer 1: A. Person\nEnglish reviewer: B. Person',
        },
      }),
    ).toMatchObject({ ok: true });
    const source = await appDb().source.findUniqueOrThrow({
      where: { id: 'test-wire-2025-01-18' },
      include: { reviewers: true },
    });
    expect(source.reviewers.map((r) => r.role)).toEqual(['Reviewer 1', 'English reviewer']);
    expect(
      await saveEntity(actors.editor, {
        type: 'source',
        create: true,
        values: {
          id: 'bad-credits',
          names: { en: 'X' },
          kind: 'newsReport',
          releasedOn: '',
          reviewers: 'no colon here',
        },
      }),
    ).toMatchObject({ ok: false, fields: ['reviewers'] });
    const event = {
      id: 'test-forum-2026',
      names: { en: 'Test Forum', zh: '测试论坛', vi: '' },
      cityId: 'nanning',
      startsOn: '2026-03-02',
      endsOn: '2026-03-01',
    };
    expect(await saveEntity(actors.editor, { type: 'event', create: true, values: event })).toEqual({
      ok: false,
      kind: 'invalid',
      fields: ['endsOn'],
    });
    expect(
      await saveEntity(actors.editor, {
        type: 'event',
        create: true,
        values: { ...event, endsOn: '2026-03-03' },
      }),
    ).toMatchObject({ ok: true });
  });

  it('loads an entry of every type and saves it back unchanged', async () => {
    const lists = await listEntities(actors.editor, 'en');
    for (const type of ['person', 'city', 'agreement', 'source', 'event'] as const) {
      const id = lists[type][0]!.id;
      const loaded = (await loadEntity(actors.editor, type, id))!;
      expect(Object.values(loaded.names).some(Boolean), `${type} ${id}`).toBe(true);
      const saved = await saveEntity(actors.editor, {
        type,
        create: false,
        values: { id, names: loaded.names, variants: loaded.variants, ...loaded.fields },
      });
      expect(saved, `${type} ${id}`).toMatchObject({ ok: true, id });
      expect(await loadEntity(actors.editor, type, id), `${type} ${id}`).toEqual(loaded);
    }
  });
});

describe('every server action, tried by every role and by an anonymous visitor', () => {
  type Who = 'anonymous' | 'admin' | 'editor' | 'translator' | 'reviewer';
  const everyone: Who[] = ['admin', 'editor', 'translator', 'reviewer'];
  const article = 'mayors-forum-2015-nanning-consensus'; // original zh; no vi version yet
  /** the report's slots as they are (a save that restructures is an editor's, not a translator's) */
  const slots = async () =>
    (await snapshot(article, 'zh'))!.paragraphs.map((p) => ({ key: p.key, text: 'x' }));
  // Each row: the lib call a server action (an actions.ts under app/editor/[locale]/) or page makes, with
  // input that cannot change anything once authorization has passed (stale revision, unknown
  // id, invalid field), and who may make it (lib/auth/permissions.ts, translator vi, reviewer vi).
  const rows: Array<[string, Who[], (a: Actor | null) => unknown]> = [
    [
      'saveAction: the original (zh)',
      ['admin', 'editor'],
      async (a) =>
        saveVersion(a, {
          articleId: article,
          locale: 'zh',
          baseRevision: 999,
          slug: 'x',
          title: 'x',
          standfirst: '',
          paragraphs: await slots(),
        }),
    ],
    [
      'saveAction: a translation (vi)',
      ['admin', 'editor', 'translator'],
      async (a) =>
        saveVersion(a, {
          articleId: article,
          locale: 'vi',
          baseRevision: 999,
          slug: 'x',
          title: 'x',
          standfirst: '',
          paragraphs: await slots(),
        }),
    ],
    [
      'saveAction: a language not assigned (en)',
      ['admin', 'editor'],
      async (a) =>
        saveVersion(a, {
          articleId: article,
          locale: 'en',
          baseRevision: 999,
          slug: 'x',
          title: 'x',
          standfirst: '',
          paragraphs: await slots(),
        }),
    ],
    [
      'transitionAction: submit vi',
      ['admin', 'editor', 'translator'],
      (a) => transition(a, { articleId: article, locale: 'vi', action: 'submit' }),
    ],
    [
      'transitionAction: approve vi',
      ['admin', 'reviewer'],
      (a) => transition(a, { articleId: article, locale: 'vi', action: 'approve' }),
    ],
    [
      'transitionAction: reject vi',
      ['admin', 'reviewer'],
      (a) => transition(a, { articleId: article, locale: 'vi', action: 'reject', comment: 'x' }),
    ],
    [
      'transitionAction: approve zh',
      ['admin'],
      (a) => transition(a, { articleId: article, locale: 'zh', action: 'approve' }),
    ],
    ...(['publish', 'schedule', 'unschedule', 'unpublish'] as const).map(
      (action): [string, Who[], (a: Actor | null) => unknown] => [
        `transitionAction: ${action} vi`,
        ['admin', 'editor'],
        (a) =>
          transition(a, { articleId: article, locale: 'vi', action, at: new Date(Date.now() + 3_600_000) }),
      ],
    ),
    ['restoreAction: vi', ['admin', 'editor', 'translator'], (a) => restoreRevision(a, article, 'vi', 999)],
    ['restoreAction: zh', ['admin', 'editor'], (a) => restoreRevision(a, article, 'zh', 999)],
    [
      'createUserAction',
      ['admin'],
      (a) => createEditor(a, { email: 'bad', name: '', role: 'editor', password: 'x' }),
    ],
    ['changeRoleAction', ['admin'], (a) => changeRole(a, 'no-such-editor', 'editor', [])],
    ['users page', ['admin'], (a) => listEditors(a)],
    ['audit page', ['admin'], (a) => readAuditLog(a, 1)],
    ['importAction: preview', ['admin', 'editor'], (a) => previewRelease(a, 'x')],
    [
      'importAction: create',
      ['admin', 'editor'],
      (a) => importRelease(a, { ...input(), articleId: 'Bad Id' }),
    ],
    [
      'metadataAction',
      ['admin', 'editor'],
      (a) =>
        saveMetadata(a, {
          articleId: 'no-such-report',
          eventId: null,
          sourceId: null,
          people: [],
          cities: [],
          agreements: [],
        }),
    ],
    [
      'entityAction',
      ['admin', 'editor'],
      (a) => saveEntity(a, { type: 'city', create: true, values: { id: 'Bad Id' } }),
    ],
    ['dashboard page', everyone, (a) => dashboard(a, {}, 'en')],
    ['version page', everyone, (a) => loadVersionPage(a, article, 'zh')],
    ['revisions', everyone, (a) => listRevisions(a, article, 'zh')],
    ['revision diff', everyone, (a) => compareRevisions(a, article, 'zh', 1, 2)],
    ['metadata page', everyone, (a) => loadMetadata(a, article, 'en')],
    [
      'glossary pages',
      everyone,
      async (a) => [await listEntities(a, 'en'), await loadEntity(a, 'city', 'nanning')],
    ],
  ];

  it.each(rows)('%s: exactly %j', async (_, allowed, run) => {
    const before = JSON.stringify([
      await snapshot(article, 'zh'),
      await counts(),
      await appDb().editor.count(),
    ]);
    for (const who of ['anonymous', ...everyone] as Who[]) {
      const actor = who === 'anonymous' ? null : actors[who];
      const outcome = await Promise.resolve()
        .then(() => run(actor))
        .then(
          () => 'allowed',
          (e: unknown) =>
            e instanceof NotSignedIn
              ? 'signedOut'
              : e instanceof Forbidden
                ? 'forbidden'
                : `error ${String(e)}`,
        );
      const expected = who === 'anonymous' ? 'signedOut' : allowed.includes(who) ? 'allowed' : 'forbidden';
      expect(`${who}: ${outcome}`).toBe(`${who}: ${expected}`);
    }
    // nothing changed, whoever tried
    expect(
      JSON.stringify([await snapshot(article, 'zh'), await counts(), await appDb().editor.count()]),
    ).toBe(before);
  });
});
