import type { Locale } from '../model/locales';

/**
 * The texts of the error page (app/[locale]/error.tsx). They live here, not in messages/, because
 * the error page is a client component and the portal ships no i18n runtime or message files to
 * the browser: these few strings are all it needs. Typed by Locale, so a new language must add them.
 */
export const errorMessages: Record<Locale, { title: string; body: string; retry: string; home: string }> = {
  zh: {
    title: '页面暂时无法显示',
    body: '服务器暂时无法读取这部分内容，可能是数据库正在维护。已发布的页面仍可阅读；请稍后再试。',
    retry: '重试',
    home: '返回首页',
  },
  en: {
    title: 'This page cannot be shown right now',
    body: 'The server cannot read this content at the moment, perhaps because the database is under maintenance. Published pages can still be read; please try again shortly.',
    retry: 'Try again',
    home: 'Go to the home page',
  },
  vi: {
    title: 'Tạm thời không thể hiển thị trang này',
    body: 'Máy chủ hiện chưa đọc được nội dung này, có thể do cơ sở dữ liệu đang được bảo trì. Các trang đã đăng vẫn đọc được; vui lòng thử lại sau ít phút.',
    retry: 'Thử lại',
    home: 'Về trang chủ',
  },
};
