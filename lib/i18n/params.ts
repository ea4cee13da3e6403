import { notFound } from 'next/navigation';
import { isLocale, type Locale } from '../model/locales';

/** The `[locale]` route parameter as a Locale; anything else is a 404. */
export function localeParam(value: string): Locale {
  if (!isLocale(value)) notFound();
  return value;
}
