'use client';

import { useTranslations } from 'next-intl';
import type { Finding } from '@/lib/translation/checks';

/**
 * A paragraph's failed checks under its field (lib/translation/checks.ts), errors first, each
 * with its reason in the newsroom's language. Rendered on the server from the saved text, then
 * again as the translator types.
 */
export function TranslationChecks({ findings, id }: { findings: Finding[]; id: string }) {
  const t = useTranslations('Newsroom.checks');
  if (findings.length === 0) return null;
  return (
    <ul id={id} className="mt-1 space-y-0.5 text-sm" data-testid="checks" aria-label={t('heading')}>
      {findings.map((f) => (
        <li
          key={f.check}
          data-check={f.check}
          data-severity={f.severity}
          className={f.severity === 'error' ? 'text-red-800' : 'text-amber-900'}
        >
          <span className="font-semibold">{t(f.severity)}:</span> {t(f.check, { found: f.found })}
        </li>
      ))}
    </ul>
  );
}
