import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { Locale } from '../model/locales';
import { CLIENT_ADDRESS_HEADER, normalizeAddress } from '../http/client-address';
import { publicOrigin, readEnv } from '../env';
import { resolveSession, ABSOLUTE_TIMEOUT_MS, type Actor } from './sessions';
import { newsroom } from '../model/paths';

/**
 * The request side of sessions: the cookie, the client's address, the signed-in editor.
 * Over https the cookie is `__Host-` prefixed and Secure (the browser then refuses it from any
 * subdomain or over http); on a plain-http development address it cannot be, and is not.
 */
const secure = () => publicOrigin(readEnv()).startsWith('https:');
export const sessionCookieName = () => (secure() ? '__Host-portal_session' : 'portal_session');

export async function sessionToken(): Promise<string | undefined> {
  return (await cookies()).get(sessionCookieName())?.value;
}

export async function setSessionCookie(token: string): Promise<void> {
  (await cookies()).set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: secure(),
    path: '/',
    maxAge: ABSOLUTE_TIMEOUT_MS / 1000,
  });
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete({ name: sessionCookieName(), path: '/', secure: secure(), httpOnly: true });
}

/**
 * The client's address, as the portal's server settled it from the socket and the proxies the
 * operator trusts (lib/http/client-address.ts), never from what the client claims. Without that
 * server (`next dev`) it is 'unknown': every attempt then shares one address's login limit.
 */
export async function clientAddress(): Promise<string> {
  const address = (await headers()).get(CLIENT_ADDRESS_HEADER);
  return address && normalizeAddress(address) ? address : 'unknown';
}

/** The signed-in editor, or null. */
export async function currentActor(): Promise<Actor | null> {
  return resolveSession(await sessionToken());
}

/** The signed-in editor; anyone else is sent to the login page. */
export async function requireActor(locale: Locale): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(newsroom.login(locale));
  return actor;
}
