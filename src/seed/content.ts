/**
 * Demo content: the 2025 Vietnamese Film Week in Paris, retold in our own words
 * from the article in shared/reference/seed-article.txt (The Europe Today,
 * 14 December 2025). What people said there is reported speech, so every quote
 * is a paraphrase with the article as its source.
 *
 * ASSUMED (the article does not say; chosen or taken from public listings,
 * so that pages and filters have something to show):
 * - the edition's dates (8–13 December 2025);
 * - the closing screening's time (Saturday 13 December 2025, 20:00 Paris),
 *   its Vietnamese soundtrack with French subtitles, step-free access (and no
 *   SDH subtitles or audio description), and the director among its guests;
 * - the venue's address, coordinates, website and access text (métro, RER,
 *   "step-free entrance on the boulevard");
 * - the film's year (2025), runtime (124 minutes), country, language, genres
 *   and content advisories;
 * - the organisations' kinds (association, embassy);
 * - the closing screening's tickets: prices (full €12, reduced €9, under 26
 *   €6, as Paris cinemas charge for a premiere), sales opening on Monday
 *   17 November 2025 at 10:00 and few seats left; no ticket link, as none
 *   is known.
 * - for the About and Visiting pages and the closing-night post
 *   (src/seed/websiteContent.ts): the Visiting FAQ's answers on subtitles and
 *   tickets, the post's byline and publication time.
 */
import { paragraphs } from './richText'

export const ARTICLE_SOURCE = { publication: 'The Europe Today', date: '2025-12-14T12:00:00.000Z' }

/** Assumed, see above: the article gives neither. */
export const EDITION_DATES = { startDate: '2025-12-08T12:00:00.000Z', endDate: '2025-12-13T12:00:00.000Z' }
export const CLOSING_SCREENING_START = '2025-12-13T19:00:00.000Z' // 20:00 in Paris (UTC+1 in December)

/** The closing night (article: international premiere, then questions from the audience); the rest assumed, see above. */
export const closingScreening = {
  start: CLOSING_SCREENING_START,
  start_tz: 'Europe/Paris',
  status: 'scheduled',
  version: 'original',
  audioLanguage: 'vi',
  subtitles: ['fr'],
  labels: ['international-premiere', 'closing-night'],
  guestEvent: 'qa',
  guests: ['Đặng Thái Huyền'],
  accessibility: { sdh: false, audioDescription: false, stepFree: true },
  ticketAvailability: 'few-left',
  ticketsOnSale: '2025-11-17T09:00:00.000Z', // 10:00 in Paris
  ticketsOnSale_tz: 'Europe/Paris',
  prices: [
    { label: 'full', amount: 12, currency: 'EUR' },
    { label: 'reduced', amount: 9, currency: 'EUR' },
    { label: 'under-26', amount: 6, currency: 'EUR' },
  ],
} as const

export const organisations = [
  {
    shortName: 'VFDA',
    kind: 'association',
    en: { name: 'Việt Nam Film Development Association' },
    fr: { name: 'Association pour le développement du cinéma vietnamien' },
    vi: { name: 'Hiệp hội Xúc tiến phát triển điện ảnh Việt Nam' },
    role: 'co-organiser',
  },
  {
    shortName: 'AVSE Global',
    kind: 'association',
    en: { name: 'AVSE Global' },
    fr: { name: 'AVSE Global' },
    vi: { name: 'AVSE Global' },
    role: 'co-organiser',
  },
  {
    shortName: 'Embassy of Việt Nam',
    kind: 'embassy',
    en: { name: 'Embassy of Việt Nam in France' },
    fr: { name: 'Ambassade du Việt Nam en France' },
    vi: { name: 'Đại sứ quán Việt Nam tại Pháp' },
    role: 'patron',
  },
] as const

export const venue = {
  name: 'Pathé Palace',
  address: { street: '2 boulevard des Capucines', postalCode: '75009', city: 'Paris', country: 'FR' },
  coordinates: { latitude: 48.8706, longitude: 2.3317 },
  website: 'https://www.pathe.fr/cinemas/cinema-pathe-palace',
  en: { access: 'Métro Opéra (lines 3, 7, 8), RER A Auber. Step-free entrance on the boulevard.' },
  fr: { access: 'Métro Opéra (lignes 3, 7, 8), RER A Auber. Entrée de plain-pied sur le boulevard.' },
  vi: { access: 'Tàu điện ngầm Opéra (tuyến 3, 7, 8), RER A Auber. Lối vào không bậc thang ở phía đại lộ.' },
}

