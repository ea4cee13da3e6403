import { getTranslations } from 'next-intl/server';
import { Dashboard } from '@/components/newsroom/Dashboard';
import { requireActor } from '@/lib/auth/request';
import { first } from '@/lib/http/form-values';
import { dashboard, dashboardFilterSchema, eventOptions } from '@/lib/editorial/dashboard';
import { isLocale } from '@/lib/model/locales';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[]>>;
};

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: (await getTranslations({ locale, namespace: 'Newsroom.dashboard' }))('heading') };
}

export default async function DashboardRoute({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return null;
  const actor = await requireActor(locale);
  const query = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, first(v)]));
  const filter = dashboardFilterSchema.parse(query);
  const [page, events] = await Promise.all([dashboard(actor, filter, locale), eventOptions(actor, locale)]);
  return <Dashboard locale={locale} filter={filter} page={page} events={events} />;
}
