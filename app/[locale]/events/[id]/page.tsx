import { EventPage } from '@/components/event/EventPage';
import { getEvent } from '@/lib/data/events';
import * as structuredData from '@/lib/seo/structured-data';
import { entityRoute } from '../../_shapes/entity-route';

const route = entityRoute({
  kind: 'event',
  load: getEvent,
  describe: (event, seo) => ({ description: seo('eventDescription', { name: event.name.text }) }),
  jsonLd: structuredData.event,
  render: (event) => <EventPage event={event} />,
});

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
