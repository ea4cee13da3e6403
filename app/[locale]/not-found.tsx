import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

export default function NotFound() {
  const t = useTranslations('NotFoundPage');
  return (
    <div>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-3">{t('body')}</p>
      <p className="mt-3">
        <Link href="/" className="underline">
          {t('home')}
        </Link>
      </p>
    </div>
  );
}
