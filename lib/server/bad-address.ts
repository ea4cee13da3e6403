import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isLocale, localeTable, locales, type Locale } from '../model/locales';
import { commonHeaders, publicCsp } from '../security/headers';

/**
 * Requests the portal cannot read answered with a 400 page in the reader's language: addresses —
 * broken percent-encoding (`/zh/%zz`, `/en/articles/%c3%28`,
 * `/en/cities/a%`) or an encoded control character such as NUL — are the client's fault: they get
 * a 400 page in the reader's language, answered by the portal's server before Next sees them
 * (Next would fail on them with a 500, or try to write a cache file named with a NUL).
 */

/** Whether a request target's path cannot be decoded into text the portal can route. */
export function isBadAddress(url: string): boolean {
  const pathname = url.split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
    // Next decodes a route's parameters once more: "%25" alone ("%" after one decoding) fails there
    if (decoded.includes('%')) decodeURIComponent(decoded);
  } catch {
    return true;
  }
  // control characters (NUL, line breaks …) have no place in a path
  return /[\u0000-\u001f\u007f]/.test(decoded);
}

/** The language to answer in: the address's own prefix (the newsroom's too), else the reader's Accept-Language, else zh. */
export function languageOf(url: string, acceptLanguage: string | undefined): Locale {
  const prefix = /^\/(?:editor\/)?([a-z]{2})(?:[/?#%]|$)/.exec(url)?.[1];
  if (prefix && isLocale(prefix)) return prefix;
  const preferred = (acceptLanguage ?? '').toLowerCase();
  return locales.find((l) => preferred.startsWith(l)) ?? 'zh';
}

/**
 * What the portal's server refuses before (or instead of) Next, each with its status: an address
 * or a form body it cannot read (400), a form posted from another site (403, CSRF: Next would
 * answer it with a 500), and a page that does not exist where Next's answer is its empty error
 * shell (404, lib/server/request-guards.ts).
 */
export type Refusal = 'address' | 'form' | 'origin' | 'notFound';
const statusOf: Record<Refusal, number> = { address: 400, form: 400, origin: 403, notFound: 404 };

type Texts = { title: string; body: string; home: string; siteName: string };
type Messages = Record<string, Record<string, string>>;
const messagesOf = new Map<Locale, Messages>();
/** The messages file of a language, read once (the server's own pages, outside Next and next-intl). */
export function serverMessages(locale: Locale): Messages {
  let messages = messagesOf.get(locale);
  if (!messages) {
    messages = JSON.parse(
      readFileSync(path.join(process.cwd(), 'messages', `${locale}.json`), 'utf8'),
    ) as Messages;
    messagesOf.set(locale, messages);
  }
  return messages;
}
function textsOf(locale: Locale, what: Refusal): Texts {
  const messages = serverMessages(locale);
  const page = messages.BadRequestPage!;
  const [title, body] =
    what === 'notFound'
      ? [messages.NotFoundPage!.title!, messages.NotFoundPage!.body!]
      : [page[`${what}Title`]!, page[`${what}Body`]!];
  return { title, body, home: page.home!, siteName: messages.Metadata!.siteName! };
}

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The refusal page: plain HTML, no script, readable in any browser or text browser. In the reader's
 * language; or, when the address names no language (`null`), in all three, each marked with its own.
 */
export function refusalPage(locale: Locale | null, what: Refusal = 'address'): string {
  const shown = locale ? [locale] : [...locales];
  const first = textsOf(shown[0]!, what);
  const sections = shown
    .map((l) => {
      const t = textsOf(l, what);
      return `<section lang="${localeTable[l].htmlLang}"><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.body)}</p><p><a href="/${l}">${escapeHtml(t.home)}</a></p></section>`;
    })
    .join('');
  const html = localeTable[shown[0]!];
  return `<!DOCTYPE html><html lang="${html.htmlLang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(first.title)} · ${escapeHtml(first.siteName)}</title><style>body{font-family:${escapeHtml(html.fontStack)};max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.6;color:#1c1917}a{color:inherit}section{margin-bottom:2rem}</style></head><body><main>${sections}</main></body></html>`;
}

/** The refusal answer for a request: status, headers and body (see refusalPage). */
export function refusalAnswer(
  req: Pick<IncomingMessage, 'url' | 'method' | 'headers'>,
  what: Refusal = 'address',
  locale: Locale | null = languageOf(req.url ?? '/', firstHeader(req.headers['accept-language'])),
): { status: number; headers: Array<[string, string]>; body: Buffer | undefined } {
  const body = Buffer.from(refusalPage(locale, what));
  return {
    status: statusOf[what],
    headers: [
      ...commonHeaders.map(({ key, value }): [string, string] => [key, value]),
      ['content-security-policy', publicCsp],
      ['content-type', 'text/html; charset=utf-8'],
      ...(locale ? [['content-language', localeTable[locale].htmlLang] as [string, string]] : []),
      ['cache-control', 'no-store'],
      ['content-length', String(body.length)],
    ],
    body: req.method === 'HEAD' ? undefined : body,
  };
}

/** Answers a request with its refusal page; `locale` null: all three languages (see refusalPage). */
export function sendRefusal(
  req: IncomingMessage,
  res: ServerResponse,
  what: Refusal = 'address',
  locale?: Locale | null,
): void {
  const answer = refusalAnswer(req, what, locale);
  for (const [name, value] of answer.headers) res.setHeader(name, value);
  res.statusCode = answer.status;
  res.end(answer.body);
}

const firstHeader = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
