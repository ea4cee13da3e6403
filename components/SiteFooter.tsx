import { useTranslations } from 'next-intl';

export function SiteFooter() {
  const t = useTranslations('Layout');
  return (
    <footer className="mx-auto max-w-3xl border-t border-black/10 px-4 py-6 text-sm text-muted dark:border-white/15">
      {t('footer')}
    </footer>
  );
}
