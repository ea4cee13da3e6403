import { SourcesPage } from '@/components/sources/SourcesPage';
import { getSources } from '@/lib/data/sources';
import { sectionRoute } from '@/components/pages/section-route';

const route = sectionRoute({
  section: 'sources',
  render: async (locale) => <SourcesPage locale={locale} sources={await getSources(locale)} />,
});

export const generateMetadata = route.generateMetadata;
export default route.Page;
