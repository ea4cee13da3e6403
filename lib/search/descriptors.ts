import { createTranslator } from 'use-intl/core';
import en from '../../messages/en.json';
import vi from '../../messages/vi.json';
import zh from '../../messages/zh.json';
import { locales } from '../model/locales';

/**
 * Words that describe a glossary entry without naming it, written into each of its search pages
 * so that a reader can qualify a name with them in any order and language (issue 30): its kind
 * in the three languages ("Memorandum", "备忘录", "Bản ghi nhớ"; "Province") and its year. A
 * query such as "2025 memorandum Yangon" then has every word in the memorandum's page.
 */

const messages = { zh, en, vi };

/** A kind's label in every language, from the kicker its page prints. */
export function kindLabels(page: 'AgreementPage' | 'CityPage', kind: string): string[] {
  return locales.map((locale) =>
    createTranslator({ locale, messages: messages[locale], namespace: page })('kicker', { kind }),
  );
}

/** The calendar years a date or a span of dates falls in. */
export function years(...dates: Array<Date | null | undefined>): string[] {
  return [...new Set(dates.filter((d): d is Date => !!d).map((d) => String(d.getUTCFullYear())))];
}
