import { getTranslations } from 'next-intl/server';
import { MemoryPage } from '@/components/newsroom/MemoryPage';
import { can } from '@/lib/auth/permissions';
import { requireActor } from '@/lib/auth/request';
import { appDb } from '@/lib/db/app-client';
import { first } from '@/lib/http/form-values';
import { memoryCounts } from '@/lib/memory/store';
import { isLocale } from '@/lib/model/locales';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: (await getTranslations({ locale, namespace: 'Newsroom.memoryPage' }))('heading') };
}

/** The translation memory: units per direction, TMX files out, an agency's TMX in. */
export default async function Memory({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return null;
  const actor = await requireActor(locale);
  const query = await searchParams;
  return (
    <MemoryPage
      locale={locale}
      counts={await memoryCounts(appDb())}
      mayImport={can(actor, 'article.import')}
      outcome={{
        done: first(query.done) === 'imported',
        units: Number(first(query.units)) || 0,
        added: Number(first(query.added)) || 0,
        error: first(query.error) ?? null,
      }}
    />
  );
}
