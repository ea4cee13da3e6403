import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { align, anchorsOf, compileGlossary, type AlignBlock } from '@/lib/editorial/import/align';
import { slugify, suggestIds } from '@/lib/editorial/import/ids';
import { parseReleaseTime, readByline, readCredits } from '@/lib/editorial/import/header';
import { parseRelease, type ImportPreview } from '@/lib/editorial/import/parse';
import { detectLanguage, unspaceCjk } from '@/lib/editorial/import/text';
import type { ParagraphKind } from '@/lib/editorial/paragraph-kinds';
import type { Locale } from '@/lib/i18n/locales';
import { accountFor } from '../support/import-accounting';

/**
 * The importer on releases shaped like what editors really paste (tests/fixtures/import/, written
 * by us in our own words, each modelled on one real shape: a headline in one language only, the
 * languages in blocks or mixed, outlets' header and footer forms, a structured report, a web page
 * with its debris, a hard-wrapped clipping and PDF, Vietnamese without diacritics, interviews).
 * For each, the paragraphs, kinds, pairs, header fields and dropped lines are asserted exactly.
 */

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
/** The glossary's names of two people, as the newsroom passes them (anchors and speaker names). */
const glossary = [
  { id: 'person:athsaphangthong-siphandone', names: ['阿萨庞通·西潘敦', 'Athsaphangthong Siphandone'] },
  { id: 'person:nguyen-van-hanh', names: ['阮文幸', 'Nguyen Van Hanh', 'Nguyễn Văn Hạnh'] },
];

type Expected = {
  file: string;
  originalLocale: Locale;
  languages: Locale[];
  layout: ImportPreview['layout'];
  title: Partial<Record<Locale, string>>;
  missingTitle: Locale[];
  standfirst: Partial<Record<Locale, string>>;
  paragraphs: Array<[ParagraphKind, Partial<Record<Locale, string>>]>;
  unpaired: number[];
  header: {
    releasedAt: string | null;
    precision: 'minute' | 'day' | null;
    dateReading: 'dayFirst' | 'monthFirst' | null;
    outlet: string | null;
    bylines: Partial<Record<Locale, string>>;
    reviewers: Array<[string, string]>;
  };
  dropped: Array<[number, string]>;
};

