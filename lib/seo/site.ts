import 'server-only';
import { readEnv } from '../env';

/** The portal's public origin, e.g. https://portal.example.org (PORTAL_URL, else localhost:PORT). */
export function siteOrigin(): string {
  const env = readEnv();
  return env.PORTAL_URL ?? `http://localhost:${env.PORT}`;
}

/** The absolute address of a path on this site ("/en/articles/x" → "https://…/en/articles/x"). */
export function absoluteUrl(path: string): string {
  return `${siteOrigin()}${path}`;
}
