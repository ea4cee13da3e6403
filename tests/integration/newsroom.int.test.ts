import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { createEditor, logIn, changeRole } from '@/lib/auth/accounts';
import { passwordProblem } from '@/lib/auth/password';
import { allPermissions, can, Forbidden, NotSignedIn } from '@/lib/auth/permissions';
import {
  createSession,
  resolveSession,
  endSession,
  IDLE_TIMEOUT_MS,
  ABSOLUTE_TIMEOUT_MS,
  type Actor,
} from '@/lib/auth/sessions';
import { ACCOUNT_LIMIT } from '@/lib/auth/throttle';
import { appDb } from '@/lib/db/app-client';
import { prepareDatabase } from '@/lib/content/prepare';
import { glossaryFlags } from '@/lib/editorial/glossary';
import { compareRevisions, listRevisions, restoreRevision } from '@/lib/editorial/revisions';
import {
  saveVersion,
  snapshot,
  type SaveInput,
  type Slot,
  type VersionSnapshot,
} from '@/lib/editorial/versions';
import { dashboard } from '@/lib/editorial/dashboard';
import { publishDue, transition } from '@/lib/editorial/workflow';
import { createTestAccount, testPassword } from '../support/accounts';
import { createTestDatabase, dropTestDatabases } from '../support/databases';
import { nextTargets } from '@/lib/freshness/change';
import { launchArticles } from '../support/launch-content';

const password = testPassword;
const actors = {} as Record<'admin' | 'editor' | 'translator' | 'reviewer', Actor>;

const account = createTestAccount;

beforeAll(async () => {
  const url = await createTestDatabase('newsroom');
  await prepareDatabase(url);
  process.env.DATABASE_URL = url;
  actors.admin = await account('admin');
  actors.editor = await account('editor');
  actors.translator = await account('translator', ['vi']);
  actors.reviewer = await account('reviewer', ['vi', 'en']);
});
afterAll(dropTestDatabases);

const article = 'gmd-2025-nanning-initiative';

/** Saves `version` (as read) with each paragraph's text from `edit`, on top of its revision. */
function saveEdited(
  actor: Actor | null,
  target: { articleId?: string; locale: 'zh' | 'en' | 'vi'; version: VersionSnapshot },
  edit: (p: Slot, i: number) => string,
  overrides: Partial<SaveInput> = {},
) {
  const { version } = target;
  return saveVersion(actor, {
    articleId: target.articleId ?? article,
    locale: target.locale,
    baseRevision: version.revision,
    slug: version.slug,
    title: version.title,
    standfirst: version.standfirst,
    paragraphs: version.paragraphs.map((p, i) => ({ key: p.key, text: edit(p, i) })),
    ...overrides,
  });
}

describe('passwords', () => {
  it.each([
    ['short1234', 'tooShort'],
    ['password1234', 'common'],
    ['qwertyuiop12!!', 'common'],
    ['aaaaaaaaaaaaaaaa', 'common'],
    ['123qweasdzxc', 'common'],
    ['(1,025 characters)', 'tooLong'],
  ])('refuses %s as %s', (candidate, problem) => {
    expect(passwordProblem(candidate.startsWith('(') ? 'x'.repeat(1025) : candidate)).toBe(problem);
  });

  it('refuses the account’s own email as its password and accepts a long passphrase', () => {
    expect(passwordProblem('ada.lovelace@x.org', { email: 'ada.lovelace@x.org' })).toBe('personal');
    expect(passwordProblem('Nam Ninh mùa xuân năm 2025 có mưa phùn nhẹ và sương sớm')).toBeNull();
  });
});