export const expectations: Expected[] = [
  {
    file: 'import/01-headline-in-english-only.txt',
    originalLocale: 'zh',
    languages: ['zh', 'en'],
    layout: 'alternating',
    title: { en: 'Mayors of twelve cities open the Global Mayors Dialogue in Nanning' },
    missingTitle: ['zh'],
    standfirst: {},
    paragraphs: [
      [
        'paragraph',
        {
          zh: '1月16日上午，世界市长对话·南宁开幕式在南宁举行，来自8个国家的12座城市代表出席。',
          en: 'On the morning of 16 January, the opening ceremony of the Global Mayors Dialogue · Nanning was held in Nanning, attended by representatives of 12 cities from 8 countries.',
        },
      ],
      [
        'paragraph',
        {
          zh: '广西壮族自治区政府副主席农生文在开幕式上致辞。',
          en: 'Nong Shengwen, vice-chairman of the Guangxi regional government, spoke at the opening.',
        },
      ],
      [
        'paragraph',
        {
          en: 'Organisers said the venue had been prepared over several weeks by volunteers from local universities, who also guided guests between the halls.',
        },
      ],
      [
        'paragraph',
        {
          zh: '老挝万象市长阿萨庞通·西潘敦表示，万象愿与南宁在物流和旅游领域加强合作。',
          en: 'Athsaphangthong Siphandone, mayor of Vientiane, said his city was ready to work more closely with Nanning on logistics and tourism.',
        },
      ],
      [
        'paragraph',
        {
          zh: '越南谅山省人民委员会副主席阮文幸介绍了谅山与广西的口岸合作。',
          en: "Nguyen Van Hanh, vice-chairman of the People's Committee of Lang Son, described the border-gate cooperation between Lang Son and Guangxi.",
        },
      ],
      [
        'paragraph',
        {
          zh: '此次对话共签约14个交流合作项目。',
          en: 'In total, 14 exchange and cooperation projects were signed during the dialogue.',
        },
      ],
    ],
    unpaired: [2],
    header: {
      releasedAt: '2025-01-17T21:14:00+08:00',
      precision: 'minute',
      dateReading: null,
      outlet: 'NNICC',
      bylines: {},
      reviewers: [
        ['Reviewer 1', 'Huang Mengyao'],
        ['Reviewer 2', 'Zhang Yanlan'],
        ['English reviewer', 'Shen Fei'],
      ],
    },
    dropped: [],
  },
  {
    file: 'import/02-languages-in-blocks.txt',
    originalLocale: 'zh',
    languages: ['zh', 'en'],
    layout: 'blocks',
    title: { zh: '南宁发布城市合作倡议', en: 'Nanning releases an initiative on city cooperation' },
    missingTitle: [],
    standfirst: {},
    paragraphs: [
      [
        'paragraph',
        {
          zh: '1月16日，世界市长对话·南宁主对话期间发布了《南宁倡议》。',
          en: 'The Nanning Initiative was released on 16 January during the main dialogue of the Global Mayors Dialogue · Nanning.',
        },
      ],
      [
        'paragraph',
        {
          zh: '倡议呼吁中国与东盟国家城市在互联互通、经贸和人文领域深化合作。',
          en: 'It calls on cities in China and ASEAN countries to deepen cooperation on connectivity, trade and people-to-people exchanges.',
        },
      ],
      ['paragraph', { zh: '会场外，市民排队参观了东盟城市图片展。' }],
      [
        'paragraph',
        {
          zh: '来自8个国家的12座城市负责人参与了讨论。',
          en: 'Leaders of 12 cities from 8 countries took part in the discussion.',
        },
      ],
    ],
    unpaired: [2],
    header: {
      releasedAt: '2025-01-17T21:14:00+08:00',
      precision: 'minute',
      dateReading: null,
      outlet: 'NNICC',
      bylines: {},
      reviewers: [],
    },
    dropped: [],
  },
  {
    file: 'import/03-mixed-order.txt',
    originalLocale: 'zh',
    languages: ['zh', 'en'],
    layout: 'mixed',
    title: { zh: '两座越南城市介绍边境口岸建设', en: 'Two Vietnamese cities present their border gates' },
    missingTitle: [],
    standfirst: {},
    paragraphs: [
      [
        'paragraph',
        {
          zh: '谅山和芒街的代表在南宁介绍了智慧口岸的建设进展。',
          en: 'Representatives of Lang Son and Mong Cai presented progress on their smart border gates in Nanning.',
        },
      ],
      [
        'paragraph',
        {
          zh: '阮文幸表示，智慧口岸利用新技术缩短了查验和通关时间。',
          en: 'Nguyen Van Hanh said the smart gates use new technology to shorten inspection and customs clearance.',
        },
      ],
      [
        'paragraph',
        {
          zh: '他说，谅山的基础设施吸引了物流和服务类项目。',
          en: "He said Lang Son's infrastructure has attracted logistics and service projects.",
        },
      ],
      [
        'paragraph',
        {
          zh: '芒街与东兴隔河相望，两地往来频繁。',
          en: 'Mong Cai faces Dongxing across the river, and people travel between the two every day.',
        },
      ],
    ],
    unpaired: [],
    header: {
      releasedAt: null,
      precision: null,
      dateReading: null,
      outlet: null,
      bylines: {},
      reviewers: [],
    },
    dropped: [],
  },
  {
    file: 'import/04-dateline-and-date-prefix.txt',
    originalLocale: 'en',
    languages: ['en'],
    layout: 'single',
    title: { en: 'Global Mayors Dialogue opens its doors in Nanning' },
    missingTitle: [],
    standfirst: {},
    paragraphs: [
      [
        'paragraph',
        {
          en: 'The Global Mayors Dialogue · Nanning began on 15 January and runs until 18 January, bringing together city leaders from China and ASEAN countries.',
        },
      ],
      ['paragraph', { en: "The theme of this year's dialogue is urban openness and cooperation." }],
      [
        'paragraph',
        { en: 'Parallel sessions will look at economic and trade cooperation and at culture and tourism.' },
      ],
    ],
    unpaired: [],
    header: {
      releasedAt: '2025-01-15T16:56:00+08:00',
      precision: 'minute',
      dateReading: null,
      outlet: "People's Daily Online",
      bylines: {},
      reviewers: [
        ['Web editor', 'Li Yan'],
        ['Web editor', 'Wang Rui'],
      ],
    },
    dropped: [
      [3, 'widget'],
      [4, 'widget'],
      [8, 'widget'],
    ],
  },
  {
    file: 'import/05-date-line-and-credits.txt',
    originalLocale: 'en',
    languages: ['en'],
    layout: 'single',
    title: { en: 'Cities sign fourteen cooperation projects' },
    missingTitle: [],
    standfirst: {},
    paragraphs: [
      [
        'paragraph',
        {
          en: 'Fourteen exchange and cooperation projects were signed at a ceremony during the Global Mayors Dialogue · Nanning.',
        },
      ],
      ['paragraph', { en: 'The projects cover trade, logistics, tourism and culture.' }],
    ],
    unpaired: [],
    header: {
      releasedAt: '2025-01-17T09:30:00+08:00',
      precision: 'minute',
      dateReading: null,
      outlet: null,
      bylines: {},
      reviewers: [
        ['Editor', 'Chen Bo'],
        ['Translator', 'Mai Thu'],
      ],
    },
    dropped: [
      [5, 'image'],
      [7, 'widget'],
      [8, 'timestamp'],
    ],
  },
  {
    file: 'import/06-structured-report.txt',
    originalLocale: 'en',
    languages: ['en'],
    layout: 'single',
    title: { en: 'What the Nanning meetings agreed: a guide' },
    missingTitle: [],
    standfirst: {},
    paragraphs: [
      ['heading', { en: 'The dialogue in brief' }],
      [
        'paragraph',
        {
          en: 'The Global Mayors Dialogue · Nanning brought together leaders of 12 cities from 8 countries between 15 and 18 January.',
        },
      ],
      ['paragraph', { en: 'Three things stood out:' }],
      ['bullet', { en: 'a shared initiative on city cooperation' }],
      ['bullet', { en: 'new routes for goods crossing the border' }],
      ['bullet', { en: 'more exchanges between students and artists' }],
      ['heading', { en: 'Projects signed' }],
      ['paragraph', { en: 'The 14 projects signed at the dialogue fall into three groups, in this order:' }],
      ['numbered', { en: 'trade and logistics' }],
      ['numbered', { en: 'culture and tourism' }],
      ['numbered', { en: 'education and youth exchanges' }],
      ['quote', { en: '“Cities are where cooperation becomes visible to ordinary people.”' }],
      ['heading', { en: 'Interview with an organiser' }],
      ['question', { en: 'Q: Why Nanning?' }],
      [
        'answer',
        {
          en: 'A: Nanning is the gateway between China and ASEAN, and it has hosted the China-ASEAN Expo for two decades.',
        },
      ],
      ['question', { en: 'Q: What comes next?' }],
      ['answer', { en: 'A: We will follow up each project with the partner cities over the coming year.' }],
    ],
    unpaired: [],
    header: {
      releasedAt: '2025-01-18T10:00:00+08:00',
      precision: 'minute',
      dateReading: null,
      outlet: 'Nanning Daily English',
      bylines: {},
      reviewers: [],
    },
    dropped: [
      [5, 'tableOfContents'],
      [6, 'tableOfContents'],
      [7, 'tableOfContents'],
      [8, 'tableOfContents'],
      [31, 'related'],
      [32, 'related'],
      [33, 'related'],
    ],
  },
  {
    file: 'import/07-vietnamese-web-page.txt',
    originalLocale: 'vi',
    languages: ['vi'],
    layout: 'single',
    title: { vi: 'Thị trưởng 12 thành phố đối thoại tại Nam Ninh' },
    missingTitle: [],
    standfirst: {},
    paragraphs: [
      [
        'paragraph',
        {
          vi: 'Ngày 16/1, Đối thoại Thị trưởng thế giới · Nam Ninh đã khai mạc tại thành phố Nam Ninh, Khu tự trị dân tộc Choang Quảng Tây, Trung Quốc.',
        },
      ],
      ['paragraph', { vi: 'Đại biểu đến từ 12 thành phố của 8 quốc gia đã tham dự sự kiện.' }],
      ['caption', { vi: 'Ảnh: Các đại biểu tham quan triển lãm ảnh về các thành phố ASEAN.' }],
      [
        'paragraph',
        {
          vi: 'Phó Chủ tịch UBND tỉnh Lạng Sơn Nguyễn Văn Hạnh cho biết cửa khẩu thông minh giúp rút ngắn thời gian thông quan.',
        },
      ],
    ],
    unpaired: [],
    header: {
      releasedAt: '2025-01-17T21:14:00+08:00',
      precision: 'minute',
      dateReading: null,
      outlet: 'Báo Nhân Dân',
      bylines: {},
      reviewers: [['Biên tập', 'Lê Hà']],
    },
    dropped: [
      [1, 'widget'],
      [4, 'widget'],
      [5, 'widget'],
      [6, 'image'],
      [9, 'image'],
      [11, 'image'],
      [13, 'image'],
      [16, 'related'],
      [17, 'related'],
      [18, 'related'],
    ],
  },
  {
    file: 'import/08-chinese-clipping.txt',
    originalLocale: 'zh',
    languages: ['zh'],
    layout: 'single',
    title: { zh: '中国—东盟市长论坛在南宁闭幕' },
    missingTitle: [],
    standfirst: { zh: '首届论坛聚焦互联互通' },
    paragraphs: [
      [
        'paragraph',
        {
          zh: '本报南宁9月20日电 为期两天的2015中国—东盟市长论坛今天在南宁闭幕。这是中国—东盟博览会期间举办的系列论坛之一，也是该论坛首次举办。',
        },
      ],
      [
        'paragraph',
        {
          zh: '论坛以“一带一路”区域互联互通、城市合作共赢为主题，由中国市长协会和中国—东盟博览会秘书处共同主办。',
        },
      ],
      [
        'paragraph',
        {
          zh: '与会城市代表围绕互联互通给城市发展带来的机遇和挑战交换了意见。论坛期间，多个东盟城市表示愿意签署南宁共识。',
        },
      ],
    ],
    unpaired: [],
    header: {
      releasedAt: '2015-09-21T00:00:00+08:00',
      precision: 'day',
      dateReading: null,
      outlet: null,
      bylines: { zh: '本报记者 丁翊轩' },
      reviewers: [],
    },
    dropped: [],
  },
  {
    file: 'import/09-english-pdf-wrapped.txt',
    originalLocale: 'en',
    languages: ['en'],
    layout: 'single',
    title: { en: 'Twelve cities, one theme: openness' },
    missingTitle: [],
    standfirst: {},
    paragraphs: [
      [
        'paragraph',
        {
          en: 'Leaders of twelve cities from eight countries met in Nanning on 16 January for the main dialogue of the Global Mayors Dialogue, which this year took urban openness and cooperation as its theme.',
        },
      ],
      [
        'paragraph',
        {
          en: 'Speakers from Vientiane, Lang Son and Mong Cai described how border trade and logistics have grown since the China-ASEAN free trade area was upgraded, and asked for faster customs clearance.',
        },
      ],
      [
        'paragraph',
        {
          en: 'The organisers said that fourteen exchange and cooperation projects would be signed before the dialogue closed on 18 January.',
        },
      ],
    ],
    unpaired: [],
    header: {
      releasedAt: null,
      precision: null,
      dateReading: null,
      outlet: null,
      bylines: { en: 'By Jane Roe and Tom Vu' },
      reviewers: [],
    },
    dropped: [],
  },
  {
    file: 'import/10-vietnamese-without-diacritics.txt',
    originalLocale: 'vi',
    languages: ['vi'],
    layout: 'single',
    title: { vi: 'Thi truong cac thanh pho ASEAN den Nam Ninh' },
    missingTitle: [],
    standfirst: {},
    paragraphs: [
      [
        'paragraph',
        {
          vi: 'Ngay 16/1, dai bieu cua 12 thanh pho thuoc 8 quoc gia da tham du phien doi thoai chinh tai thanh pho Nam Ninh.',
        },
      ],
      [
        'paragraph',
        {
          vi: 'Pho Chu tich UBND tinh Lang Son Nguyen Van Hanh cho biet cua khau thong minh giup rut ngan thoi gian thong quan.',
        },
      ],
      [
        'paragraph',
        { vi: 'Cac ben da ky ket 14 du an hop tac trong linh vuc thuong mai, du lich va van hoa.' },
      ],
    ],
    unpaired: [],
    header: {
      releasedAt: '2025-01-16T18:05:00+08:00',
      precision: 'minute',
      dateReading: null,
      outlet: 'Bao Nhan Dan',
      bylines: {},
      reviewers: [['Bien tap', 'Le Ha']],
    },
    dropped: [],
  },
  {
    file: 'import/11-chinese-interview.txt',
    originalLocale: 'zh',
    languages: ['zh'],
    layout: 'single',
    title: { zh: '专访：让城市合作惠及百姓' },
    missingTitle: [],
    standfirst: {},
    paragraphs: [
      ['heading', { zh: '一、对话的缘起' }],
      ['paragraph', { zh: '世界市长对话·南宁于1月15日至18日举行，主题聚焦城市开放与合作。' }],
      ['caption', { zh: '图为主对话会场。' }],
      ['heading', { zh: '二、专访实录' }],
      ['question', { zh: '问：为什么选择在南宁举办？' }],
      ['answer', { zh: '答：南宁是中国—东盟博览会的永久举办地，与东盟城市往来密切。' }],
      ['question', { zh: '问：接下来有什么安排？' }],
      ['answer', { zh: '答：我们将与伙伴城市逐一跟进已签约的14个项目。' }],
    ],
    unpaired: [],
    header: {
      releasedAt: '2025-01-17T10:20:00+08:00',
      precision: 'minute',
      dateReading: null,
      outlet: '南宁日报',
      bylines: {},
      reviewers: [['责任编辑', '韦宁']],
    },
    dropped: [
      [3, 'widget'],
      [4, 'widget'],
      [7, 'image'],
      [14, 'related'],
      [15, 'related'],
      [16, 'related'],
    ],
  },
  {
    file: 'import/12-trilingual.txt',
    originalLocale: 'zh',
    languages: ['zh', 'en', 'vi'],
    layout: 'alternating',
    title: {
      zh: '十二座城市的市长在南宁对话',
      en: 'Mayors of twelve cities hold talks in Nanning',
      vi: 'Thị trưởng 12 thành phố đối thoại tại Nam Ninh',
    },
    missingTitle: [],
    standfirst: {},
    paragraphs: [
      [
        'paragraph',
        {
          zh: '1月16日，来自8个国家的12座城市的代表参加了主对话。',
          en: 'On 16 January, representatives of 12 cities from 8 countries took part in the main dialogue.',
          vi: 'Ngày 16/1, đại biểu của 12 thành phố thuộc 8 quốc gia đã tham dự phiên đối thoại chính.',
        },
      ],
      [
        'paragraph',
        {
          vi: 'Phóng viên TTXVN tại Nam Ninh cho biết nhiều doanh nghiệp Việt Nam cũng có mặt tại hội chợ bên lề.',
        },
      ],
      [
        'paragraph',
        {
          zh: '会上共签约14个交流合作项目。',
          en: 'In all, 14 exchange and cooperation projects were signed.',
          vi: 'Tổng cộng 14 dự án giao lưu và hợp tác đã được ký kết.',
        },
      ],
    ],
    unpaired: [1],
    header: {
      releasedAt: '2025-01-16T22:00:00+08:00',
      precision: 'minute',
      dateReading: null,
      outlet: null,
      bylines: {},
      reviewers: [],
    },
    dropped: [],
  },
  {
    file: 'import/13-vietnamese-interview.txt',
    originalLocale: 'vi',
    languages: ['vi'],
    layout: 'single',
    title: { vi: 'Phỏng vấn: Cửa khẩu thông minh rút ngắn thời gian thông quan' },
    missingTitle: [],
    standfirst: {},
    paragraphs: [
      ['question', { vi: 'Hỏi: Cửa khẩu thông minh đã thay đổi điều gì cho doanh nghiệp?' }],
      ['answer', { vi: 'Đáp: Thời gian kiểm tra và thông quan hàng hóa được rút ngắn đáng kể.' }],
      ['question', { vi: 'Hỏi: Lạng Sơn sẽ hợp tác với Quảng Tây ra sao trong năm 2025?' }],
      ['answer', { vi: 'Đáp: Hai bên sẽ tiếp tục mở rộng hợp tác về logistics và dịch vụ.' }],
    ],
    unpaired: [],
    header: {
      releasedAt: '2025-01-17T08:15:00+08:00',
      precision: 'minute',
      dateReading: null,
      outlet: 'Báo Lạng Sơn',
      bylines: {},
      reviewers: [['Người dịch', 'Trần An']],
    },
    dropped: [],
  },
  {
    file: 'import/14-ambiguous-date.txt',
    originalLocale: 'en',
    languages: ['en'],
    layout: 'single',
    title: { en: 'Nanning and Vientiane agree on tourism exchanges' },
    missingTitle: [],
    standfirst: {},
    paragraphs: [
      ['paragraph', { en: 'Nanning and Vientiane agreed to encourage tour groups between the two cities.' }],
      ['answer', { en: 'Nguyen Van Hanh: Our border gates are ready for more travellers and more goods.' }],
      ['answer', { en: 'Athsaphangthong Siphandone: Vientiane will open a tourism office in Nanning.' }],
      ['answer', { en: 'Nguyen Van Hanh: We will also train guides who speak both languages.' }],
    ],
    unpaired: [],
    header: {
      releasedAt: '2025-01-05T09:30:00+08:00',
      precision: 'minute',
      dateReading: 'dayFirst',
      outlet: 'Nanning Daily English',
      bylines: {},
      reviewers: [],
    },
    dropped: [],
  },
  {
    file: 'import/15-chinese-web-page.txt',
    originalLocale: 'zh',
    languages: ['zh'],
    layout: 'single',
    title: { zh: '南宁与万象深化旅游合作' },
    missingTitle: [],
    standfirst: {},
    paragraphs: [
      ['paragraph', { zh: '1月16日，南宁与万象就旅游交流达成共识，将鼓励两地旅行团往来。' }],
      ['paragraph', { zh: '双方还将在南宁设立旅游推广办公室。' }],
      ['quote', { zh: '“旅游让两座城市的人民走得更近。”' }],
    ],
    unpaired: [],
    header: {
      releasedAt: '2025-01-17T21:14:00+08:00',
      precision: 'minute',
      dateReading: null,
      outlet: '南宁日报',
      bylines: { zh: '作者：陆晓' },
      reviewers: [
        ['责编', '韦宁'],
        ['责编', '陆晓'],
      ],
    },
    dropped: [
      [1, 'widget'],
      [5, 'image'],
      [8, 'widget'],
    ],
  },
  {
    file: 'release-bilingual.txt',
    originalLocale: 'zh',
    languages: ['zh', 'en'],
    layout: 'alternating',
    title: {
      zh: '十二座城市齐聚南宁 共话开放合作',
      en: 'Twelve cities meet in Nanning to talk about openness and cooperation',
    },
    missingTitle: [],
    standfirst: {},
    paragraphs: [
      [
        'paragraph',
        {
          zh: '1月16日，世界市长对话·南宁举行主对话，来自中国和东盟国家的城市负责人围绕“城市开放与合作”交流看法。',
          en: 'On 16 January the Global Mayors Dialogue · Nanning held its main dialogue, where city leaders from China and ASEAN countries exchanged views on urban openness and cooperation.',
        },
      ],
      ['caption', { zh: '图为主对话现场。', en: 'The main dialogue in session.' }],
      [
        'paragraph',
        {
          zh: '据主办方介绍，本次活动共有8个国家的12座城市参加。',
          en: 'According to the organisers, 12 cities from 8 countries took part.',
        },
      ],
      [
        'paragraph',
        {
          zh: '万象、仰光、素叻他尼、吉打、芒街、暹粒和马塔兰的代表与南宁一同参加了主对话。',
          en: 'Representatives of Vientiane, Yangon, Surat Thani, Kedah, Mong Cai, Siem Reap and Mataram joined Nanning in the main dialogue.',
        },
      ],
    ],
    unpaired: [],
    header: {
      releasedAt: '2025-01-17T21:14:00+08:00',
      precision: 'minute',
      dateReading: null,
      outlet: 'NNICC',
      bylines: {},
      reviewers: [
        ['Reviewer 1', 'Huang Mengyao'],
        ['Reviewer 2', 'Zhang Yanlan'],
        ['Reviewer 3', 'Tang Caihong'],
        ['English reviewer', 'Shen Fei'],
      ],
    },
    dropped: [
      [5, 'timestamp'],
      [10, 'duplicate'],
      [15, 'widget'],
    ],
  },
  {
    file: 'release-vietnamese.txt',
    originalLocale: 'vi',
    languages: ['vi'],
    layout: 'single',
    title: { vi: 'Thành phố Nam Ninh đón đại biểu 12 thành phố' },
    missingTitle: [],
    standfirst: {},
    paragraphs: [
      [
        'paragraph',
        {
          vi: 'Ngày 16/1, các đại biểu từ 12 thành phố của 8 quốc gia đã tham dự phiên đối thoại chính tại Nam Ninh.',
        },
      ],
      ['paragraph', { vi: 'Các thị trưởng trao đổi về mở cửa và hợp tác giữa các đô thị.' }],
    ],
    unpaired: [],
    header: {
      releasedAt: null,
      precision: null,
      dateReading: null,
      outlet: 'Báo Nhân Dân',
      bylines: {},
      reviewers: [],
    },
    dropped: [],
  },
];

