import { getTranslations } from 'next-intl/server';
import { PageSection as Section } from '@/components/PageSection';
import { LocalizedText } from '@/components/LocalizedText';
import { PageShell } from '@/components/PageShell';
import { EntityReports } from '@/components/EntityReports';
import { sourceNames } from '@/components/SourceNames';
import type { AgreementPageData } from '@/lib/data/types';
import { formatDay, formatList, formatMoney } from '@/lib/i18n/format';
import { everyLanguage, localizedPath } from '@/lib/model/paths';

export async function AgreementPage({ agreement: a }: { agreement: AgreementPageData }) {
  const { locale } = a;
  const t = await getTranslations({ locale, namespace: 'AgreementPage' });
  const text = (value: AgreementPageData['name']) => <LocalizedText value={value} pageLocale={locale} />;
  const facts: Array<[string, React.ReactNode]> = [];
  if (a.event)
    facts.push([
      t('event'),
      <a key="e" href={localizedPath(locale, `/events/${a.event.id}`)} className="underline">
        {text(a.event.name)}
      </a>,
    ]);
  if (a.signedOn) facts.push([t('signedOn'), formatDay(locale, a.signedOn)]);
  if (a.parties.length > 0)
    facts.push([
      t('parties'),
      formatList(
        locale,
        a.parties.map((p) => p.name.text),
      ),
    ]);
  else if (a.partiesText) facts.push([t('parties'), text(a.partiesText)]);
  if (a.value)
    facts.push([
      t('value'),
      <span key="v">
        <span className="text-xl font-bold">
          {t('amount', {
            qualifier: a.value.qualifier,
            amount: formatMoney(locale, a.value.amount, a.value.currency),
          })}
        </span>
        {a.projectCount && <> · {t('projects', { count: a.projectCount })}</>}
        {a.equivalents.map((e) => (
          <span key={e.currency} className="block text-sm text-muted">
            {t('equivalent', {
              amount: formatMoney(locale, e.amount, e.currency),
              sources: sourceNames(locale, e.sources),
            })}
          </span>
        ))}
      </span>,
    ]);
  if (a.countries.length > 0)
    facts.push([
      t('countries'),
      formatList(
        locale,
        a.countries.map((c) => c.text),
      ),
    ]);

  return (
    <PageShell locale={locale} alternates={everyLanguage(`/agreements/${a.id}`)}>
      <header>
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">
          {t('kicker', { kind: a.kind })}
        </p>
        <h1 className="mt-1 text-2xl sm:text-3xl font-bold leading-tight">{text(a.name)}</h1>
        <p className="mt-2 text-sm text-muted">
          {t('reportedBy', { sources: sourceNames(locale, a.sources) })}
        </p>
      </header>
      <dl className="mt-6 space-y-3">
        {facts.map(([label, value]) => (
          <div key={label} className="sm:flex sm:gap-4">
            <dt className="font-semibold sm:w-44 sm:shrink-0">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {a.fields.length > 0 && (
        <Section id="fields" title={t('fields')}>
          <ul className="flex flex-wrap gap-2">
            {a.fields.map((f, i) => (
              <li
                key={i}
                className="rounded-full border border-black/20 px-3 py-1 text-sm dark:border-white/25"
              >
                {text(f)}
              </li>
            ))}
          </ul>
        </Section>
      )}
      {a.points.length > 0 && (
        <Section id="points" title={t('points')}>
          <ol className="list-decimal space-y-2 pl-5">
            {a.points.map((p, i) => (
              <li key={i}>{text(p)}</li>
            ))}
          </ol>
        </Section>
      )}
      {a.notes && (
        <Section id="notes" title={t('notes')}>
          <p>{text(a.notes)}</p>
        </Section>
      )}
      <Section id="reports" title={t('reports')}>
        <EntityReports
          locale={locale}
          entity={{ kind: 'agreement', id: a.id, name: a.name.text }}
          reports={a.articles}
          more={a.moreReports}
          empty={t('noReports')}
        />
      </Section>
    </PageShell>
  );
}
