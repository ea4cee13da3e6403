import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/sessions';
import { appDb } from '@/lib/db/app-client';
import { prepareDatabase } from '@/lib/content/prepare';
import { saveMetadata } from '@/lib/editorial/metadata';
import { saveVersion, snapshot, type SaveResult, type VersionSnapshot } from '@/lib/editorial/versions';
import { transition } from '@/lib/editorial/workflow';
import { createTestAccount } from '../support/accounts';
import { createTestDatabase, dropTestDatabases } from '../support/databases';

/**
 * Two or three editors saving one version from the same revision, on the real database: what each
 * save writes, what it is told, and what it refuses until the editor chooses.
 */

const actors = {} as Record<'editor' | 'admin' | 'translator', Actor>;

const account = createTestAccount;

beforeAll(async () => {
  const url = await createTestDatabase('merge');
  await prepareDatabase(url);
  process.env.DATABASE_URL = url;
  actors.editor = await account('editor');
  actors.admin = await account('admin');
  actors.translator = await account('translator', ['vi']);
});
afterAll(dropTestDatabases);

type Edit = {
  title?: string;
  slug?: string;
  standfirst?: string;
  /** new text by paragraph index of the form */
  texts?: Record<number, string>;
  /** the form's paragraph rows replaced whole (key '' = a new paragraph) */
  rows?: Array<{ key: string; text: string }>;
};

/**
 * Saves a form that was loaded as `from`, with `edit` typed into it. The launch reports are
 * published: an editor or admin here publishes the correction with the save (what these tests
 * are about is the merge of live text); a translator's save is a correction waiting for review.
 */
function save(
  actor: Actor,
  articleId: string,
  locale: 'zh' | 'en' | 'vi',
  from: VersionSnapshot,
  edit: Edit,
) {
  return saveVersion(actor, {
    articleId,
    locale,
    baseRevision: from.revision,
    slug: edit.slug ?? from.slug,
    title: edit.title ?? from.title,
    standfirst: edit.standfirst ?? from.standfirst,
    publishNow: actor.role === 'admin' || actor.role === 'editor',
    changeKind: 'minor',
    paragraphs:
      edit.rows?.map((r) => ({
        ...r,
        kind: from.paragraphs.find((p) => p.key === r.key)?.kind ?? 'paragraph',
      })) ?? from.paragraphs.map((p, i) => ({ key: p.key, kind: p.kind, text: edit.texts?.[i] ?? p.markup })),
  });
}

const ok = (r: SaveResult) => {
  if (!r.ok) throw new Error(`expected a save, got ${JSON.stringify(r)}`);
  return r;
};
const conflictOf = (r: SaveResult) => {
  if (r.ok || r.kind !== 'conflict') throw new Error(`expected a conflict, got ${JSON.stringify(r)}`);
  return r;
};
const texts = async (articleId: string, locale: 'zh' | 'en' | 'vi') =>
  (await snapshot(articleId, locale))!.paragraphs.map((p) => p.markup);
const revisionCount = (articleId: string, locale: 'zh' | 'en' | 'vi') =>
  appDb().articleRevision.count({ where: { articleId, locale } });