describe.each(expectations)('$file', (expected) => {
  const result = parseRelease(fixture(expected.file), { glossary });
  if (!result.ok) throw new Error(`${expected.file} did not parse: ${result.problem}`);

  it('finds the languages, the original, the layout, the headlines and the standfirst', () => {
    expect(result.originalLocale).toBe(expected.originalLocale);
    expect(result.languages).toEqual(expected.languages);
    expect(result.layout).toBe(expected.layout);
    expect(result.title).toEqual(expected.title);
    expect(result.missingTitle).toEqual(expected.missingTitle);
    expect(result.standfirst).toEqual(expected.standfirst);
  });

  it('makes exactly the expected paragraphs, kinds and pairs', () => {
    expect(result.paragraphs.map((p) => [p.kind, p.text])).toEqual(expected.paragraphs);
    expect(result.unpaired).toEqual(expected.unpaired);
  });

  it('reads the header and footer fields', () => {
    const m = result.metadata;
    expect({
      releasedAt: m.releasedAt,
      precision: m.precision,
      dateReading: m.dateReading,
      outlet: m.outlet,
      bylines: m.bylines,
      reviewers: m.reviewers.map((r) => [r.role, r.name]),
    }).toEqual(expected.header);
  });

  it('drops exactly the debris, each line with its reason', () => {
    expect(result.dropped.map((d) => [d.line, d.reason])).toEqual(expected.dropped);
  });

  it('accounts for every line it was given: draft, header or dropped list', () => {
    expect(accountFor(fixture(expected.file), result)).toEqual([]);
  });
});

