import { CityPage } from '@/components/city/CityPage';
import { getCities, getCity } from '@/lib/data/cities';
import * as structuredData from '@/lib/seo/structured-data';
import { entityRoute } from '../../_shapes/entity-route';

const route = entityRoute({
  kind: 'city',
  load: getCity,
  describe: (city, seo) => ({
    description: seo('cityDescription', { name: city.name.text, country: city.country.text }),
  }),
  jsonLd: structuredData.city,
  async render(city, locale) {
    // the map shows the city among the others that met at the same events
    const neighbours = (await getCities(locale)).filter(
      (c) => c.id !== city.id && c.eventIds.some((e) => city.eventIds.includes(e)),
    );
    return <CityPage city={city} neighbours={neighbours} />;
  },
});

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
