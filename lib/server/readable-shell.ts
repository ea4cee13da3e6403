import { errorMessages } from '../i18n/error-messages';
import { languageName } from '../i18n/format';
import { localeTable, locales, type Locale } from '../model/locales';
import { localizedPath, siteSections, articlePath } from '../model/paths';
import { otherVersions, VERSIONS_ELEMENT, type ArticleVersion } from '../reading/article-versions';
import { escapeHtml, serverMessages } from './bad-address';

/**
 * Next answers a page that called `notFound()` or failed to render with its bare error shell,
 * `<html id="__next_error__">`: the page exists only in the RSC payload and is drawn by script
 * (upstream vercel/next.js#62228), so readers without JavaScript, text browsers and crawlers get
 * a blank page. The portal's server writes the page's localized content into that shell — the
 * status stays 404 or 5xx. With JavaScript, React renders the shell's document from the payload
 * (`createRoot`, no hydration) and replaces what is written here with the same texts.
 */

export type { ArticleVersion };

export type ShellContent =
  { kind: 'notFound'; versions: ArticleVersion[] } | { kind: 'outage'; retryHref: string };

const link = (href: string, text: string, extra = '') =>
  `<a href="${escapeHtml(href)}" class="underline"${extra}>${escapeHtml(text)}</a>`;

/** The content of the page, as the portal's own not-found and error pages show it. */
export function shellContent(locale: Locale, content: ShellContent): string {
  const messages = serverMessages(locale);
  const home = localizedPath(locale, '/');
  let main: string;
  if (content.kind === 'outage') {
    const t = errorMessages[locale];
    main =
      `<h1 class="text-2xl font-bold">${escapeHtml(t.title)}</h1><p class="mt-4">${escapeHtml(t.body)}</p>` +
      `<p class="mt-6 flex gap-6">${link(content.retryHref, t.retry)}${link(home, t.home)}</p>`;
  } else {
    // the same choice as components/NotFoundMessage.tsx makes in the browser
    const others = otherVersions(content.versions, locale);
    if (others.length === 0) {
      const t = messages.NotFoundPage!;
      main =
        `<h1 class="text-2xl font-bold">${escapeHtml(t.title!)}</h1><p class="mt-3">${escapeHtml(t.body!)}</p>` +
        `<p class="mt-3">${link(home, t.home!)}</p>`;
    } else {
      const t = messages.MissingTranslationPage!;
      const items = others
        .map((v) => {
          const lang = localeTable[v.locale].htmlLang;
          const readIn = t.readIn!.replace('{language}', languageName(locale, v.locale));
          const href = localizedPath(v.locale, articlePath(v.slug));
          return `<li>${link(href, readIn, ` hreflang="${lang}"`)}<p lang="${lang}" class="mt-1">${escapeHtml(v.title)}</p></li>`;
        })
        .join('');
      // the versions as data too: the page's script starts from them instead of asking again
      // (components/NotFoundMessage.tsx); `<` escaped, so the text cannot end the element
      const data = JSON.stringify(content.versions).replace(/</g, '\\u003c');
      main =
        `<h1 class="text-2xl font-bold">${escapeHtml(t.title!)}</h1><p class="mt-3">${escapeHtml(t.body!)}</p>` +
        `<ul class="mt-4 space-y-4">${items}</ul>` +
        `<script type="application/json" id="${VERSIONS_ELEMENT}">${data}</script>`;
    }
  }
  return `${header(locale)}<main id="content" class="mx-auto max-w-3xl px-4 py-16">${main}</main>`;
}

/**
 * The site's header as components/SiteHeader.tsx draws it, in plain HTML: the masthead (place
 * names kept whole), the languages (their home pages) and the sections, so a reader without
 * JavaScript can go on from a page that does not exist.
 */
function header(locale: Locale): string {
  const t = serverMessages(locale).Layout!;
  const place = (text: string) =>
    escapeHtml(text)
      .replace(/&lt;place&gt;/g, '<span class="whitespace-nowrap">')
      .replace(/&lt;\/place&gt;/g, '</span>');
  const languages = locales
    .map((l) => {
      const { htmlLang, nativeName } = localeTable[l];
      return l === locale
        ? `<li><span aria-current="page" lang="${htmlLang}" class="font-semibold">${nativeName}</span></li>`
        : `<li><a href="${localizedPath(l, '/')}" hreflang="${htmlLang}" lang="${htmlLang}" class="underline">${nativeName}</a></li>`;
    })
    .join('');
  const nav = siteSections
    .map(
      ([path, key]) =>
        `<li><a href="${localizedPath(locale, path)}" class="inline-block whitespace-nowrap py-1 hover:underline">${escapeHtml(t[key]!)}</a></li>`,
    )
    .join('');
  return (
    `<header class="border-b border-black/10 dark:border-white/15">` +
    `<div class="mx-auto flex max-w-6xl flex-wrap items-start justify-between gap-x-6 gap-y-2 px-4 pb-3 pt-4">` +
    `<div class="min-w-0"><a href="${localizedPath(locale, '/')}" class="text-lg font-bold sm:text-xl">${place(t.masthead!)}</a>` +
    `<p class="text-sm text-muted">${place(t.tagline!)}</p></div>` +
    `<nav aria-label="${escapeHtml(t.languageSwitcher!)}"><ul class="flex shrink-0 gap-3 whitespace-nowrap pt-1 text-sm">${languages}</ul></nav>` +
    `</div>` +
    `<nav aria-label="${escapeHtml(t.primaryNav!)}" class="border-t border-black/5 dark:border-white/10">` +
    `<ul class="mx-auto flex max-w-6xl flex-wrap gap-x-5 gap-y-1 px-4 py-2 text-sm font-semibold sm:gap-x-6">${nav}</ul></nav>` +
    `</header>`
  );
}

/**
 * The shell with `lang`, the portal's stylesheets (named in the payload's style hints) and the
 * content written into its body; any other document is returned unchanged.
 */
export function fillShell(html: string, locale: Locale, content: string): string {
  if (!/^<!DOCTYPE html><html id="__next_error__"/i.test(html)) return html;
  const styles = [...html.matchAll(/:HL\[\\"(\/_next\/static\/[^"\\]+\.css)\\",\\"style\\"/g)]
    .map((m) => m[1]!)
    .filter((href, i, all) => all.indexOf(href) === i)
    .map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}"/>`)
    .join('');
  return html
    .replace(
      /^<!DOCTYPE html><html id="__next_error__"(?: lang="[^"]*")?/i,
      (start) => `${start.replace(/ lang="[^"]*"/, '')} lang="${localeTable[locale].htmlLang}"`,
    )
    .replace('</head>', `${styles}</head>`)
    .replace(/<body([^>]*)>/, (body) => `${body}${content}`);
}