describe('login', () => {
  it('answers an unknown account and a wrong password the same way, and logs both', async () => {
    const unknown = await logIn('nobody@newsroom.test', password, '192.0.2.1');
    const wrong = await logIn(actors.editor.email, 'wrong password here', '192.0.2.1');
    expect(unknown).toEqual({ ok: false, reason: 'invalid' });
    expect(wrong).toEqual({ ok: false, reason: 'invalid' });
    const failed = await appDb().auditEntry.count({ where: { action: 'login_failed' } });
    expect(failed).toBeGreaterThanOrEqual(2);
  });

  it('locks an account after repeated failures, even for the right password, and says so', async () => {
    const { email } = await account('editor', ['zh']);
    for (let i = 0; i < ACCOUNT_LIMIT; i++) await logIn(email, `wrong password ${i}`, `198.51.100.${i}`);
    expect(await logIn(email, password, '203.0.113.9')).toEqual({ ok: false, reason: 'locked' });
    // another account is not affected
    expect((await logIn(actors.admin.email, password, '203.0.113.9')).ok).toBe(true);
  });

  it('locks an address that tries many accounts', async () => {
    for (let i = 0; i < 20; i++) await logIn(`guess${i}@newsroom.test`, 'wrong password', '192.0.2.77');
    expect(await logIn(actors.admin.email, password, '192.0.2.77')).toEqual({ ok: false, reason: 'locked' });
    expect((await logIn(actors.admin.email, password, '192.0.2.78')).ok).toBe(true);
  });

  it('gives a new session token at every login, stores only its hash, and logout ends it', async () => {
    const first = await logIn(actors.reviewer.email, password, '192.0.2.5');
    const second = await logIn(actors.reviewer.email, password, '192.0.2.5');
    if (!first.ok || !second.ok) throw new Error('login failed');
    expect(first.token).not.toBe(second.token);
    const stored = await appDb().editorSession.findMany({ select: { tokenHash: true } });
    expect(stored.map((s) => s.tokenHash)).not.toContain(first.token);
    expect((await resolveSession(first.token))?.email).toBe(actors.reviewer.email);
    await endSession(first.token);
    expect(await resolveSession(first.token)).toBeNull();
    expect(await resolveSession(second.token)).not.toBeNull();
  });

  it('ends a session after the idle timeout and after the absolute timeout', async () => {
    const start = new Date('2026-01-01T00:00:00Z');
    const idle = await createSession(actors.editor.id, start);
    expect(await resolveSession(idle, new Date(start.getTime() + IDLE_TIMEOUT_MS + 1000))).toBeNull();
    const busy = await createSession(actors.editor.id, start);
    let t = start.getTime();
    while (t + IDLE_TIMEOUT_MS / 2 < start.getTime() + ABSOLUTE_TIMEOUT_MS) {
      t += IDLE_TIMEOUT_MS / 2;
      expect(await resolveSession(busy, new Date(t))).not.toBeNull();
    }
    expect(await resolveSession(busy, new Date(start.getTime() + ABSOLUTE_TIMEOUT_MS + 1))).toBeNull();
  });

  it('signs an account out everywhere when an admin changes its role', async () => {
    const someone = await account('translator', ['en']);
    const token = await createSession(someone.id);
    await changeRole(actors.admin, someone.id, 'reviewer', ['en']);
    expect(await resolveSession(token)).toBeNull();
    await expect(changeRole(actors.editor, someone.id, 'admin', [])).rejects.toBeInstanceOf(Forbidden);
  });
});

