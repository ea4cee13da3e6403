import type { Locale } from './lib/model/locales';
import type messages from './messages/en.json';

// The English messages file is the type of every key (next-intl type-safe messages).
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
