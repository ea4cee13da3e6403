import { EventList } from '@/components/event/EventList';
import { getEvents } from '@/lib/data/events';
import { sectionRoute } from '../_shapes/section-route';

const route = sectionRoute({
  section: 'events',
  namespace: 'EventsPage',
  render: async (locale) => <EventList locale={locale} events={await getEvents(locale)} />,
});

export const generateMetadata = route.generateMetadata;
export default route.Page;
