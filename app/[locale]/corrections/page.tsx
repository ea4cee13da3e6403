import { CorrectionsPage } from '@/components/corrections/CorrectionsPage';
import { getCorrections } from '@/lib/data/corrections';
import { sectionRoute } from '@/components/pages/section-route';

// Pages by keyset in the query string (?after=<id>): rendered per request from the data cache.
export const dynamic = 'force-dynamic';

const route = sectionRoute({
  section: 'corrections',
  load: getCorrections,
  render: async (locale, page, pagination) => (
    <CorrectionsPage locale={locale} corrections={page.items} pagination={pagination} />
  ),
  nameOf: (c) => c.title,
});

export const generateMetadata = route.generateMetadata;
export default route.Page;
