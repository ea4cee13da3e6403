import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeRole, createEditor, logIn } from '@/lib/auth/accounts';
import type { Actor } from '@/lib/auth/sessions';
import { appDb } from '@/lib/db/app-client';
import { prepareDatabase } from '@/lib/db/prepare';
import { previewRelease } from '@/lib/editorial/import';
import { saveVersion, snapshot } from '@/lib/editorial/versions';
import { transition } from '@/lib/editorial/workflow';
import { createTestAccount } from '../support/accounts';
import { createTestDatabase, dropTestDatabases } from '../support/databases';

/**
 * Issue 24's edge: what a hostile or unlucky newsroom sends is refused with a field error and
 * changes nothing — control characters, dates out of bounds, accounts without a language.
 */
const actors = {} as Record<'admin' | 'editor', Actor>;
beforeAll(async () => {
  const url = await createTestDatabase('integrity');
  await prepareDatabase(url);
  process.env.DATABASE_URL = url;
  actors.admin = await createTestAccount('admin');
  actors.editor = await createTestAccount('editor');
});
afterAll(dropTestDatabases);

const article = 'gmd-2025-nanning-initiative';

describe('control characters', () => {
  it('in a headline, standfirst or paragraph are a field error naming the field, and nothing is saved', async () => {
    const version = (await snapshot(article, 'en'))!;
    const save = (change: { title?: string; standfirst?: string; text?: string }) =>
      saveVersion(actors.editor, {
        articleId: article,
        locale: 'en',
        baseRevision: version.revision,
        slug: version.slug,
        title: change.title ?? version.title,
        standfirst: change.standfirst ?? version.standfirst,
        paragraphs: version.paragraphs.map((p, i) => ({
          key: p.key,
          text: i === 0 && change.text !== undefined ? change.text : p.markup,
        })),
      });
    expect(await save({ title: 'Nanning\u0000Initiative' })).toEqual({
      ok: false,
      kind: 'invalid',
      fields: ['title'],
      controls: true,
    });
    // an override makes "Initiative" display reversed: refused in a line, like every control
    expect(await save({ title: 'Nanning \u202eevitaitinI' })).toMatchObject({
      fields: ['title'],
      controls: true,
    });
    expect(await save({ standfirst: 'one\u0007two' })).toMatchObject({ fields: ['standfirst'] });
    expect(await save({ text: 'A paragraph\u0000with a NUL' })).toMatchObject({ fields: ['paragraphs'] });
    // tabs and line breaks are text
    expect(await save({ text: `${version.paragraphs[0]!.markup}\r\n\tmore` })).toMatchObject({ ok: true });
    expect((await snapshot(article, 'en'))!.title).toBe(version.title);
  });

  it('in a login’s email are a refused sign-in, not a database error', async () => {
    expect(await logIn('admin\u0000@newsroom.test', 'anything at all 1', '192.0.2.1')).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });

  it('in a pasted release are refused naming the line; page breaks are line breaks', async () => {
    const text = 'Nanning, Jan. 17 —\n\nFirst paragraph of the report.\n\nSecond\u0000 paragraph.';
    expect(await previewRelease(actors.editor, text)).toEqual({
      ok: false,
      problem: 'controlCharacters',
      line: 5,
    });
    const paged = await previewRelease(actors.editor, text.replace('\u0000', '').replace('\n\n', '\f'));
    expect(paged.ok).toBe(true);
  });

  it('in every real release the newsroom received: none', async () => {
    const dir = path.resolve('..', 'shared', 'releases');
    let files: string[] = [];
    try {
      const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as {
        releases: Array<{ file: string }>;
      };
      files = expected.releases.map((r) => r.file);
    } catch {
      return; // the corpus is outside the repository; CI has it
    }
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const preview = await previewRelease(actors.editor, readFileSync(path.join(dir, file), 'utf8'));
      expect(preview.ok ? 'read' : preview.problem, file).not.toBe('controlCharacters');
    }
  });
});

describe('schedules', () => {
  const schedule = (at: Date | 'malformed' | undefined) =>
    transition(actors.admin, { articleId: article, locale: 'vi', action: 'schedule', at });
  it('refuse a malformed time as malformed, a past one as past, one years away as too far', async () => {
    // an approved version, so that only the time decides
    const db = appDb();
    await db.articleTranslation.update({
      where: { articleId_locale: { articleId: article, locale: 'vi' } },
      data: { status: 'approved', scheduledAt: null },
    });
    expect(await schedule('malformed')).toEqual({ ok: false, kind: 'invalidDate' });
    expect(await schedule(undefined)).toEqual({ ok: false, kind: 'invalidDate' });
    expect(await schedule(new Date(Date.now() - 60_000))).toEqual({ ok: false, kind: 'notInFuture' });
    expect(await schedule(new Date('9999-01-01T00:00:00Z'))).toEqual({ ok: false, kind: 'tooFarAhead' });
    const row = await db.articleTranslation.findUnique({
      where: { articleId_locale: { articleId: article, locale: 'vi' } },
    });
    expect(row).toMatchObject({ status: 'approved', scheduledAt: null });
    expect(await schedule(new Date(Date.now() + 3 * 365 * 24 * 3600_000))).toMatchObject({ ok: true });
  });
});

describe('accounts', () => {
  it('a translator or reviewer needs a language, when created and when the role changes', async () => {
    for (const role of ['translator', 'reviewer'])
      expect(
        await createEditor(actors.admin, {
          email: `${role}-none@newsroom.test`,
          name: 'No Language',
          role,
          languages: [],
          password: 'lantern harbour violet 8',
        }),
      ).toEqual({ ok: false, field: 'languages', problem: 'noLanguages' });
    expect(await changeRole(actors.admin, actors.editor.id, 'translator', [])).toBe('noLanguages');
    expect((await appDb().editor.findUnique({ where: { id: actors.editor.id } }))?.role).toBe('editor');
    expect(
      await createEditor(actors.admin, {
        email: 'named\u202e@newsroom.test',
        name: 'Bidi \u202eeman',
        role: 'editor',
        languages: [],
        password: 'lantern harbour violet 8',
      }),
    ).toMatchObject({ ok: false, problem: 'invalid' });
  });
});
