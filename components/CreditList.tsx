import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { JoinedList } from '@/components/JoinedList';
import { LocalizedText } from '@/components/LocalizedText';
import { readCreditRole, writtenLanguage } from '@/lib/i18n/credit-roles';
import type { Locale } from '@/lib/model/locales';

type Credit = { name: string; role: string };

/**
 * Reviewers and editors of a source release, "Huang Mengyao (Reviewer 1)" / "Huang Mengyao（一审）":
 * roles the portal recognises in the page's language, others as the release wrote them (with their
 * `lang`); names keep their own `lang` when it is not the page's.
 */
export async function CreditList({
  locale,
  credits,
  as,
}: {
  locale: Locale;
  credits: Credit[];
  as: 'list' | 'inline';
}) {
  const t = await getTranslations({ locale, namespace: 'Credits' });
  const inItsLanguage = (text: string) => (
    <LocalizedText value={{ text, locale: writtenLanguage(text) }} pageLocale={locale} />
  );
  const roleOf = (written: string): ReactNode => {
    const role = readCreditRole(written);
    if (!role) return inItsLanguage(written);
    if (role.kind === 'reviewer') return t('reviewer', { stage: role.stage });
    if (role.kind === 'languageReviewer') return t('languageReviewer', { language: role.language });
    return t('role', { kind: role.kind });
  };
  const nodes = credits.map((c) =>
    t.rich('credit', { name: () => inItsLanguage(c.name), role: () => roleOf(c.role) }),
  );
  if (as === 'list')
    return (
      <ul>
        {nodes.map((node, i) => (
          <li key={i}>{node}</li>
        ))}
      </ul>
    );
  return <JoinedList locale={locale} items={nodes} />;
}
