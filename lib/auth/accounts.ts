import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { hasControlCharacters, lineText, type Posted } from '../model/text-input';
import { appDb } from '../db/app-client';
import { locales, type Locale } from '../model/locales';
import { audit } from './audit';
import {
  hashPassword,
  passwordProblem,
  PASSWORD_MAX,
  verifyAgainstNothing,
  verifyPassword,
} from './password';
import { authorize } from './permissions';
import { createSession, type Actor } from './sessions';
import { accountKey, addressKey, clearFailures, lockedUntil, recordFailure } from './throttle';

export const normalizeEmail = (email: string) => email.normalize('NFC').trim().toLowerCase();

export type LoginResult =
  { ok: true; token: string; actor: Actor } | { ok: false; reason: 'invalid' | 'locked' };

/**
 * Checks a login. Unknown accounts, disabled accounts and wrong passwords give the same answer in
 * the same time; failures count against the account and the address (lib/auth/throttle.ts).
 */
export async function logIn(emailInput: string, password: string, address: string): Promise<LoginResult> {
  // No address has control characters, and PostgreSQL would refuse a NUL in any query: such an
  // attempt is a failure of the address alone, recorded with the characters made visible.
  if (hasControlCharacters(emailInput)) {
    const shown = emailInput.slice(0, 320).replace(/[^\p{L}\p{N}\p{P}\p{S} ]/gu, '\uFFFD');
    await recordFailure([addressKey(address)]);
    await audit({ action: 'login_failed', details: { email: shown }, address });
    return { ok: false, reason: (await lockedUntil([addressKey(address)])) ? 'locked' : 'invalid' };
  }
  const email = normalizeEmail(emailInput).slice(0, 320);
  const keys = [accountKey(email), addressKey(address)];
  if (await lockedUntil(keys)) {
    await audit({ action: 'login_locked', details: { email }, address });
    return { ok: false, reason: 'locked' };
  }
  const editor = await appDb().editor.findUnique({ where: { email } });
  const ok =
    password.length <= PASSWORD_MAX &&
    (editor && !editor.disabledAt
      ? await verifyPassword(editor.passwordHash, password)
      : await verifyAgainstNothing(password));
  if (!ok || !editor) {
    await recordFailure(keys);
    await audit({ actorId: editor?.id, action: 'login_failed', details: { email }, address });
    return { ok: false, reason: (await lockedUntil(keys)) ? 'locked' : 'invalid' };
  }
  await clearFailures(accountKey(email));
  const token = await createSession(editor.id);
  await audit({ actorId: editor.id, action: 'login', address });
  const { id, name, role, languages } = editor;
  return { ok: true, token, actor: { id, email, name, role, languages } };
}

const roles = ['admin', 'editor', 'translator', 'reviewer'] as const;

/** A translator or reviewer works in the languages the account names: at least one. */
const needsLanguages = (role: (typeof roles)[number], languages: readonly string[]) =>
  (role === 'translator' || role === 'reviewer') && languages.length === 0;

export const newEditorSchema = z
  .object({
    email: z.email().max(254).transform(normalizeEmail),
    name: lineText().trim().min(1).max(120),
    role: z.enum(roles),
    languages: z.array(z.enum(locales)).max(locales.length).default([]),
    password: z.string().max(PASSWORD_MAX),
  })
  .refine((e) => !needsLanguages(e.role, e.languages), { path: ['languages'], message: 'noLanguages' });
export type NewEditor = Posted<z.input<typeof newEditorSchema>, 'role'>;

export type CreateEditorResult =
  | { ok: true; id: string }
  | { ok: false; field: 'email' | 'name' | 'role' | 'languages' | 'password'; problem: string };

/**
 * Creates an account. `by` is the admin doing it, or null for the command line
 * (`npm run editor:create`), which has the server's own authority.
 */
export async function createEditor(
  by: Actor | null | 'command-line',
  input: NewEditor,
): Promise<CreateEditorResult> {
  if (by !== 'command-line') authorize(by, 'users.manage');
  const parsed = newEditorSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      ok: false,
      field: issue.path[0] as 'email',
      problem: issue.message === 'noLanguages' ? 'noLanguages' : 'invalid',
    };
  }
  const data = parsed.data;
  const problem = passwordProblem(data.password, data);
  if (problem) return { ok: false, field: 'password', problem };
  const db = appDb();
  if (await db.editor.findUnique({ where: { email: data.email } }))
    return { ok: false, field: 'email', problem: 'taken' };
  const id = randomUUID();
  const passwordHash = await hashPassword(data.password);
  // the account and its audit entry: together, or not at all
  await db.$transaction(async (tx) => {
    await tx.editor.create({
      data: {
        id,
        email: data.email,
        name: data.name,
        role: data.role,
        languages: data.languages,
        passwordHash,
      },
    });
    await audit(
      {
        actorId: by === 'command-line' ? id : by?.id,
        action: 'user_create',
        subject: `editor:${id}`,
        details: {
          email: data.email,
          role: data.role,
          languages: data.languages,
          via: by === 'command-line' ? 'command line' : 'admin',
        },
      },
      tx,
    );
  });
  return { ok: true, id };
}

/** Changes a role and languages; the account is signed out everywhere so the change applies now. */
export async function changeRole(
  by: Actor | null,
  editorId: string,
  posted: string,
  languages: Locale[],
): Promise<'changed' | 'invalid' | 'notFound' | 'lastAdmin' | 'noLanguages'> {
  const admin = authorize(by, 'users.manage');
  const parsed = z.enum(roles).safeParse(posted);
  if (!parsed.success) return 'invalid';
  const role = parsed.data;
  if (needsLanguages(role, languages)) return 'noLanguages';
  const db = appDb();
  const before = await db.editor.findUnique({ where: { id: editorId } });
  if (!before) return 'notFound';
  // the newsroom never loses its last administrator
  if (
    before.role === 'admin' &&
    role !== 'admin' &&
    (await db.editor.count({ where: { role: 'admin' } })) === 1
  )
    return 'lastAdmin';
  // the role, the account's sessions (signed out so the change applies now) and the audit entry
  await db.$transaction(async (tx) => {
    await tx.editor.update({ where: { id: editorId }, data: { role, languages } });
    if (before.role !== role || before.languages.join() !== languages.join())
      await tx.editorSession.deleteMany({ where: { editorId } });
    await audit(
      {
        actorId: admin.id,
        action: 'role_change',
        subject: `editor:${editorId}`,
        details: { from: { role: before.role, languages: before.languages }, to: { role, languages } },
      },
      tx,
    );
  });
  return 'changed';
}

export type EditorListItem = {
  id: string;
  email: string;
  name: string;
  role: Actor['role'];
  languages: Locale[];
  createdAt: Date;
};

export async function listEditors(by: Actor | null): Promise<EditorListItem[]> {
  authorize(by, 'users.manage');
  return appDb().editor.findMany({
    orderBy: { createdAt: 'asc' },
    select: { id: true, email: true, name: true, role: true, languages: true, createdAt: true },
  });
}

export async function readAuditLog(by: Actor | null, limit = 200) {
  authorize(by, 'audit.read');
  return appDb().auditEntry.findMany({
    orderBy: { id: 'desc' },
    take: limit,
    include: { actor: { select: { name: true, email: true } } },
  });
}