describe('language of a text', () => {
  it.each([
    ['南宁是广西壮族自治区首府。', 'zh'],
    ['据主办方介绍，共有12座城市参加（含Nanning）。', 'zh'],
    ['Twelve cities from eight countries took part.', 'en'],
    ['The delegation from Hà Nội met officials in Nanning.', 'en'],
    ['Các thị trưởng trao đổi về hợp tác giữa các đô thị.', 'vi'],
    ['Đô trưởng Vientiane phát biểu', 'vi'],
    // Vietnamese typed without its diacritics is still Vietnamese
    ['Cac thi truong trao doi ve hop tac giua cac do thi.', 'vi'],
    ['Dai bieu cua 12 thanh pho da tham du phien doi thoai chinh.', 'vi'],
    // … and English with a Vietnamese name in it stays English
    ['Nguyen Van Hanh spoke about the border gates of Lang Son.', 'en'],
    ['เมืองสุราษฎร์ธานี', null],
    ['2025 — 12 / 8', null],
  ])('%s → %s', (text, locale) => expect(detectLanguage(text)).toBe(locale));
});

describe('release times as outlets print them', () => {
  it.each([
    ['21:14, 17-01-2025', '2025-01-17T21:14:00+08:00', 'minute', null],
    ['2025-01-15 16:56', '2025-01-15T16:56:00+08:00', 'minute', null],
    ['16:56, January 15, 2025', '2025-01-15T16:56:00+08:00', 'minute', null],
    ['2025年1月17日 21:14', '2025-01-17T21:14:00+08:00', 'minute', null],
    ['2025年01月17日21:14', '2025-01-17T21:14:00+08:00', 'minute', null],
    ['Thứ Sáu, 17/01/2025 - 21:14', '2025-01-17T21:14:00+08:00', 'minute', null],
    ['Thu Sau, 17/01/2025 - 21:14', '2025-01-17T21:14:00+08:00', 'minute', null],
    ['2015年9月21日 星期一', '2015-09-21T00:00:00+08:00', 'day', null],
    ['17/01/2025 21:14 GMT+7', '2025-01-17T21:14:00+07:00', 'minute', null],
    ['2025-01-17T13:14Z', '2025-01-17T13:14:00Z', 'minute', null],
    ['9:05 pm, 16 January 2025', '2025-01-16T21:05:00+08:00', 'minute', null],
    // a date that reads two ways follows the day-first convention of zh, vi and en-GB, and says so
    ['05/01/2025 09:30', '2025-01-05T09:30:00+08:00', 'minute', 'dayFirst'],
  ])('%s', (text, iso, precision, reading) =>
    expect(parseReleaseTime(text)).toMatchObject({ iso, precision, reading }),
  );
  it('reads a time printed without a zone in the events’ zone, and says it did', () => {
    expect(parseReleaseTime('2025-01-17 21:14')?.zoneAssumed).toBe(true);
    expect(parseReleaseTime('2025-01-17 21:14 GMT+8')?.zoneAssumed).toBe(false);
  });
  it.each([
    '2025-02-30 10:00',
    '2025-01-17 25:00',
    'yesterday',
    '2025-01-17 and more',
    'On 16 January 2025 the dialogue opened',
  ])('refuses %s', (text) => expect(parseReleaseTime(text)).toBeNull());
});