export const edition = {
  city: 'Paris',
  ...EDITION_DATES,
  figures: { attendees: 6000, attendeesPrecision: 'more-than', countries: 20, countriesPrecision: 'nearly' },
  en: {
    name: 'Vietnamese Film Week 2025',
    theme: 'Journey of Light',
    city: 'Paris',
    description: paragraphs(
      'A week of Vietnamese cinema in Paris that brought artists, filmmakers and French and European partners together with more than 6,000 visitors from France and nearly twenty countries.',
      'It closed at the Pathé Palace with the international premiere of Red Rain, followed by questions from the audience.',
    ),
  },
  fr: {
    name: 'Semaine du film vietnamien 2025',
    theme: 'Voyage de lumière',
    city: 'Paris',
    description: paragraphs(
      'Une semaine de cinéma vietnamien à Paris, qui a réuni artistes, cinéastes, partenaires français et européens et plus de 6 000 spectateurs venus de France et de près de vingt pays.',
      'Elle s’est achevée au Pathé Palace par la première internationale de Mưa Đỏ (Pluie rouge), suivie d’une séance de questions du public.',
    ),
  },
  vi: {
    name: 'Tuần phim Việt Nam 2025',
    theme: 'Hành trình ánh sáng',
    city: 'Pa-ri',
    description: paragraphs(
      'Một tuần lễ điện ảnh Việt Nam tại Pa-ri, quy tụ nghệ sĩ, nhà làm phim, các đối tác Pháp và châu Âu cùng hơn 6.000 khán giả đến từ Pháp và gần hai mươi quốc gia.',
      'Tuần phim khép lại tại Pathé Palace với buổi ra mắt quốc tế phim Mưa Đỏ, sau đó là phần hỏi đáp với khán giả.',
    ),
  },
}

export const people = [
  {
    name: 'Đặng Thái Huyền',
    en: {
      description: 'Film director',
      bio: paragraphs('Vietnamese director of Red Rain, who presented the film in Paris on behalf of its crew.'),
    },
    fr: {
      description: 'Réalisatrice',
      bio: paragraphs(
        'Réalisatrice vietnamienne de Mưa Đỏ (Pluie rouge), venue présenter le film à Paris au nom de son équipe.',
      ),
    },
    vi: {
      description: 'Đạo diễn',
      bio: paragraphs('Đạo diễn phim Mưa Đỏ, thay mặt đoàn làm phim giới thiệu tác phẩm tại Pa-ri.'),
    },
  },
  {
    name: 'Chu Lai',
    en: {
      description: 'Writer and screenwriter',
      bio: paragraphs('Vietnamese novelist. Red Rain is adapted from his novel, and he also wrote the screenplay.'),
    },
    fr: {
      description: 'Écrivain et scénariste',
      bio: paragraphs('Romancier vietnamien. Mưa Đỏ est adapté de son roman, dont il a aussi écrit le scénario.'),
    },
    vi: {
      description: 'Nhà văn, biên kịch',
      bio: paragraphs(
        'Nhà văn Việt Nam. Phim Mưa Đỏ được chuyển thể từ tiểu thuyết của ông, và ông cũng là người viết kịch bản.',
      ),
    },
  },
  {
    name: 'Phạm Thị Kim Yến',
    en: { description: 'Minister Counsellor, Embassy of Việt Nam in France' },
    fr: { description: 'Ministre conseillère, ambassade du Việt Nam en France' },
    vi: { description: 'Công sứ, Đại sứ quán Việt Nam tại Pháp' },
  },
  {
    name: 'Kim Chi',
    en: { description: 'Audience member; her husband is a veteran of the fighting in Quảng Trị' },
    fr: { description: 'Spectatrice, épouse d’un ancien combattant de Quảng Trị' },
    vi: { description: 'Khán giả, vợ của một cựu chiến binh từng chiến đấu tại Quảng Trị' },
  },
  {
    name: 'Aché Ahmat Moustapha',
    sortName: 'Moustapha, Aché Ahmat',
    en: { description: 'Sociologist and filmmaker' },
    fr: { description: 'Sociologue et cinéaste' },
    vi: { description: 'Nhà xã hội học, nhà làm phim' },
  },
  {
    name: 'Alain-Cyril Barioz',
    sortName: 'Barioz, Alain-Cyril',
    en: { description: 'Professor of history and geography in Paris' },
    fr: { description: 'Professeur d’histoire-géographie à Paris' },
    vi: { description: 'Giáo viên lịch sử và địa lý tại Pa-ri' },
  },
] as const

