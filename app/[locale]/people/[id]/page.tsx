import { PersonPage } from '@/components/person/PersonPage';
import { getPerson } from '@/lib/data/people';
import * as structuredData from '@/lib/seo/structured-data';
import { entityRoute } from '../../_shapes/entity-route';

const route = entityRoute({
  kind: 'person',
  load: getPerson,
  describe: (person, seo) => {
    const role = person.roles[0]?.text;
    return {
      type: 'profile',
      description: role
        ? `${person.name.text}: ${role}`
        : seo('personDescription', { name: person.name.text }),
    };
  },
  jsonLd: structuredData.person,
  render: (person) => <PersonPage person={person} />,
});

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
