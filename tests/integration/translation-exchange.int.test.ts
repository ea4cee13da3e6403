import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/sessions';
import { appDb } from '@/lib/db/app-client';
import { prepareDatabase } from '@/lib/content/prepare';
import { exportTmx, exportXliff, importTmx, importXliff } from '@/lib/editorial/exchange';
import { snapshot, type VersionSnapshot } from '@/lib/editorial/versions';
import { transition } from '@/lib/editorial/workflow';
import { suggest } from '@/lib/memory/store';
import type { Locale } from '@/lib/model/locales';
import { parseMarkup, plainText } from '@/lib/model/rich-text';
import { paragraphState } from '@/lib/translation/states';
import { createTestAccount } from '../support/accounts';
import { saveEdited } from '../support/versions';
import {
  ensureCatTools,
  ensureSchemas,
  omegatTranslate,
  pocount,
  xmllint,
  type Schemas,
} from '../support/cat-tools';
import { createTestDatabase, dropTestDatabases } from '../support/databases';
import { launchArticles } from '../support/launch-content';

/**
 * Files for translators' own tools (issue 28) on the launch content in a real PostgreSQL: every
 * file the portal writes is valid against the OASIS schemas (xmllint) and read by the Translate
 * Toolkit; a translated XLIFF file is merged, or held as a conflict, or refused whole; an agency's
 * TMX joins the memory; and OmegaT, in console mode, translates an exported report from the
 * portal's own TMX, and the result comes back with its paragraphs, codes and states.
 */

const actors = {} as Record<'admin' | 'translator', Actor>;
let schemas: Schemas;
const dir = mkdtempSync(path.join(os.tmpdir(), 'exchange-'));
const saved = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};

beforeAll(async () => {
  ensureCatTools();
  schemas = ensureSchemas();
  const url = await createTestDatabase('exchange');
  await prepareDatabase(url);
  process.env.DATABASE_URL = url;
  actors.admin = await createTestAccount('admin');
  actors.translator = await createTestAccount('translator', ['vi', 'en']);
}, 600_000);
afterAll(dropTestDatabases);

const save = (
  articleId: string,
  locale: Locale,
  v: VersionSnapshot,
  edit: (markup: string, i: number) => string,
) => saveEdited(actors.admin, articleId, locale, v, edit);

