import { locales, localeTable } from '@/lib/model/locales';
import zh from '@/messages/zh.json';
import en from '@/messages/en.json';
import vi from '@/messages/vi.json';

const messages = { zh, en, vi };

// A URL without a known locale (e.g. /xx/…): we cannot know the reader's language, so the page
// says it in all three, each part marked with its own lang.
export default function GlobalNotFound() {
  return (
    <html lang={localeTable.zh.htmlLang} style={{ ['--font-body' as string]: localeTable.zh.fontStack }}>
      <body className="mx-auto max-w-2xl p-6">
        <main>
          {locales.map((locale) => (
            <section key={locale} lang={localeTable[locale].htmlLang} className="mb-8">
              <h1 className="text-2xl font-bold">{messages[locale].NotFoundPage.title}</h1>
              <p className="mt-2">{messages[locale].NotFoundPage.body}</p>
              <p className="mt-2">
                <a className="underline" href={`/${locale}`}>
                  {messages[locale].NotFoundPage.home}
                </a>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