describe('credits and bylines in three languages', () => {
  it.each([
    [
      'Reviewer 1: Huang Mengyao | Reviewer 2: Zhang Yanlan',
      [
        ['Reviewer 1', 'Huang Mengyao'],
        ['Reviewer 2', 'Zhang Yanlan'],
      ],
    ],
    [
      '(Web editor: Li Yan, Wang Rui)',
      [
        ['Web editor', 'Li Yan'],
        ['Web editor', 'Wang Rui'],
      ],
    ],
    [
      '一审：黄梦瑶 二审：张燕兰',
      [
        ['一审', '黄梦瑶'],
        ['二审', '张燕兰'],
      ],
    ],
    ['【责任编辑：韦宁】', [['责任编辑', '韦宁']]],
    [
      '（责编：韦宁、陆晓）',
      [
        ['责编', '韦宁'],
        ['责编', '陆晓'],
      ],
    ],
    ['Biên tập: Lê Hà', [['Biên tập', 'Lê Hà']]],
    ['Người dịch: Trần An', [['Người dịch', 'Trần An']]],
  ])('%s', (line, credits) => expect(readCredits(line)?.map((c) => [c.role, c.name])).toEqual(credits));
  it.each([
    ['本报记者 丁翊轩', 'zh'],
    ['By Jane Roe and Tom Vu', 'en'],
    ['Phóng viên Lê Hà', 'vi'],
  ])('%s is a byline', (line, locale) => expect(readByline(line)).toEqual({ byline: line, locale }));
  it.each([
    '记者：请问南宁为什么举办这次对话？',
    'Editor: the city said it would reply.',
    'By 2030, the two cities plan a rail link.',
  ])('%s is not a credit or a byline', (line) => {
    expect(readByline(line)).toBeNull();
    expect(readCredits(line)).toBeNull();
  });
});