export const film = {
  originalTitle: 'Mưa Đỏ',
  year: 2025,
  // Assumed (public listings, not the article): the runtime lets the screening's end be derived.
  runtime: 124,
  countries: ['VN'],
  languages: ['vi'],
  genres: ['war', 'history', 'drama'],
  ageRating: { advisories: ['war-violence', 'death'] },
  boxOffice: [
    {
      amount: 700_000_000_000,
      currency: 'VND',
      approximate: false,
      asOf: ARTICLE_SOURCE.date,
      source: ARTICLE_SOURCE.publication,
    },
    {
      amount: 26_500_000,
      currency: 'USD',
      approximate: true,
      asOf: ARTICLE_SOURCE.date,
      source: ARTICLE_SOURCE.publication,
    },
  ],
  awards: [{ year: 2026, result: 'national-submission' }],
  en: {
    title: 'Red Rain',
    logline: 'Eighty-one days and nights inside the Quảng Trị Citadel, 1972.',
    synopsis: paragraphs(
      'Quảng Trị, 1972. The province that once marked the line between North and South Việt Nam has been retaken by the liberation forces, and the army of the Republic of Việt Nam, with American support, launches a counteroffensive to win back the ancient citadel and weigh on the peace talks.',
      'For 81 days and nights the defenders hold on. The film looks at both sides with compassion: the soldiers across the lines are shown as men with families waiting for them to come home.',
    ),
    sourceWork: { title: 'Mưa Đỏ (Red Rain)' },
    boxOffice: [{ note: 'Highest-grossing Vietnamese film of all time' }, { note: 'Nearly US$26.5 million' }],
    awards: [{ event: '98th Academy Awards', category: 'Best International Feature Film' }],
  },
  fr: {
    title: 'Pluie rouge',
    logline: 'Quatre-vingt-un jours et nuits dans la citadelle de Quảng Trị, en 1972.',
    synopsis: paragraphs(
      'Quảng Trị, 1972. La province qui séparait autrefois le Nord et le Sud du Việt Nam vient d’être reprise par les forces de libération ; l’armée de la République du Việt Nam, soutenue par les États-Unis, lance une contre-offensive pour reconquérir l’ancienne citadelle et peser sur les négociations de paix.',
      'Pendant 81 jours et 81 nuits, les défenseurs tiennent bon. Le film regarde les deux camps avec humanité : les soldats d’en face sont aussi des hommes que leurs familles attendent.',
    ),
    sourceWork: { title: 'Mưa Đỏ (Pluie rouge)' },
    boxOffice: [
      { note: 'Plus gros succès de l’histoire du cinéma vietnamien' },
      { note: 'Près de 26,5 millions de dollars' },
    ],
    awards: [{ event: '98e cérémonie des Oscars', category: 'Meilleur film international' }],
  },
  vi: {
    title: 'Mưa Đỏ',
    logline: '81 ngày đêm trong Thành cổ Quảng Trị năm 1972.',
    synopsis: paragraphs(
      'Quảng Trị, năm 1972. Vùng đất từng là ranh giới tạm thời giữa hai miền Nam Bắc vừa được lực lượng giải phóng giành lại; quân đội Việt Nam Cộng hòa, với sự hỗ trợ của Mỹ, mở cuộc phản công nhằm chiếm lại Thành cổ và gây sức ép lên bàn đàm phán.',
      'Suốt 81 ngày đêm, những người lính giữ thành kiên cường bám trụ. Bộ phim nhìn cả hai phía bằng con mắt nhân văn: những người lính bên kia chiến tuyến cũng có gia đình mong ngày họ trở về.',
    ),
    sourceWork: { title: 'Mưa Đỏ' },
    boxOffice: [{ note: 'Phim Việt có doanh thu cao nhất mọi thời đại' }, { note: 'Gần 26,5 triệu đô la Mỹ' }],
    awards: [{ event: 'Giải Oscar lần thứ 98', category: 'Phim quốc tế xuất sắc nhất' }],
  },
}

