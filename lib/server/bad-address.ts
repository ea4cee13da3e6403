import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isLocale, localeTable, locales, type Locale } from '../i18n/locales';
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

/** The language to answer in: the address's own prefix, else the reader's Accept-Language, else zh. */
export function languageOf(url: string, acceptLanguage: string | undefined): Locale {
  const prefix = /^\/([a-z]{2})(?:[/?#%]|$)/.exec(url)?.[1];
  if (prefix && isLocale(prefix)) return prefix;
  const preferred = (acceptLanguage ?? '').toLowerCase();
  return locales.find((l) => preferred.startsWith(l)) ?? 'zh';
}

/** What could not be read: the address, or a form's body (lib/server/form-body.ts). */
export type Unreadable = 'address' | 'form';
type Texts = {
  addressTitle: string;
  addressBody: string;
  formTitle: string;
  formBody: string;
  home: string;
  siteName: string;
};
const texts = new Map<Locale, Texts>();
function textsOf(locale: Locale): Texts {
  let t = texts.get(locale);
  if (!t) {
    const messages = JSON.parse(readFileSync(path.join(process.cwd(), 'messages', `${locale}.json`), 'utf8'));
    t = { ...messages.BadRequestPage, siteName: messages.Metadata.siteName };
    texts.set(locale, t!);
  }
  return t!;
}

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The 400 page: plain HTML, no script, readable in any browser or text browser. */
export function badRequestPage(locale: Locale, what: Unreadable = 'address'): string {
  const all = textsOf(locale);
  const t = {
    title: what === 'form' ? all.formTitle : all.addressTitle,
    body: what === 'form' ? all.formBody : all.addressBody,
    home: all.home,
    siteName: all.siteName,
  };
  return `<!DOCTYPE html><html lang="${localeTable[locale].htmlLang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(t.title)} · ${escape(t.siteName)}</title><style>body{font-family:${escape(localeTable[locale].fontStack)};max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.6;color:#1c1917}a{color:inherit}</style></head><body><main><h1>${escape(t.title)}</h1><p>${escape(t.body)}</p><p><a href="/${locale}">${escape(t.home)}</a></p></main></body></html>`;
}

export function sendBadRequest(
  req: IncomingMessage,
  res: ServerResponse,
  what: Unreadable = 'address',
): void {
  const acceptLanguage = req.headers['accept-language'];
  const locale = languageOf(
    req.url ?? '/',
    Array.isArray(acceptLanguage) ? acceptLanguage[0] : acceptLanguage,
  );
  const body = Buffer.from(badRequestPage(locale, what));
  for (const { key, value } of commonHeaders) res.setHeader(key, value);
  res.setHeader('content-security-policy', publicCsp);
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('content-language', localeTable[locale].htmlLang);
  res.setHeader('cache-control', 'no-store');
  res.setHeader('content-length', String(body.length));
  res.statusCode = 400;
  res.end(req.method === 'HEAD' ? undefined : body);
}
