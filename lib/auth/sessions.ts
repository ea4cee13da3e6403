import { createHash, randomBytes } from 'node:crypto';
import { appDb } from '../db/app-client';
import type { EditorRole, Locale } from '../db/generated/client';

/** A session ends after 2 hours without a request, and 12 hours after login whatever happens. */
export const IDLE_TIMEOUT_MS = 2 * 60 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most once a minute, not on every request. */
const TOUCH_EVERY_MS = 60 * 1000;

export type Actor = { id: string; email: string; name: string; role: EditorRole; languages: Locale[] };

const tokenHash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** Starts a session; the returned token goes into the cookie and is never stored. */
export async function createSession(editorId: string, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await appDb().editorSession.create({
    data: {
      tokenHash: tokenHash(token),
      editorId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS),
    },
  });
  return token;
}

/** The signed-in editor for a cookie token, or null (unknown, expired, idle or disabled). */
export async function resolveSession(token: string | undefined, now = new Date()): Promise<Actor | null> {
  if (!token || token.length > 100) return null;
  const db = appDb();
  const hash = tokenHash(token);
  const session = await db.editorSession.findUnique({
    where: { tokenHash: hash },
    include: { editor: true },
  });
  if (!session) return null;
  const idle = now.getTime() - session.lastSeenAt.getTime() > IDLE_TIMEOUT_MS;
  if (idle || session.expiresAt <= now || session.editor.disabledAt) {
    await db.editorSession.deleteMany({ where: { tokenHash: hash } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS)
    await db.editorSession.updateMany({ where: { tokenHash: hash }, data: { lastSeenAt: now } });
  const { id, email, name, role, languages } = session.editor;
  return { id, email, name, role, languages };
}

export async function endSession(token: string | undefined): Promise<void> {
  if (!token) return;
  await appDb().editorSession.deleteMany({ where: { tokenHash: tokenHash(token) } });
}
