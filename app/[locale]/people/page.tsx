import { PeopleList } from '@/components/person/PeopleList';
import { getPeople } from '@/lib/data/people';
import { sectionRoute } from '../_shapes/section-route';

const route = sectionRoute({
  section: 'people',
  namespace: 'PeoplePage',
  render: async (locale) => <PeopleList locale={locale} people={await getPeople(locale)} />,
});

export const generateMetadata = route.generateMetadata;
export default route.Page;
