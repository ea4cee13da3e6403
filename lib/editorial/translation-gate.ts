import type { Locale } from '../model/locales';
import { checkVersion, type ParagraphFindings } from '../translation/checks';
import { reportGlossary } from './glossary';
import { loadSnapshot } from './version-snapshot';

/**
 * The translation checks of a version's current text against the original's (issue 28): what
 * sending to review and approving look at (./workflow.ts), the same rule the version form shows
 * as the translator types (lib/translation/checks.ts checkVersion). The original is not checked.
 */
export async function versionFindings(
  db: Parameters<typeof loadSnapshot>[0],
  articleId: string,
  locale: Locale,
  originalLocale: Locale,
): Promise<ParagraphFindings[]> {
  if (locale === originalLocale) return [];
  const original = await loadSnapshot(db, articleId, originalLocale);
  const translation = await loadSnapshot(db, articleId, locale);
  if (!original || !translation) return [];
  return checkVersion(
    { locale: originalLocale, paragraphs: original.paragraphs },
    { locale, paragraphs: translation.paragraphs },
    await reportGlossary(articleId),
  );
}