describe('what each role may do', () => {
  const expected: Record<Actor['role'], string[]> = {
    admin: [...allPermissions],
    editor: [
      'dashboard.view',
      'article.create',
      'article.import',
      'article.structure',
      'article.editText',
      'article.submit',
      'article.publish',
      'entities.edit',
      'photos.upload',
    ],
    translator: ['dashboard.view', 'article.editText', 'article.submit'],
    reviewer: ['dashboard.view', 'article.review'],
  };
  it.each(Object.keys(expected) as Actor['role'][])(
    '%s has exactly its row of the table (in its languages)',
    (role) => {
      const actor = actors[role];
      const allowed = allPermissions.filter((p) => can(actor, p, { locale: 'vi', originalLocale: 'zh' }));
      expect(allowed).toEqual(expected[role]);
      expect(allPermissions.filter((p) => can(null, p, { locale: 'vi' }))).toEqual([]);
    },
  );

  it('keeps translators to the translations of their languages and reviewers to theirs', () => {
    expect(can(actors.translator, 'article.editText', { locale: 'en', originalLocale: 'zh' })).toBe(false);
    expect(can(actors.translator, 'article.editText', { locale: 'vi', originalLocale: 'vi' })).toBe(false);
    expect(can(actors.reviewer, 'article.review', { locale: 'zh' })).toBe(false);
  });

  it('refuses every workflow function to an anonymous visitor and to the wrong role, changing nothing', async () => {
    const base = (await snapshot(article, 'vi'))!;
    const save = (actor: Actor | null) =>
      saveEdited(actor, { locale: 'vi', version: base }, () => 'hacked', { title: 'x' });
    await expect(save(null)).rejects.toBeInstanceOf(NotSignedIn);
    await expect(save(actors.reviewer)).rejects.toBeInstanceOf(Forbidden);
    for (const action of ['submit', 'approve', 'reject', 'publish', 'schedule', 'unpublish'] as const) {
      await expect(
        transition(null, { articleId: article, locale: 'vi', action, comment: 'x' }),
      ).rejects.toBeInstanceOf(NotSignedIn);
    }
    await expect(
      transition(actors.translator, { articleId: article, locale: 'vi', action: 'unpublish' }),
    ).rejects.toBeInstanceOf(Forbidden);
    await expect(
      transition(actors.editor, { articleId: article, locale: 'vi', action: 'approve' }),
    ).rejects.toBeInstanceOf(Forbidden);
    await expect(dashboard(null, {}, 'en')).rejects.toBeInstanceOf(NotSignedIn);
    await expect(
      createEditor(actors.editor, { email: 'x@y.org', name: 'x', role: 'admin', password }),
    ).rejects.toBeInstanceOf(Forbidden);
    expect(await snapshot(article, 'vi')).toEqual(base);
  });
});