describe('alignment by content', () => {
  const blocks = (texts: string[], start: number): AlignBlock[] =>
    texts.map((text, i) => ({
      text,
      kind: 'paragraph',
      anchors: anchorsOf(text, compileGlossary(glossary)),
      position: start + i,
    }));
  const zh = [
    '1月16日，12座城市的代表出席了开幕式。',
    '阮文幸介绍了谅山的智慧口岸。',
    '双方签约14个项目，总额超过33亿元。',
    '对话于1月18日闭幕。',
  ];
  const en = [
    'On 16 January, representatives of 12 cities attended the opening.',
    'Nguyen Van Hanh presented the smart border gates of Lang Son.',
    'A photo exhibition on ASEAN cities drew long queues outside the hall.',
    'The two sides signed 14 projects worth more than 3.3 billion yuan.',
    'The dialogue closed on 18 January.',
  ];
  it('leaves a paragraph present in one language alone instead of shifting every pair after it', () => {
    expect(align(blocks(zh, 0), blocks(en, 10), () => 0)).toEqual([
      [0, 0],
      [1, 1],
      [null, 2],
      [2, 3],
      [3, 4],
    ]);
  });
  it('reads numbers, months, Chinese numerals and glossary names as anchors', () => {
    const g = compileGlossary(glossary);
    expect(anchorsOf('十二座城市、8个国家，1月16日', g)).toEqual(new Set(['n:8', 'n:1', 'n:16', 'n:12']));
    expect(anchorsOf('12 cities on 16 January; 10,000 visitors', g)).toEqual(
      new Set(['n:12', 'n:16', 'n:10000', 'n:1', 'w:january']),
    );
    expect(anchorsOf('阮文幸表示', g)).toEqual(new Set(['g:person:nguyen-van-hanh']));
    expect(anchorsOf('Nguyễn Văn Hạnh cho biết', g)).toContain('g:person:nguyen-van-hanh');
  });
});

