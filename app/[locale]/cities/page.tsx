import { CityList } from '@/components/city/CityList';
import { getCities } from '@/lib/data/cities';
import { sectionRoute } from '../_shapes/section-route';

const route = sectionRoute({
  section: 'cities',
  namespace: 'CitiesPage',
  render: async (locale) => <CityList locale={locale} cities={await getCities(locale)} />,
});

export const generateMetadata = route.generateMetadata;
export default route.Page;