describe('saving, conflicts and outdated translations', () => {
  it('refuses a save whose paragraph someone else changed differently and hands back both; nothing is written', async () => {
    const start = (await snapshot(article, 'vi'))!;
    const edit = (text: string) =>
      saveEdited(actors.translator, { locale: 'vi', version: start }, (p, i) => (i === 0 ? text : p.markup));
    const first = await edit('Bản sửa của người thứ nhất.');
    expect(first).toMatchObject({ ok: true, revision: start.revision + 1 });
    const second = await edit('Bản sửa của người thứ hai.'); // also based on the revision read at the start
    expect(second.ok).toBe(false);
    if (second.ok || second.kind !== 'conflict') throw new Error('expected a conflict');
    expect(second.conflicts).toEqual([
      {
        on: 'paragraph',
        key: start.paragraphs[0]!.key,
        base: start.paragraphs[0]!.markup,
        theirs: 'Bản sửa của người thứ nhất.',
        mine: 'Bản sửa của người thứ hai.',
      },
    ]);
    expect((await snapshot(article, 'vi'))!.paragraphs[0]!.markup).toBe('Bản sửa của người thứ nhất.');
    // the first save also kept the text it started from (written from content/, never stored)
    const revisions = await appDb().articleRevision.findMany({
      where: { articleId: article, locale: 'vi' },
      orderBy: { number: 'asc' },
    });
    expect(revisions.map((r) => r.number)).toEqual([start.revision, start.revision + 1]);
  });

  it('marks exactly the changed paragraphs of the other languages outdated, and a translation save clears them', async () => {
    const zh = (await snapshot(article, 'zh'))!;
    // the original is published: the editor publishes the correction with the save
    const saved = await saveEdited(
      actors.editor,
      { locale: 'zh', version: zh },
      (p) => (p.key === 'p2' ? `${p.markup}(更新)` : p.markup),
      { publishNow: true, changeKind: 'minor' },
    );
    expect(saved).toMatchObject({ ok: true, live: true, correction: false });
    const outdated = await appDb().paragraphTranslation.findMany({
      where: { articleId: article, outdated: true },
    });
    expect(outdated.map((p) => `${p.locale}/${p.paragraphKey}`).sort()).toEqual(['en/p2', 'vi/p2']);
    const en = await appDb().articleTranslation.findUnique({
      where: { articleId_locale: { articleId: article, locale: 'en' } },
    });
    expect(en?.outdatedSince).toBeInstanceOf(Date);

    // the published translation's update is a correction: the live text (and its mark) stay until
    // the correction is reviewed and published
    const vi = (await snapshot(article, 'vi'))!;
    // (the first paragraph back to its launch text: the tests above left a stub the checks refuse)
    const launched = launchArticles.find((a) => a.report === article)!.paragraphs;
    const corrected = await saveEdited(
      actors.translator,
      { locale: 'vi', version: vi },
      (p) => (p.key === 'p2' ? `${p.markup} (cập nhật)` : p.key === 'p1' ? launched[0]!.vi! : p.markup),
      { changeKind: 'minor' },
    );
    expect(corrected).toMatchObject({ ok: true, live: false, correction: true, refresh: null });
    const viRow = () =>
      appDb().articleTranslation.findUnique({
        where: { articleId_locale: { articleId: article, locale: 'vi' } },
      });
    expect(await viRow()).toMatchObject({ status: 'published', correction: 'draft' });
    expect((await viRow())?.outdatedSince).toBeInstanceOf(Date);
    // the reviewer's note passes the checks' warnings
    const step = (actor: Actor, action: string) =>
      transition(actor, { articleId: article, locale: 'vi', action, comment: 'Figures and names checked.' });
    expect(await step(actors.translator, 'submit')).toMatchObject({ ok: true, state: 'inReview' });
    expect(await step(actors.reviewer, 'approve')).toMatchObject({ ok: true, state: 'approved' });
    expect(await step(actors.editor, 'publish')).toMatchObject({ ok: true, state: 'published' });
    const viAfter = await viRow();
    expect(viAfter).toMatchObject({ status: 'published', correction: null });
    expect(viAfter?.outdatedSince).toBeNull();
    expect((await snapshot(article, 'en'))!.paragraphs.find((p) => p.key === 'p2')?.outdated).toBe(true);
  });

  it('stores markup as runs and keeps script payloads as text', async () => {
    const en = (await snapshot(article, 'en'))!;
    const payload = '<script>alert(1)</script> **bold** [x](javascript:alert(1))';
    await saveEdited(actors.editor, { locale: 'en', version: en }, (p, i) => (i === 3 ? payload : p.markup), {
      title: '<img src=x onerror=alert(1)>',
      publishNow: true,
      changeKind: 'minor',
    });
    const row = await appDb().paragraphTranslation.findUnique({
      where: {
        articleId_paragraphKey_locale: {
          articleId: article,
          paragraphKey: en.paragraphs[3]!.key,
          locale: 'en',
        },
      },
    });
    expect(row?.text).toBe('<script>alert(1)</script> bold [x](javascript:alert(1))');
    expect(row?.runs).toEqual([
      { text: '<script>alert(1)</script> ' },
      { text: 'bold', marks: ['strong'] },
      { text: ' [x](javascript:alert(1))' },
    ]);
  });
});

