import { AgreementList } from '@/components/agreement/AgreementList';
import { AgreementPage } from '@/components/agreement/AgreementPage';
import { CityList } from '@/components/city/CityList';
import { CityPage } from '@/components/city/CityPage';
import { EventList } from '@/components/event/EventList';
import { EventPage } from '@/components/event/EventPage';
import { PeopleList } from '@/components/person/PeopleList';
import { PersonPage } from '@/components/person/PersonPage';
import { getAgreement, getAgreements } from '@/lib/data/agreements';
import { getCities, getCity, getNeighbours } from '@/lib/data/cities';
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
      // a handful a year: one page
      load: async (locale, cursor) =>
        cursor ? null : { items: await getEvents(locale), newer: null, older: null },
      render: async (locale, page) => <EventList locale={locale} events={page.items} />,
      nameOf: (e) => e.name.text,
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
      load: getPeople,
      render: async (locale, page, pagination) => (
        <PeopleList locale={locale} people={page.items} pagination={pagination} />
      ),
      nameOf: (p) => p.name.text,
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
      load: getCities,
      render: async (locale, page, pagination) => (
        <CityList locale={locale} cities={page.items} pagination={pagination} />
      ),
      nameOf: (c) => c.name.text,
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
        const neighbours = await getNeighbours(locale, city.id, city.eventIds);
        return <CityPage city={city} neighbours={neighbours} />;
      },
    }),
  },
  agreement: {
    section: sectionRoute({
      section: 'agreements',
      load: getAgreements,
      render: async (locale, page, pagination) => (
        <AgreementList locale={locale} agreements={page.items} pagination={pagination} />
      ),
      nameOf: (a) => a.name.text,
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