describe('three-way merge of a language version', () => {
  it('combines edits of different paragraphs and tells the second editor what was merged in', async () => {
    const id = 'gmd-2025-opening';
    const start = (await snapshot(id, 'en'))!;
    ok(await save(actors.editor, id, 'en', start, { texts: { 2: 'Paragraph three, by editor A.' } }));
    const b = ok(await save(actors.admin, id, 'en', start, { texts: { 0: 'Paragraph one, by editor B.' } }));
    expect(b.mergedIn).toEqual([{ on: 'paragraph', number: 3 }]);
    const now = await texts(id, 'en');
    expect(now[0]).toBe('Paragraph one, by editor B.');
    expect(now[2]).toBe('Paragraph three, by editor A.');
    expect(now[1]).toBe(start.paragraphs[1]!.markup);
  });

  it('refuses the same paragraph changed twice until a choice is made, and writes nothing meanwhile', async () => {
    const id = 'gmd-2025-preview';
    const start = (await snapshot(id, 'en'))!;
    ok(
      await save(actors.editor, id, 'en', start, {
        texts: { 1: 'The preview, as editor A put it.', 3: 'A’s last word.' },
      }),
    );
    const before = await revisionCount(id, 'en');
    const refused = conflictOf(
      await save(actors.admin, id, 'en', start, { texts: { 1: 'The preview, as editor B put it.' } }),
    );
    expect(refused.conflicts).toHaveLength(1);
    expect(refused.conflicts[0]).toMatchObject({
      on: 'paragraph',
      theirs: 'The preview, as editor A put it.',
      mine: 'The preview, as editor B put it.',
    });
    // the proposal already holds A's other change, and B's own text where they clash
    expect(refused.merged.paragraphs[3]!.text).toBe('A’s last word.');
    expect(refused.merged.paragraphs[1]).toMatchObject({ text: 'The preview, as editor B put it.' });
    expect(refused.mergedIn).toEqual([{ on: 'paragraph', number: 4 }]);
    expect(await revisionCount(id, 'en')).toBe(before);
    expect((await texts(id, 'en'))[1]).toBe('The preview, as editor A put it.');
    // B chooses a merged text and saves on top of the revision the conflict named
    const current = (await snapshot(id, 'en'))!;
    expect(current.revision).toBe(refused.revision);
    ok(
      await save(actors.admin, id, 'en', current, {
        texts: { 1: 'The preview, as editors A and B put it together.' },
      }),
    );
    expect(await texts(id, 'en')).toEqual([
      current.paragraphs[0]!.markup,
      'The preview, as editors A and B put it together.',
      current.paragraphs[2]!.markup,
      'A’s last word.',
    ]);
  });

  it('merges title and slug like paragraphs: different fields combine, the same field clashes', async () => {
    const id = 'gmd-2025-signings';
    const start = (await snapshot(id, 'vi'))!;
    ok(await save(actors.editor, id, 'vi', start, { title: 'Tiêu đề do biên tập viên A sửa' }));
    const b = ok(await save(actors.admin, id, 'vi', start, { slug: 'ky-ket-tai-nam-ninh-b' }));
    expect(b.mergedIn).toEqual([{ on: 'title' }]);
    const now = (await snapshot(id, 'vi'))!;
    expect([now.title, now.slug]).toEqual(['Tiêu đề do biên tập viên A sửa', 'ky-ket-tai-nam-ninh-b']);
    const clash = conflictOf(
      await save(actors.translator, id, 'vi', start, { title: 'Tiêu đề của người dịch' }),
    );
    expect(clash.conflicts).toEqual([
      {
        on: 'title',
        base: start.title,
        theirs: 'Tiêu đề do biên tập viên A sửa',
        mine: 'Tiêu đề của người dịch',
      },
    ]);
  });

  it('keeps a translator’s edit when the original was restructured meanwhile, and hands back text for a removed slot', async () => {
    const id = 'gmd-2025-opening';
    const zh = (await snapshot(id, 'zh'))!;
    const vi = (await snapshot(id, 'vi'))!;
    const [k0, k1, k2, k3, k4, k5] = zh.paragraphs.map((p) => p.key);
    // the editor removes the second paragraph, moves the last to the front and adds one
    ok(
      await save(actors.editor, id, 'zh', zh, {
        rows: [
          { key: k5!, text: zh.paragraphs[5]!.markup },
          { key: k0!, text: zh.paragraphs[0]!.markup },
          { key: '', text: '新增的一段。' },
          { key: k2!, text: zh.paragraphs[2]!.markup },
          { key: k3!, text: zh.paragraphs[3]!.markup },
          { key: k4!, text: zh.paragraphs[4]!.markup },
        ],
      }),
    );
    // the translator, still on the old slots, edits the first and the removed second paragraph
    const saved = ok(
      await save(actors.translator, id, 'vi', vi, {
        texts: { 0: 'Đoạn đầu, bản dịch mới.', 1: 'Đoạn thứ hai mà bản gốc đã bỏ.' },
      }),
    );
    expect(saved.dropped).toEqual(['Đoạn thứ hai mà bản gốc đã bỏ.']);
    const now = (await snapshot(id, 'vi'))!;
    expect(now.paragraphs.map((p) => p.key).filter((k) => [k0, k1, k5].includes(k))).toEqual([k5, k0]);
    expect(now.paragraphs.find((p) => p.key === k0)!.markup).toBe('Đoạn đầu, bản dịch mới.');
    expect(now.paragraphs).toHaveLength(6);
  });

  it('three editors in a row from the same revision: every change survives', async () => {
    const id = 'gmd-2025-lang-son-mong-cai';
    const start = (await snapshot(id, 'en'))!;
    ok(await save(actors.editor, id, 'en', start, { texts: { 0: 'First, by A.' } }));
    ok(await save(actors.admin, id, 'en', start, { texts: { 2: 'Third, by B.' } }));
    const c = ok(
      await save(actors.editor, id, 'en', start, { texts: { 4: 'Fifth, by C.' }, standfirst: 'By C.' }),
    );
    expect(c.mergedIn).toEqual([
      { on: 'paragraph', number: 1 },
      { on: 'paragraph', number: 3 },
    ]);
    const now = await texts(id, 'en');
    expect([now[0], now[2], now[4]]).toEqual(['First, by A.', 'Third, by B.', 'Fifth, by C.']);
    expect((await snapshot(id, 'en'))!.standfirst).toBe('By C.');
  });

  it('never brings back a paragraph someone removed, and asks when it was changed on the other side', async () => {
    const id = 'gmd-2025-nanning-initiative';
    const start = (await snapshot(id, 'zh'))!;
    const keys = start.paragraphs.map((p) => p.key);
    ok(
      await save(actors.editor, id, 'zh', start, {
        rows: start.paragraphs.filter((_, i) => i !== 2).map((p) => ({ key: p.key, text: p.markup })),
      }),
    );
    ok(await save(actors.admin, id, 'zh', start, { texts: { 0: '第一段，由另一位编辑修改。' } }));
    const now = (await snapshot(id, 'zh'))!;
    expect(now.paragraphs.map((p) => p.key)).toEqual(keys.filter((_, i) => i !== 2));
    expect(now.paragraphs[0]!.markup).toBe('第一段，由另一位编辑修改。');
    // a third editor, also from the start, changed the removed paragraph: that is for them to decide
    const asked = conflictOf(
      await save(actors.editor, id, 'zh', start, { texts: { 2: '被删除的一段，又被改了。' } }),
    );
    expect(asked.conflicts).toMatchObject([
      { on: 'paragraph', key: keys[2], theirs: null, mine: '被删除的一段，又被改了。' },
    ]);
  });

  it('a save that changes nothing but spaces makes no revision and says so', async () => {
    const id = 'gmd-2025-opening';
    const start = (await snapshot(id, 'vi'))!;
    const before = await revisionCount(id, 'vi');
    const result = ok(
      await save(actors.editor, id, 'vi', start, {
        title: `  ${start.title.replace(/ /g, '  ')} `,
        texts: { 0: `${start.paragraphs[0]!.markup}\n ` },
      }),
    );
    expect(result).toMatchObject({ unchanged: true, revision: start.revision, refresh: null });
    expect(await revisionCount(id, 'vi')).toBe(before);
  });
});

