import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { FormClient } from '../../scripts/soak/form-client';
import { createAccount, e2eDistDir } from '../support/e2e-state';

/**
 * Who may call each server action the app exports, over HTTP as the browser calls them. The list of
 * actions is the build's own (server-reference-manifest.json), not a hand-kept one: an action
 * without a row here fails the test, so a new action cannot ship without its authorization being
 * stated and tried — login and logout included. Every call is one a user could make with a form
 * (wrong or missing ids, empty fields), so nothing changes whoever tries.
 */

type Who = 'anonymous' | 'admin' | 'editor' | 'translator' | 'reviewer';
const roles: Exclude<Who, 'anonymous'>[] = ['admin', 'editor', 'translator', 'reviewer'];
const everyone: Who[] = ['anonymous', ...roles];
type Outcome = 'signedOut' | 'forbidden' | 'allowed';

const report = 'gmd-2025-nanning-initiative';
/** the action's FormData, and for a useActionState form its previous state */
type Row = { allowed: Who[]; page: string; fields: Array<[string, string]>; bound?: unknown[] };

const rows: Record<string, Row> = {
  'app/editor/[locale]/actions.ts#loginAction': {
    allowed: everyone,
    page: '/editor/en/login',
    fields: [
      ['uiLocale', 'en'],
      ['email', 'nobody@example.test'],
      ['password', 'not the password 1'],
    ],
  },
  'app/editor/[locale]/actions.ts#logoutAction': {
    allowed: everyone,
    page: '/editor/en',
    fields: [['uiLocale', 'en']],
  },
  'app/editor/[locale]/actions.ts#createUserAction': {
    allowed: ['admin'],
    page: '/editor/en/users',
    fields: [
      ['uiLocale', 'en'],
      ['email', 'not-an-address'],
      ['name', ''],
      ['role', 'editor'],
      ['password', 'x'],
    ],
  },
  'app/editor/[locale]/actions.ts#changeRoleAction': {
    allowed: ['admin'],
    page: '/editor/en/users',
    fields: [
      ['uiLocale', 'en'],
      ['editorId', 'no-such-editor'],
      ['role', 'editor'],
    ],
  },
  'app/editor/[locale]/articles/[id]/actions.ts#metadataAction': {
    allowed: ['admin', 'editor'],
    page: `/editor/en/articles/${report}`,
    fields: [
      ['uiLocale', 'en'],
      ['articleId', 'no-such-report'],
    ],
  },
  'app/editor/[locale]/articles/[id]/actions.ts#articlePhotosAction': {
    allowed: ['admin', 'editor'],
    page: `/editor/en/articles/${report}`,
    fields: [
      ['uiLocale', 'en'],
      ['articleId', 'no-such-report'],
      ['leadPhotoId', ''],
    ],
  },
  'app/editor/[locale]/photos/actions.ts#savePhotoAction': {
    allowed: ['admin', 'editor'],
    // the photo's own page, where the form is (no such photo: the action says so)
    page: '/editor/en/photos/photo-none',
    fields: [
      ['uiLocale', 'en'],
      ['id', 'photo-none'],
      ['credit', ''],
      ['takenAt', ''],
      ['focalX', '50'],
      ['focalY', '50'],
    ],
    bound: [{ status: 'idle' }],
  },
  'app/editor/[locale]/articles/[id]/[lang]/actions.ts#saveAction': {
    // the Vietnamese version: translators of Vietnamese and editors write it; reviewers never
    allowed: ['admin', 'editor', 'translator'],
    page: `/editor/en/articles/${report}/vi`,
    fields: [
      ['articleId', report],
      ['locale', 'vi'],
      ['baseRevision', '999'],
      ['slug', ''],
      ['title', ''],
    ],
    bound: [{ status: 'idle' }],
  },
  'app/editor/[locale]/articles/[id]/[lang]/actions.ts#transitionAction': {
    allowed: ['admin', 'editor'],
    page: `/editor/en/articles/${report}/vi`,
    fields: [
      ['uiLocale', 'en'],
      ['articleId', 'no-such-report'],
      ['locale', 'vi'],
      ['action', 'publish'],
    ],
  },
  'app/editor/[locale]/articles/[id]/[lang]/actions.ts#restoreAction': {
    allowed: ['admin', 'editor', 'translator'],
    page: `/editor/en/articles/${report}/vi`,
    fields: [
      ['uiLocale', 'en'],
      ['articleId', report],
      ['locale', 'vi'],
      ['number', '999'],
    ],
  },
  'app/editor/[locale]/entities/actions.ts#entityAction': {
    allowed: ['admin', 'editor'],
    page: '/editor/en/entities/city/nanning',
    fields: [
      ['uiLocale', 'en'],
      ['type', 'city'],
      ['create', 'true'],
      ['id', 'Not An Id'],
    ],
    bound: [{ status: 'idle' }],
  },
  'app/editor/[locale]/import/actions.ts#importAction': {
    allowed: ['admin', 'editor'],
    page: '/editor/en/import',
    fields: [
      ['uiLocale', 'en'],
      ['text', ''],
    ],
    bound: [{ status: 'idle' }],
  },
};

