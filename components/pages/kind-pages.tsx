import { AgreementList } from '@/components/agreement/AgreementList';
import { AgreementPage } from '@/components/agreement/AgreementPage';
import { CityList } from '@/components/city/CityList';
import { CityPage } from '@/components/city/CityPage';
import { EventList } from '@/components/event/EventList';
import { EventPage } from '@/components/event/EventPage';
import { PeopleList } from '@/components/person/PeopleList';
import { PersonPage } from '@/components/person/PersonPage';
import { getAgreement, getAgreements } from '@/lib/data/agreements';
import { getCities, getCity } from '@/lib/data/cities';
import { getEvent, getEvents } from '@/lib/data/events';
import { getPeople, getPerson } from '@/lib/data/people';
import type { EntityKind } from '@/lib/model/kinds';
import * as structuredData from '@/lib/seo/structured-data';
import { entityRoute, type EntityRoute } from './entity-route';
import { sectionRoute, type PageRoute } from './section-route';

/**
 * The pages of each kind in lib/model/kinds.ts: its section (/<locale>/<segment>) and each entry's
 * page (/<locale>/<segment>/<id>), as declarations of the two shapes. The routes
 * app/[locale]/[section]/page.tsx and app/[locale]/[section]/[id]/page.tsx choose from this table
 * by the address's segment; a kind missing here does not compile.
 */
export const kindPages: Record<EntityKind, { section: PageRoute; entry: EntityRoute }> = {
  event: {
    section: sectionRoute({
      section: 'events',
      render: async (locale) => <EventList locale={locale} events={await getEvents(locale)} />,
    }),
    entry: entityRoute({
      kind: 'event',
      load: getEvent,
      describe: (event, seo) => ({ description: seo('eventDescription', { name: event.name.text }) }),
      jsonLd: structuredData.event,
      render: (event) => <EventPage event={event} />,
    }),
  },
  person: {
    section: sectionRoute({
      section: 'people',
      render: async (locale) => <PeopleList locale={locale} people={await getPeople(locale)} />,
    }),
    entry: entityRoute({
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
    }),
  },
  city: {
    section: sectionRoute({
      section: 'cities',
      render: async (locale) => <CityList locale={locale} cities={await getCities(locale)} />,
    }),
    entry: entityRoute({
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
    }),
  },
  agreement: {
    section: sectionRoute({
      section: 'agreements',
      render: async (locale) => <AgreementList locale={locale} agreements={await getAgreements(locale)} />,
    }),
    entry: entityRoute({
      kind: 'agreement',
      load: getAgreement,
      describe: (agreement, seo) => ({
        description: seo('agreementDescription', { name: agreement.name.text }),
      }),
      jsonLd: structuredData.agreement,
      render: (agreement) => <AgreementPage agreement={agreement} />,
    }),
  },
};
