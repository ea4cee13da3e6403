import type { IncomingMessage, ServerResponse } from 'node:http';
import { gunzipSync, gzipSync } from 'node:zlib';
import { tapResponse, type Held, type Tap } from '../http/response-tap';
import { isLocale } from '../model/locales';
import { refusalAnswer } from './bad-address';
import { reportSlugOf } from '../reading/article-versions';
import { fillShell, shellContent, type ArticleVersion } from './readable-shell';
import { first } from '../http/form-values';

/**
 * Two answers the portal's server gives in Next's place (scripts/serve.ts):
 *
 * - A POST to a page from another site — a server action or a form whose Origin names another host
 *   than the one it was sent to — is refused with a localized 403. Next makes the same check, but
 *   answers it with a 500 ("Invalid Server Actions request"), which reads as the portal failing.
 * - Some 404s and 5xx Next answers with its bare error shell, `<html id="__next_error__">`, the page
 *   itself only in the RSC payload (upstream vercel/next.js#62228): blank without JavaScript, and
 *   in no language. For an address in no language that page is the trilingual "not found", so the
 *   plain trilingual 404 page replaces it. For an address in a language (the newsroom's too) the
 *   shell keeps its script and status, and gets the language's `lang` and the page's content
 *   written into it (lib/server/readable-shell.ts): "not found", "this report is not in
 *   Vietnamese — read it in …", or "cannot be shown right now".
 */

/**
 * Whether a POST to a page comes from another site: its Origin (scheme, host and port) is neither
 * the origin it was sent to nor the portal's public one (PORTAL_URL). The origin it was sent to is
 * the Host with http, or what a trusted proxy says in X-Forwarded-Host/-Proto (the portal's server
 * has removed those headers from anyone else: lib/http/client-address.ts).
 */
export function isCrossSitePost(
  req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>,
  publicOrigin?: string,
): boolean {
  if (req.method !== 'POST') return false;
  // route handlers authorize each call themselves (a bearer token), with no cookie to ride on
  if (/^\/api\//.test(req.url ?? '')) return false;
  const origin = first(req.headers.origin);
  // no Origin: not a browser's cross-site post (browsers send it with every POST)
  if (origin === undefined) return false;
  let from: string;
  try {
    from = new URL(origin).origin;
  } catch {
    return true; // "null" (a sandboxed frame, a privacy redirect) or junk
  }
  if (from === 'null') return true;
  const host = first(req.headers['x-forwarded-host'])?.split(',')[0]?.trim() || first(req.headers.host);
  const scheme = first(req.headers['x-forwarded-proto'])?.split(',')[0]?.trim().toLowerCase() || 'http';
  let to: string | undefined;
  try {
    to = host && /^https?$/.test(scheme) ? new URL(`${scheme}://${host}`).origin : undefined;
  } catch {
    to = undefined;
  }
  return from !== to && from !== publicOrigin;
}

/**
 * Holds a 404's, 400's or 5xx's answer until it is complete; replaces Next's empty error shell (see
 * the top) and a bare plain-text refusal ("Not found" from a route handler, Next's "Bad Request")
 * with the localized page. `versionsOf` names the language versions of a report (for the 404 of a
 * report that lacks the address's language); without it, that 404 says only "not found".
 * Installed before anything else wraps `res`; it never reassigns `res`'s methods afterwards, so
 * wrappers installed later keep working.
 */
export function guardNotFound(
  req: IncomingMessage,
  res: ServerResponse,
  versionsOf?: (slug: string) => Promise<ArticleVersion[]>,
): void {
  // every method and header: Next answers odd ones (a PUT, an `rsc: garbage` header) with the shell too
  tapResponse(res, new NotFoundGuard(req, res, versionsOf));
}

/** The guard's tap: a class, so a request makes no closures (see lib/http/response-tap.ts). */
class NotFoundGuard implements Tap {
  constructor(
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
    readonly versionsOf?: (slug: string) => Promise<ArticleVersion[]>,
  ) {}

  hold(res: ServerResponse) {
    return res.statusCode === 404 || res.statusCode === 400 || res.statusCode >= 500;
  }

  complete(held: Held) {
    answerHeld(this.req, this.res, held, this.versionsOf);
  }
}

/** A held 404, 400 or 5xx, complete: the readable page in place of Next's shell, or as it was. */
function answerHeld(
  req: IncomingMessage,
  res: ServerResponse,
  { body, release, write, end }: Held,
  versionsOf?: (slug: string) => Promise<ArticleVersion[]>,
): void {
  const gzip = String(res.getHeader('content-encoding') ?? '') === 'gzip';
  let html = '';
  try {
    html = (gzip ? gunzipSync(body) : body).toString('utf8');
  } catch {
    // not readable as gzip: leave the answer as it is
  }
  const failed = res.statusCode >= 500;
  const prefix = /^\/([^/?#]+)/.exec(req.url ?? '/')?.[1] ?? '';
  const locale = prefix === 'editor' ? /^\/editor\/([^/?#]+)/.exec(req.url ?? '')?.[1] : prefix;
  if (/^<!DOCTYPE html><html id="__next_error__"/i.test(html) && (!failed || isLocale(locale))) {
    if (!isLocale(prefix) && !failed) {
      const requestId = res.getHeader('x-request-id');
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      if (requestId !== undefined) res.setHeader('x-request-id', requestId);
      const answer = refusalAnswer(req, 'notFound', null);
      for (const [name, value] of answer.headers) res.setHeader(name, value);
      res.statusCode = answer.status;
      // Node's own end: a compression step wrapped around this one has already finished
      return end(answer.body);
    }
    const language = isLocale(locale) ? locale : 'zh';
    const send = (versions: ArticleVersion[]) => {
      const content = shellContent(
        language,
        failed ? { kind: 'outage', retryHref: req.url ?? '/' } : { kind: 'notFound', versions },
      );
      const filled = Buffer.from(fillShell(html, language, content));
      const out = gzip ? gzipSync(filled) : filled;
      if (res.getHeader('content-length') !== undefined) res.setHeader('content-length', String(out.length));
      write(out);
      end();
    };
    const slug = res.statusCode === 404 ? reportSlugOf(req.url ?? '') : undefined;
    if (!slug || !versionsOf) return send([]);
    // the report's versions are asked for while the answer waits (a cached lookup, see serve.ts)
    void versionsOf(slug).then(send, () => send([]));
    return;
  }
  // a bare "Not found" / "Bad Request" in plain text (a route handler's, or Next's): the page
  const type = String(res.getHeader('content-type') ?? '');
  if (!failed && (type === '' || type.startsWith('text/plain')) && html.length < 1024) {
    const requestId = res.getHeader('x-request-id');
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    if (requestId !== undefined) res.setHeader('x-request-id', requestId);
    const prefix = /^\/(?:editor\/)?([^/?#]+)/.exec(req.url ?? '/')?.[1] ?? '';
    const answer =
      res.statusCode === 404
        ? refusalAnswer(req, 'notFound', isLocale(prefix) ? prefix : null)
        : refusalAnswer(req, req.method === 'POST' ? 'form' : 'address');
    for (const [name, value] of answer.headers) res.setHeader(name, value);
    res.statusCode = answer.status;
    return end(answer.body);
  }
  release();
}
