import { AgreementPage } from '@/components/agreement/AgreementPage';
import { getAgreement } from '@/lib/data/agreements';
import * as structuredData from '@/lib/seo/structured-data';
import { entityRoute } from '../../_shapes/entity-route';

const route = entityRoute({
  kind: 'agreement',
  load: getAgreement,
  describe: (agreement, seo) => ({
    description: seo('agreementDescription', { name: agreement.name.text }),
  }),
  jsonLd: structuredData.agreement,
  render: (agreement) => <AgreementPage agreement={agreement} />,
});

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
