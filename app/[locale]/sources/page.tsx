import { SourcesPage } from '@/components/sources/SourcesPage';
import { getSources } from '@/lib/data/sources';
import { sectionRoute } from '@/components/pages/section-route';

// Pages by keyset in the query string (?after=<id>): rendered per request from the data cache.
export const dynamic = 'force-dynamic';

const route = sectionRoute({
  section: 'sources',
  load: getSources,
  render: async (locale, page, pagination) => (
    <SourcesPage locale={locale} sources={page.items} pagination={pagination} />
  ),
  nameOf: (s) => s.outlet.text,
});

export const generateMetadata = route.generateMetadata;
export default route.Page;
