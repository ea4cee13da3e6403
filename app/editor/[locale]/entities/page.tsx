import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/permissions';
import { requireActor } from '@/lib/auth/request';
import { listEntities } from '@/lib/editorial/entities';
import { isLocale } from '@/lib/model/locales';
import { GlossaryIndex } from '@/components/newsroom/GlossaryIndex';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: (await getTranslations({ locale, namespace: 'Newsroom.nav' }))('entities') };
}

export default async function GlossaryPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return null;
  const actor = await requireActor(locale);
  return (
    <GlossaryIndex
      locale={locale}
      lists={await listEntities(actor, locale)}
      editable={can(actor, 'entities.edit')}
    />
  );
}