/** The app's server actions, from the build being tested. */
function exportedActions(): Array<{ id: string; key: string }> {
  const manifest = JSON.parse(
    readFileSync(path.join(e2eDistDir, 'server', 'server-reference-manifest.json'), 'utf8'),
  ) as { node: Record<string, { exportedName: string; filename: string }> };
  return Object.entries(manifest.node).map(([id, a]) => ({ id, key: `${a.filename}#${a.exportedName}` }));
}

/** What an answer says of the caller's right to act: the redirect's or the state's error. */
function outcomeOf(answer: { redirect: string | null; state: Record<string, unknown> | null }): Outcome {
  const said = answer.state?.error ?? /[?&]error=([a-zA-Z]+)/.exec(answer.redirect ?? '')?.[1];
  if (said === 'signedOut') return 'signedOut';
  return said === 'forbidden' ? 'forbidden' : 'allowed';
}

const password = 'lantern estuary violet 64';
async function clientFor(who: Who, baseURL: string): Promise<FormClient> {
  const client = new FormClient(baseURL);
  if (who === 'anonymous') return client;
  // a domain of its own: the newsroom story counts the accounts under @newsroom.test
  const email = `${who}@actions.test`;
  createAccount({ email, name: `Actions ${who}`, password, role: who, languages: 'vi' });
  expect((await client.signIn('en', email, password)).location, `${who} signs in`).toMatch(/\/editor\/en$/);
  return client;
}

test('every server action the app exports has its row, and each role gets exactly that row', async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  const actions = exportedActions();
  expect(actions.length).toBeGreaterThan(5);
  const missing = actions.filter((a) => !rows[a.key]).map((a) => a.key);
  expect(missing, 'actions without a row in the authorization table').toEqual([]);
  const stale = Object.keys(rows).filter((key) => !actions.some((a) => a.key === key));
  expect(stale, 'rows for actions the app no longer exports').toEqual([]);

  const clients = Object.fromEntries(
    await Promise.all(everyone.map(async (who) => [who, await clientFor(who, baseURL!)] as const)),
  ) as Record<Who, FormClient>;
  // signing out ends the session: it goes last
  const order = [...actions].sort(
    (a, b) => Number(a.key.endsWith('#logoutAction')) - Number(b.key.endsWith('#logoutAction')),
  );
  const table: string[] = [];
  for (const action of order) {
    const row = rows[action.key]!;
    for (const who of everyone) {
      const answer = await clients[who].callAction(row.page, action.id, row.fields, row.bound);
      expect(answer.status, `${action.key} as ${who}: ${answer.status}`).toBeLessThan(500);
      const outcome = outcomeOf(answer);
      // logging in and out needs no session; everything else needs one first
      const expected: Outcome = row.allowed.includes(who)
        ? 'allowed'
        : who === 'anonymous'
          ? 'signedOut'
          : 'forbidden';
      table.push(`${action.key.split('#')[1]} ${who}: ${outcome}`);
      expect(outcome, `${action.key} as ${who} (${answer.redirect ?? JSON.stringify(answer.state)})`).toBe(
        expected,
      );
    }
  }
  console.log(`[actions] ${table.length} calls:\n  ${table.join('\n  ')}`);
});