describe('review and publishing', () => {
  it('walks a version through review to publication, records the sign-off, and refreshes its pages', async () => {
    const vi = (await snapshot(article, 'vi'))!;
    await appDb().articleTranslation.update({
      where: { articleId_locale: { articleId: article, locale: 'vi' } },
      data: { status: 'draft' },
    });
    expect(
      (await transition(actors.translator, { articleId: article, locale: 'vi', action: 'submit' })).ok,
    ).toBe(true);
    expect(await transition(actors.reviewer, { articleId: article, locale: 'vi', action: 'reject' })).toEqual(
      { ok: false, kind: 'commentRequired' },
    );
    expect(
      await transition(actors.reviewer, {
        articleId: article,
        locale: 'vi',
        action: 'approve',
        comment: 'The warnings are the stubs of the tests above.',
      }),
    ).toMatchObject({ ok: true, state: 'approved' });
    const published = await transition(actors.editor, {
      articleId: article,
      locale: 'vi',
      action: 'publish',
    });
    expect(published).toMatchObject({ ok: true, state: 'published' });
    if (!published.ok) throw new Error();
    expect(nextTargets(published.refresh!).paths).toEqual(
      expect.arrayContaining([
        `/vi/articles/${vi.slug}`,
        '/zh',
        '/en/events/global-mayors-dialogue-nanning-2025',
        '/vi/agreements/nanning-initiative-2025',
      ]),
    );
    // its list pages (the pages around it on each list it is on) and its feeds, not every list page
    const tags = nextTargets(published.refresh!).tags;
    expect(tags).toEqual(
      expect.arrayContaining([
        'list:all:vi:first',
        'list:event:global-mayors-dialogue-nanning-2025:vi:first',
        `list:all:vi:after:${article}`,
        'feed:vi',
        'news-sitemap',
      ]),
    );
    expect(tags).not.toContain('article-list');
    const review = await appDb().articleReview.findFirst({ where: { articleId: article, locale: 'vi' } });
    expect(review).toMatchObject({
      reviewerId: actors.reviewer.id,
      decision: 'approved',
      revision: vi.revision,
    });
  });

  it('publishes a scheduled version when its time comes, once', async () => {
    await appDb().articleTranslation.update({
      where: { articleId_locale: { articleId: article, locale: 'en' } },
      data: { status: 'approved' },
    });
    const now = new Date();
    expect(
      await transition(
        actors.editor,
        { articleId: article, locale: 'en', action: 'schedule', at: new Date(now.getTime() - 1000) },
        now,
      ),
    ).toEqual({ ok: false, kind: 'notInFuture' });
    const at = new Date(now.getTime() + 60_000);
    expect(
      await transition(actors.editor, { articleId: article, locale: 'en', action: 'schedule', at }, now),
    ).toMatchObject({ ok: true, state: 'scheduled' });
    // before its time: nothing is published, and the scheduler is told when to come back
    expect(await publishDue(new Date(at.getTime() - 1))).toMatchObject({ published: [], next: at });
    expect(await publishDue(at)).toMatchObject({ published: [`${article}/en`], next: null });
    expect((await publishDue(new Date(at.getTime() + 5000))).published).toEqual([]);
    const en = await appDb().articleTranslation.findUnique({
      where: { articleId_locale: { articleId: article, locale: 'en' } },
    });
    expect(en).toMatchObject({ status: 'published', scheduledAt: null });
  });

  it('lists every report with a state per language, filtered by language and state', async () => {
    const all = (await dashboard(actors.reviewer, {}, 'vi')).items;
    expect(all).toHaveLength(6);
    const forum = all.find((r) => r.id === 'mayors-forum-2015-nanning-consensus');
    expect(forum?.states.vi).toBe('missing');
    const missingVi = (await dashboard(actors.reviewer, { language: 'vi', status: 'missing' }, 'vi')).items;
    expect(missingVi.map((r) => r.id)).toEqual(['mayors-forum-2015-nanning-consensus']);
    const outdatedEn = (await dashboard(actors.reviewer, { language: 'en', status: 'outdated' }, 'en')).items;
    expect(outdatedEn.map((r) => r.id)).toEqual([article]);
    // a bad filter value is ignored, not an error
    expect(
      (await dashboard(actors.reviewer, { status: "'; DROP TABLE editors; --" }, 'en')).items,
    ).toHaveLength(6);
  });
});