describe('lines the editor keeps, errors, ids', () => {
  it('brings a dropped line back as a paragraph when the editor keeps it', () => {
    const text = fixture('import/05-date-line-and-credits.txt');
    const kept = parseRelease(text, { keep: [5] });
    if (!kept.ok) throw new Error(kept.problem);
    expect(kept.dropped.map((d) => d.line)).toEqual([7, 8]);
    expect(kept.kept).toEqual([5]);
    expect(kept.paragraphs.map((p) => p.text.en)).toContain('Photo: Xu Lan/NNICC');
  });

  it('names the line and quotes it when a paragraph is too long', () => {
    const long = `Headline\nShort first paragraph.\n${'word '.repeat(2500)}`;
    expect(parseRelease(long)).toEqual({
      ok: false,
      problem: 'paragraphTooLong',
      line: 3,
      quote: `${'word '.repeat(12)}…`,
      limit: 10_000,
    });
  });

  it('says which lines it read when no report text is left', () => {
    expect(parseRelease('Source: NNICC\n00:00 / 01:32\nShare')).toEqual({
      ok: false,
      problem: 'noBody',
      lines: [2, 3],
    });
    expect(parseRelease(' \n\n')).toEqual({ ok: false, problem: 'empty' });
    expect(parseRelease('x'.repeat(100_001))).toMatchObject({ ok: false, problem: 'tooLong' });
  });

  it('closes up Chinese printed with spaces but keeps a headline’s one separating space', () => {
    expect(unspaceCjk('中 国 — 东 盟 市 长 论 坛')).toBe('中国—东盟市长论坛');
    expect(unspaceCjk('十二座城市齐聚南宁 共话开放合作')).toBe('十二座城市齐聚南宁 共话开放合作');
  });

  it('suggests ids from a Latin headline, folding Vietnamese', () => {
    expect(slugify('Thị trưởng 12 thành phố đối thoại tại Nam Ninh')).toBe(
      'thi-truong-12-thanh-pho-doi-thoai',
    );
    const preview = parseRelease(fixture('import/01-headline-in-english-only.txt'));
    if (!preview.ok) throw new Error(preview.problem);
    expect(suggestIds(preview)).toEqual({
      articleId: 'mayors-of-twelve-cities-open-the-global-mayors',
      slugs: {
        zh: 'mayors-of-twelve-cities-open-the-global-mayors',
        en: 'mayors-of-twelve-cities-open-the-global-mayors',
      },
    });
  });
});