describe('outdated translations', () => {
  it('keep the original’s text they were written against, until the translation is saved again', async () => {
    const id = 'gmd-2025-signings';
    const zh = (await snapshot(id, 'zh'))!;
    const key = zh.paragraphs[1]!.key;
    const first = zh.paragraphs[1]!.markup;
    ok(await save(actors.editor, id, 'zh', zh, { texts: { 1: `${first}（第一次修改）` } }));
    const again = (await snapshot(id, 'zh'))!;
    ok(await save(actors.editor, id, 'zh', again, { texts: { 1: `${first}（第二次修改）` } }));
    const vi = (await snapshot(id, 'vi'))!;
    const slot = vi.paragraphs.find((p) => p.key === key)!;
    expect(slot).toMatchObject({ outdated: true, originalBefore: first });
    ok(await save(actors.translator, id, 'vi', vi, { texts: { 1: 'Bản dịch theo bản gốc mới.' } }));
    expect((await snapshot(id, 'vi'))!.paragraphs.find((p) => p.key === key)).toMatchObject({
      outdated: false,
      originalBefore: null,
    });
  });
});

describe('a write whose search index update fails writes nothing', () => {
  /** Runs `work` while PostgreSQL refuses every new search document. */
  async function whileIndexRefuses(work: () => Promise<unknown>) {
    await appDb().$executeRawUnsafe(
      'ALTER TABLE search_documents ADD CONSTRAINT refuse_writes CHECK (false) NOT VALID',
    );
    try {
      await expect(work()).rejects.toThrow();
    } finally {
      await appDb().$executeRawUnsafe('ALTER TABLE search_documents DROP CONSTRAINT refuse_writes');
    }
  }
  const indexed = (id: string) =>
    appDb().$queryRaw<Array<{ locale: string; title: string }>>`
      SELECT locale::text, title FROM search_documents WHERE kind = 'article' AND entity_id = ${id} ORDER BY locale`;

  it('a correction of a published version', async () => {
    const id = 'gmd-2025-signings';
    const start = (await snapshot(id, 'en'))!;
    const before = await revisionCount(id, 'en');
    await whileIndexRefuses(() =>
      save(actors.editor, id, 'en', start, { texts: { 0: 'A correction that cannot be indexed.' } }),
    );
    expect(await revisionCount(id, 'en')).toBe(before);
    expect(await snapshot(id, 'en')).toEqual(start);
  });

  it('a publication: the version stays unpublished and unindexed, and publishing later works', async () => {
    const id = 'gmd-2025-preview';
    const where = { articleId_locale: { articleId: id, locale: 'vi' as const } };
    await appDb().articleTranslation.update({ where, data: { status: 'approved' } });
    const index = await indexed(id);
    await whileIndexRefuses(() =>
      transition(actors.editor, { articleId: id, locale: 'vi', action: 'publish' }),
    );
    expect((await appDb().articleTranslation.findUnique({ where }))!.status).toBe('approved');
    expect(await indexed(id)).toEqual(index);
    expect(await transition(actors.editor, { articleId: id, locale: 'vi', action: 'publish' })).toMatchObject(
      { ok: true },
    );
    expect((await indexed(id)).map((d) => d.locale)).toContain('vi');
  });

  it('a workflow step whose audit entry cannot be written: the step is not taken', async () => {
    const id = 'mayors-forum-2015-nanning-consensus';
    const where = { articleId_locale: { articleId: id, locale: 'en' as const } };
    await appDb().articleTranslation.update({ where, data: { status: 'draft' } });
    await appDb().$executeRawUnsafe(
      'ALTER TABLE audit_log ADD CONSTRAINT refuse_writes CHECK (false) NOT VALID',
    );
    try {
      await expect(
        transition(actors.editor, { articleId: id, locale: 'en', action: 'submit' }),
      ).rejects.toThrow();
    } finally {
      await appDb().$executeRawUnsafe('ALTER TABLE audit_log DROP CONSTRAINT refuse_writes');
    }
    expect((await appDb().articleTranslation.findUnique({ where }))!.status).toBe('draft');
  });

  it('a change of a published report’s mentions', async () => {
    const id = 'gmd-2025-lang-son-mong-cai';
    const mentions = () =>
      appDb().articleCity.findMany({ where: { articleId: id }, orderBy: { cityId: 'asc' } });
    const before = await mentions();
    const article = (await appDb().article.findUnique({ where: { id } }))!;
    await whileIndexRefuses(() =>
      saveMetadata(actors.editor, {
        articleId: id,
        eventId: article.eventId,
        sourceId: article.sourceId,
        people: [],
        cities: ['nanning'],
        agreements: [],
      }),
    );
    expect(await mentions()).toEqual(before);
  });
});
