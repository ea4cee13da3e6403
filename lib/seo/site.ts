import 'server-only';
import { publicOrigin, readEnv } from '../env';

/** The portal's public origin, e.g. https://portal.example.org (PORTAL_URL, else localhost:PORT). */
export function siteOrigin(): string {
  return publicOrigin(readEnv());
}

/** The absolute address of a path on this site ("/en/articles/x" → "https://…/en/articles/x"). */
export function absoluteUrl(path: string): string {
  return `${siteOrigin()}${path}`;
}