describe('administrators', () => {
  it('cannot demote the last administrator', async () => {
    expect(await changeRole(actors.admin, actors.admin.id, 'editor', [])).toBe('lastAdmin');
    expect((await appDb().editor.findUnique({ where: { id: actors.admin.id } }))?.role).toBe('admin');
  });
});

describe('glossary', () => {
  it('flags a spelling variant and another language’s name with the glossary form, and nothing else', async () => {
    const flags = await glossaryFlags('gmd-2025-opening', 'en', [
      'Vientiane mayor Atsaphangthong Siphandone spoke of friendship.',
      'Athsaphangthong Siphandone spoke again.',
      'Mayors met in Nam Ninh.',
    ]);
    expect(flags).toEqual([
      { paragraph: 1, found: 'Atsaphangthong Siphandone', suggested: 'Athsaphangthong Siphandone' },
      { paragraph: 3, found: 'Nam Ninh', suggested: 'Nanning' },
    ]);
    expect(
      await glossaryFlags('gmd-2025-opening', 'vi', ['Đô trưởng Atsaphangthong Siphandone tại Nam Ninh.']),
    ).toEqual([]);
  });
});

describe('marks removed again', () => {
  it('stores a paragraph whose marks were removed as plain text', async () => {
    const en = (await snapshot(article, 'en'))!;
    const save = (text: string, baseRevision: number) =>
      saveEdited(actors.editor, { locale: 'en', version: en }, (p, i) => (i === 0 ? text : p.markup), {
        baseRevision,
        publishNow: true,
        changeKind: 'minor',
      });
    const marked = await save('The **initiative** was read out.', en.revision);
    if (!marked.ok) throw new Error('save failed');
    expect((await save('The initiative was read out.', marked.revision)).ok).toBe(true);
    const row = await appDb().paragraphTranslation.findUnique({
      where: {
        articleId_paragraphKey_locale: {
          articleId: article,
          paragraphKey: en.paragraphs[0]!.key,
          locale: 'en',
        },
      },
    });
    expect(row).toMatchObject({ text: 'The initiative was read out.', runs: null });
  });
});

describe('revisions', () => {
  it('compares two revisions paragraph by paragraph and restores an old one as a new revision', async () => {
    const id = 'gmd-2025-signings';
    const start = (await snapshot(id, 'en'))!;
    const save = async (first: string, base: number) => {
      const result = await saveEdited(
        actors.editor,
        { articleId: id, locale: 'en', version: start },
        (p, i) => (i === 0 ? first : p.markup),
        { baseRevision: base },
      );
      if (!result.ok) throw new Error(JSON.stringify(result));
      return result.revision;
    };
    const one = await save('Version one of the lead.', start.revision);
    const two = await save('Version two of the lead.', one);
    const diff = await compareRevisions(actors.reviewer, id, 'en', one, two);
    expect(diff?.paragraphs.filter((p) => p.change !== 'unchanged')).toEqual([
      {
        key: start.paragraphs[0]!.key,
        change: 'changed',
        before: 'Version one of the lead.',
        after: 'Version two of the lead.',
      },
    ]);
    const restored = await restoreRevision(actors.editor, id, 'en', one);
    expect(restored).toMatchObject({ ok: true, revision: two + 1 });
    expect((await snapshot(id, 'en'))!.paragraphs[0]!.markup).toBe('Version one of the lead.');
    const history = await listRevisions(actors.reviewer, id, 'en');
    expect(history.map((r) => [r.number, r.restoredFrom])).toEqual([
      [two + 1, one],
      [two, null],
      [one, null],
      // the text the first save started from (written from content/), kept by that save
      [one - 1, null],
    ]);
    expect(
      await appDb().auditEntry.count({ where: { action: 'restore', subject: `article:${id}/en` } }),
    ).toBe(1);
    await expect(restoreRevision(actors.reviewer, id, 'en', one)).rejects.toBeInstanceOf(Forbidden);
  });
});