describe('the files the portal writes', () => {
  it('are valid XLIFF 1.2 (strict), XLIFF 2.0 core and TMX 1.4, for every report and direction', async () => {
    const articles = await appDb().article.findMany({
      include: { translations: { select: { locale: true } } },
    });
    let checked = 0;
    for (const a of articles)
      for (const { locale } of a.translations) {
        if (locale === a.originalLocale) continue;
        for (const version of ['1.2', '2.1'] as const) {
          const file = (await exportXliff(actors.admin, a.id, locale, version))!;
          const problems = xmllint(saved(file.filename, file.xml), {
            schema: version === '1.2' ? schemas.xliff12 : schemas.xliff20,
          });
          expect(problems, `${file.filename}`).toBe('');
          checked++;
        }
      }
    expect(checked).toBeGreaterThanOrEqual(20);
    // and the validation can fail: an element XLIFF does not define
    const wrong = (await exportXliff(actors.admin, 'gmd-2025-opening', 'vi', '1.2'))!.xml.replace(
      '<header>',
      '<header><remark/>',
    );
    expect(xmllint(saved('wrong.xlf', wrong), { schema: schemas.xliff12 })).toMatch(/remark/u);
    for (const [from, to] of [
      ['zh', 'vi'],
      ['en', 'zh'],
      ['vi', 'en'],
    ] as const) {
      const tmx = (await exportTmx(actors.admin, from, to))!;
      expect(xmllint(saved(tmx.filename, tmx.xml), { dtd: schemas.tmx }), tmx.filename).toBe('');
      expect(tmx.xml.match(/<tu /gu)!.length).toBeGreaterThan(20);
    }
  });

  it('are read by the Translate Toolkit: XLIFF 1.2 and TMX (XLIFF 2 it does not read: README says so)', async () => {
    const xlf = (await exportXliff(actors.admin, 'gmd-2025-signings', 'vi', '1.2'))!;
    const tmx = (await exportTmx(actors.admin, 'zh', 'en'))!;
    const units = (xml: string, tag: string) => xml.split(`<${tag} `).length - 1;
    for (const [file, count] of [
      [saved(xlf.filename, xlf.xml), units(xlf.xml, 'trans-unit')],
      [saved(tmx.filename, tmx.xml), units(tmx.xml, 'tu')],
    ] as const) {
      const counted = pocount(file);
      expect(counted.ok, counted.output).toBe(true);
      expect(counted.output).toContain(`strings: total: ${count}\t`);
    }
  });

  it('a malformed or foreign file is refused naming what is wrong, and nothing is written', async () => {
    const articleId = 'gmd-2025-opening';
    const before = await snapshot(articleId, 'vi');
    const file = (await exportXliff(actors.admin, articleId, 'vi', '1.2'))!.xml;
    const cases: Array<[string, string, object]> = [
      ['not XML', '<xliff', { kind: 'notXml' }],
      [
        'another report',
        file.replaceAll(`article/${articleId}/`, 'article/gmd-2025-preview/'),
        { kind: 'otherReport' },
      ],
      ['changed ids', file.replace('id="p.p2"', 'id="p.p99"'), { kind: 'unknownUnit', unit: 'p.p99' }],
      [
        'broken codes',
        file.replace('</target>', '<g id="9" ctype="x-blink">!</g></target>'),
        { kind: 'brokenCodes', unit: 'title' },
      ],
      [
        'other languages',
        file.replaceAll('target-language="vi"', 'target-language="en"'),
        { kind: 'otherLanguages' },
      ],
      [
        'a revision it does not have',
        file.replace(/build-num="\d+"/u, 'build-num="999"'),
        { kind: 'noRevision' },
      ],
    ];
    for (const [what, xml, problem] of cases) {
      const result = await importXliff(actors.translator, articleId, 'vi', xml);
      expect(result, what).toMatchObject({ ok: false, kind: 'xliff', problem });
    }
    expect(await snapshot(articleId, 'vi')).toEqual(before);
  });
});

describe('a translated file comes back', () => {
  const articleId = 'gmd-2025-nanning-initiative';

  it('merged with what changed in the portal since the export', async () => {
    await transition(actors.admin, { articleId, locale: 'en', action: 'unpublish' });
    const exported = (await exportXliff(actors.admin, articleId, 'en', '2.1'))!.xml;
    const v = (await snapshot(articleId, 'en'))!;
    // meanwhile an editor changes the third paragraph in the portal
    await save(articleId, 'en', v, (m, i) => (i === 2 ? `${m} (Edited in the portal.)` : m));
    // the translator's tool changed the second
    const second = v.paragraphs[1]!;
    const translated = exported.replace(
      `${plainText(parseMarkup(second.markup)).replaceAll('&', '&amp;')}</target>`,
      `${plainText(parseMarkup(second.markup)).replaceAll('&', '&amp;')} (Translated in a CAT tool.)</target>`,
    );
    expect(translated).not.toBe(exported);
    const result = await importXliff(actors.translator, articleId, 'en', translated);
    expect(result).toMatchObject({ ok: true });
    const after = (await snapshot(articleId, 'en'))!;
    expect(after.paragraphs[1]!.markup).toContain('(Translated in a CAT tool.)');
    expect(after.paragraphs[2]!.markup).toContain('(Edited in the portal.)');
  });

  it('a paragraph changed in both is a conflict, shown for a choice, and nothing is saved', async () => {
    const exported = (await exportXliff(actors.admin, articleId, 'en', '1.2'))!.xml;
    const v = (await snapshot(articleId, 'en'))!;
    await save(articleId, 'en', v, (m, i) => (i === 0 ? `${m} Portal.` : m));
    const mid = (await snapshot(articleId, 'en'))!;
    const first = plainText(parseMarkup(v.paragraphs[0]!.markup)).replaceAll('&', '&amp;');
    const translated = exported.replace(`${first}</target>`, `${first} Tool.</target>`);
    const result = await importXliff(actors.translator, articleId, 'en', translated);
    expect(result).toMatchObject({ ok: false, kind: 'conflict' });
    if (result.ok || result.kind !== 'conflict') throw new Error();
    expect(result.conflicts.map((c) => c.on)).toContain('paragraph');
    expect(await snapshot(articleId, 'en')).toEqual(mid);
  });
});

