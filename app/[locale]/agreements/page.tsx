import { AgreementList } from '@/components/agreement/AgreementList';
import { getAgreements } from '@/lib/data/agreements';
import { sectionRoute } from '../_shapes/section-route';

const route = sectionRoute({
  section: 'agreements',
  namespace: 'AgreementsPage',
  render: async (locale) => <AgreementList locale={locale} agreements={await getAgreements(locale)} />,
});

export const generateMetadata = route.generateMetadata;
export default route.Page;
