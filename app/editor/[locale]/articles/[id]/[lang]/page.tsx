import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { VersionEditor } from '@/components/newsroom/VersionEditor';
import { requireActor } from '@/lib/auth/request';
import { compareRevisions } from '@/lib/editorial/revisions';
import { loadVersionPage } from '@/lib/editorial/version-page';
import { first } from '@/lib/http/form-values';
import { isEntityId } from '@/lib/model/localized';
import { isLocale, localeTable } from '@/lib/model/locales';
import { restoreAction, saveAction, transitionAction } from './actions';

type Props = {
  params: Promise<{ locale: string; id: string; lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { locale, lang } = await params;
  if (!isLocale(locale) || !isLocale(lang)) return {};
  const t = await getTranslations({ locale, namespace: 'Newsroom.version' });
  return { title: t('heading', { language: localeTable[lang].nativeName }) };
}

export default async function VersionRoute({ params, searchParams }: Props) {
  const { locale, id, lang } = await params;
  if (!isLocale(locale) || !isLocale(lang) || !isEntityId(id)) notFound();
  const actor = await requireActor(locale);
  const page = await loadVersionPage(actor, id, lang);
  if (!page) notFound();
  const query = await searchParams;
  const from = Number(first(query.from));
  const to = Number(first(query.to));
  return (
    <VersionEditor
      locale={locale}
      id={id}
      lang={lang}
      page={page}
      diff={from && to ? await compareRevisions(actor, id, lang, from, to) : null}
      query={query}
      actions={{ save: saveAction, transition: transitionAction, restore: restoreAction }}
    />
  );
}