describe('an agency TMX', () => {
  it('joins the memory, not approved, and is suggested', async () => {
    const source = 'The two mayors agreed to open a direct flight between their cities next spring.';
    const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="Agency" creationtoolversion="9" segtype="sentence" o-tmf="x" adminlang="en-US" srclang="en-US" datatype="plaintext"/>
<body><tu changedate="20250110T093000Z"><tuv xml:lang="en-US"><seg>${source}</seg></tuv><tuv xml:lang="vi-VN"><seg>Hai thị trưởng nhất trí mở <bpt i="1">&lt;b&gt;</bpt>đường bay thẳng<ept i="1">&lt;/b&gt;</ept> giữa hai thành phố vào mùa xuân tới.</seg></tuv><tuv xml:lang="fr"><seg>Les deux maires…</seg></tuv></tu></body></tmx>`;
    expect(await importTmx(actors.admin, tmx)).toEqual({ ok: true, units: 1, added: 2 });
    const found = (
      await suggest({ sourceLocale: 'en', targetLocale: 'vi', texts: [{ key: 'k', text: source }] }, appDb())
    ).get('k')!;
    expect(found[0]).toMatchObject({ score: 100, approved: false, origin: 'tmx' });
    expect(found[0]!.target).toBe(
      'Hai thị trưởng nhất trí mở đường bay thẳng giữa hai thành phố vào mùa xuân tới.',
    );
    expect(await importTmx(actors.admin, '<tmx version="1.4"><body/></tmx>')).toEqual({
      ok: false,
      problem: { kind: 'noPairs' },
    });
    await expect(importTmx(actors.translator, tmx)).rejects.toThrow();
  });
});

describe('OmegaT', () => {
  it('translates an exported report from the portal TMX in console mode, and the result comes back', async () => {
    const articleId = 'gmd-2025-signings';
    const launch = launchArticles.find((a) => a.report === articleId)!.paragraphs;
    // the Vietnamese version's paragraphs emptied, the first with a bold figure in the original
    await transition(actors.admin, { articleId, locale: 'vi', action: 'unpublish' });
    await transition(actors.admin, { articleId, locale: 'zh', action: 'unpublish' });
    const zh = (await snapshot(articleId, 'zh'))!;
    await save(articleId, 'zh', zh, (m, i) => (i === 0 ? m.replace('14个项目', '**14个项目**') : m));
    const vi = (await snapshot(articleId, 'vi'))!;
    await save(articleId, 'vi', vi, () => '');
    const tmx = (await exportTmx(actors.admin, 'zh', 'vi'))!;
    const xlf = (await exportXliff(actors.admin, articleId, 'vi', '1.2'))!;
    expect(xlf.xml).toContain('<g id="1" ctype="bold">14个项目</g>');

    const out = omegatTranslate({
      sourceLanguage: 'zh-CN',
      targetLanguage: 'vi',
      files: { [xlf.filename]: xlf.xml },
      memories: { [tmx.filename]: tmx.xml },
    });
    const translated = out[xlf.filename]!;
    expect(xmllint(saved(`omegat-${xlf.filename}`, translated), { schema: schemas.xliff12 })).toBe('');
    // OmegaT kept the bold code of the paragraph it could not match
    expect(translated).toMatch(/<target[^>]*>[^<]*<g id="1" ctype="bold">14个项目<\/g>/u);

    const result = await importXliff(actors.translator, articleId, 'vi', translated);
    expect(result).toMatchObject({ ok: true });
    const after = (await snapshot(articleId, 'vi'))!;
    const texts = after.paragraphs.map((p) => plainText(parseMarkup(p.markup)));
    // the paragraphs the memory held came back word for word; the edited one stays to translate
    expect(texts.slice(1)).toEqual(launch.slice(1).map((p) => p.vi));
    expect(texts[0]).toBe('');
    expect(after.paragraphs.map(paragraphState)).toEqual([
      'untranslated',
      'translated',
      'translated',
      'translated',
    ]);
  }, 300_000);
});