/** The article has no pictures: a generated placeholder (src/seed/poster.ts), described as one. */
export const poster = {
  en: { alt: 'Abstract placeholder poster for Red Rain: red rain falling over the silhouette of a citadel wall' },
  fr: {
    alt: 'Affiche provisoire abstraite de Pluie rouge : une pluie rouge tombe sur la silhouette d’un rempart de citadelle',
  },
  vi: { alt: 'Áp phích minh họa tạm thời cho phim Mưa Đỏ: mưa đỏ rơi trên bóng tường thành cổ' },
}

type QuoteSeed = {
  speaker: (typeof people)[number]['name']
  featured: boolean
  about: 'film' | 'edition'
  en: { text: string; speakerRole: string }
  fr: { text: string; speakerRole: string }
  vi: { text: string; speakerRole: string }
}

export const quotes: QuoteSeed[] = [
  {
    speaker: 'Đặng Thái Huyền',
    featured: true,
    about: 'film',
    en: {
      speakerRole: 'Director, for the crew',
      text: 'She said the 81 days and nights the film shows at the Quảng Trị Citadel are only a small part of how brutal the war really was, told of her pride in the film’s long road, and thanked audiences from Việt Nam to Paris for their applause, empathy and support.',
    },
    fr: {
      speakerRole: 'Réalisatrice, au nom de l’équipe',
      text: 'Elle a dit que les 81 jours et nuits de la citadelle de Quảng Trị montrés à l’écran ne sont qu’une petite part de la brutalité réelle de la guerre, s’est dite fière du long parcours du film et a remercié le public, du Việt Nam à Paris, pour ses applaudissements, son empathie et ses encouragements.',
    },
    vi: {
      speakerRole: 'Đạo diễn, thay mặt đoàn phim',
      text: 'Chị cho biết 81 ngày đêm ở Thành cổ Quảng Trị mà bộ phim tái hiện chỉ là một phần nhỏ so với hiện thực khốc liệt của chiến tranh, bày tỏ niềm tự hào về hành trình dài của bộ phim và cảm ơn khán giả từ Việt Nam đến Pa-ri vì những tràng pháo tay, sự đồng cảm và động viên.',
    },
  },
  {
    speaker: 'Kim Chi',
    featured: false,
    about: 'film',
    en: {
      speakerRole: 'Audience member',
      text: 'She said the film brought back vividly what her husband went through in Quảng Trị between 1972 and 1975: when he came home he told those memories in tears, thinking of the comrades who never came back.',
    },
    fr: {
      speakerRole: 'Spectatrice',
      text: 'Elle a confié que le film lui a rappelé avec force ce que son mari a vécu à Quảng Trị entre 1972 et 1975 : de retour chez lui, il racontait ces souvenirs en pleurant ses camarades tombés au combat.',
    },
    vi: {
      speakerRole: 'Khán giả',
      text: 'Bà chia sẻ bộ phim gợi lại rõ nét những gì chồng bà đã trải qua ở Quảng Trị từ năm 1972 đến 1975: khi trở về, ông kể lại những ký ức ấy trong nước mắt, nhớ về những đồng đội đã không trở về.',
    },
  },
  {
    speaker: 'Aché Ahmat Moustapha',
    featured: false,
    about: 'film',
    en: {
      speakerRole: 'Sociologist and filmmaker',
      text: 'She praised the film’s artistry and its message of a peace born of great suffering, saw in it a reminder of the negotiations, from Geneva to the Paris Agreements, that sought to end the war, and admired the courage of the Vietnamese soldiers on screen.',
    },
    fr: {
      speakerRole: 'Sociologue et cinéaste',
      text: 'Elle a salué la valeur artistique du film et son message de paix né d’immenses souffrances, y a vu un rappel des négociations, de Genève aux accords de Paris, qui ont cherché à mettre fin à la guerre, et a admiré le courage des soldats vietnamiens à l’écran.',
    },
    vi: {
      speakerRole: 'Nhà xã hội học, nhà làm phim',
      text: 'Bà đánh giá cao giá trị nghệ thuật của bộ phim và thông điệp hòa bình được hình thành sau những mất mát to lớn, cho rằng phim nhắc nhớ những nỗ lực đàm phán từ Giơ-ne-vơ đến Hiệp định Pa-ri, và ca ngợi lòng dũng cảm của người lính Việt Nam trên màn ảnh.',
    },
  },
  {
    speaker: 'Alain-Cyril Barioz',
    featured: false,
    about: 'film',
    en: {
      speakerRole: 'Professor of history and geography',
      text: 'He pointed to the closing image, a girl’s torn scarf taking the shape of the letter S, and said it gives viewers the distance they need to reflect on a moving story that ties individual lives together and stands for national unity.',
    },
    fr: {
      speakerRole: 'Professeur d’histoire-géographie',
      text: 'Il a relevé l’image finale, l’écharpe déchirée d’une jeune fille qui dessine la lettre S, et estimé qu’elle offre au spectateur la distance nécessaire pour réfléchir à une histoire bouleversante qui relie les destins et symbolise l’unité nationale.',
    },
    vi: {
      speakerRole: 'Giáo viên lịch sử và địa lý',
      text: 'Ông chú ý đến hình ảnh kết phim, chiếc khăn rách của một cô gái tạo thành hình chữ S, và cho rằng nó giúp người xem có khoảng lặng cần thiết để suy ngẫm về một câu chuyện cảm động gắn kết những số phận và biểu trưng cho sự thống nhất đất nước.',
    },
  },
  {
    speaker: 'Phạm Thị Kim Yến',
    featured: true,
    about: 'edition',
    en: {
      speakerRole: 'Minister Counsellor, Embassy of Việt Nam in France',
      text: 'She described the week as more than a series of screenings: a cultural journey inviting audiences to discover Việt Nam’s landscapes, people, dreams and challenges through film, and a celebration of the country’s creativity, resilience and spirit.',
    },
    fr: {
      speakerRole: 'Ministre conseillère, ambassade du Việt Nam en France',
      text: 'Elle a présenté la semaine comme bien plus qu’une série de projections : un voyage culturel qui invite le public à découvrir par le cinéma les paysages, les habitants, les rêves et les défis du Việt Nam, et à célébrer la créativité, la résilience et l’esprit du pays.',
    },
    vi: {
      speakerRole: 'Công sứ, Đại sứ quán Việt Nam tại Pháp',
      text: 'Bà cho rằng tuần phim không chỉ là một chương trình chiếu phim mà là một hành trình văn hóa, mời khán giả khám phá cảnh sắc, con người, ước mơ và thách thức của Việt Nam qua điện ảnh, đồng thời tôn vinh sự sáng tạo, sức bền bỉ và tinh thần của đất nước.',
    },
  },
]

export const site = {
  en: { siteName: 'Vietnamese Film Week', tagline: 'Vietnamese cinema in Paris' },
  fr: { siteName: 'Semaine du film vietnamien', tagline: 'Le cinéma vietnamien à Paris' },
  vi: { siteName: 'Tuần phim Việt Nam', tagline: 'Điện ảnh Việt Nam tại Pa-ri' },
  navigation: [
    { path: '/programme', en: 'Programme', fr: 'Programme', vi: 'Lịch chiếu' },
    { path: '/films', en: 'Films', fr: 'Films', vi: 'Phim' },
    { path: '/quotes', en: 'Reactions', fr: 'Réactions', vi: 'Cảm nhận' },
    { path: '/news', en: 'News', fr: 'Actualités', vi: 'Tin tức' },
    { path: '/guests', en: 'Guests', fr: 'Invités', vi: 'Khách mời' },
    { path: '/about', en: 'About', fr: 'À propos', vi: 'Giới thiệu' },
  ],
  footerNavigation: [
    { target: 'visiting', en: 'Visiting', fr: 'Venir au festival', vi: 'Thông tin tham dự' },
    { target: 'news', en: 'News', fr: 'Actualités', vi: 'Tin tức' },
  ] as const,
}
