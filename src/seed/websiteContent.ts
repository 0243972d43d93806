/**
 * The festival's own pages and its first news post, in our own words from the
 * article (see content.ts for the source and for what is ASSUMED). Reported
 * words stay reported: the post says who said what, never in quotation marks.
 *
 * ASSUMED here as well (not in the article):
 * - the answers of the Visiting page's FAQ about tickets and subtitles;
 * - the post's byline ("Festival press office") and its date (14 December 2025, 19:00 Paris).
 */
import { paragraphs } from './richText'

/** The About page (slug `about`: the site's /about shows it). The partner wall and the button are blocks. */
export const aboutPage = {
  slug: 'about',
  en: {
    title: 'About the festival',
    intro: 'The Vietnamese Film Week brings the cinema of Việt Nam to audiences in Paris.',
    text: paragraphs(
      'The festival is co-organised by the Việt Nam Film Development Association (VFDA) and AVSE Global, under the patronage of the Embassy of Việt Nam in France.',
      'Its 2025 edition, themed “Journey of Light”, gathered artists, filmmakers, French and European partners and more than 6,000 visitors from France and nearly twenty countries. It closed at the Pathé Palace with the international premiere of Red Rain (Mưa Đỏ).',
    ),
    partnersHeading: 'Organisers and partners',
    cta: {
      heading: 'The programme',
      text: 'Every screening, day by day, with its venue, subtitles and access.',
      label: 'See the programme',
    },
  },
  fr: {
    title: 'À propos du festival',
    intro: 'La Semaine du film vietnamien fait découvrir le cinéma du Việt Nam au public parisien.',
    text: paragraphs(
      'Le festival est coorganisé par l’Association pour le développement du cinéma vietnamien (VFDA) et AVSE Global, sous le patronage de l’ambassade du Việt Nam en France.',
      'Son édition 2025, placée sous le thème « Voyage de lumière », a réuni artistes, cinéastes, partenaires français et européens et plus de 6 000 spectateurs venus de France et de près de vingt pays. Elle s’est achevée au Pathé Palace par la première internationale de Mưa Đỏ (Pluie rouge).',
    ),
    partnersHeading: 'Organisateurs et partenaires',
    cta: {
      heading: 'Le programme',
      text: 'Toutes les séances, jour par jour, avec leur salle, leurs sous-titres et leur accessibilité.',
      label: 'Voir le programme',
    },
  },
  vi: {
    title: 'Giới thiệu liên hoan',
    intro: 'Tuần phim Việt Nam đưa điện ảnh Việt Nam đến với khán giả Pa-ri.',
    text: paragraphs(
      'Liên hoan do Hiệp hội Xúc tiến phát triển điện ảnh Việt Nam (VFDA) và AVSE Global đồng tổ chức, dưới sự bảo trợ của Đại sứ quán Việt Nam tại Pháp.',
      'Kỳ năm 2025 với chủ đề “Hành trình ánh sáng” đã quy tụ nghệ sĩ, nhà làm phim, các đối tác Pháp và châu Âu cùng hơn 6.000 khán giả đến từ Pháp và gần hai mươi quốc gia, và khép lại tại Pathé Palace với buổi ra mắt quốc tế phim Mưa Đỏ.',
    ),
    partnersHeading: 'Đơn vị tổ chức và đối tác',
    cta: {
      heading: 'Lịch chiếu',
      text: 'Tất cả suất chiếu theo từng ngày, kèm địa điểm, phụ đề và tiếp cận.',
      label: 'Xem lịch chiếu',
    },
  },
}

/** The Visiting page: where, how to get there, step-free screenings, questions. */
export const visitingPage = {
  slug: 'visiting',
  en: {
    title: 'Visiting',
    intro: 'Where the festival screens, how to get there, and what to expect.',
    text: paragraphs(
      'Screenings take place at the Pathé Palace, 2 boulevard des Capucines, 75009 Paris.',
      'Métro Opéra (lines 3, 7, 8) or RER A Auber. The entrance on the boulevard is step-free.',
    ),
    screeningsHeading: 'Step-free screenings',
    faq: {
      heading: 'Questions',
      items: [
        {
          question: 'Are the films subtitled?',
          answer: paragraphs(
            'Films are shown in their original version; each screening on the programme says which subtitles it has.',
          ),
        },
        {
          question: 'Where do I buy tickets?',
          answer: paragraphs(
            'From the cinema: each screening on the programme links to its ticket page once sales open.',
          ),
        },
      ],
    },
  },
  fr: {
    title: 'Venir au festival',
    intro: 'Où se passent les séances, comment y aller, à quoi s’attendre.',
    text: paragraphs(
      'Les séances ont lieu au Pathé Palace, 2 boulevard des Capucines, 75009 Paris.',
      'Métro Opéra (lignes 3, 7, 8) ou RER A Auber. L’entrée sur le boulevard est de plain-pied.',
    ),
    screeningsHeading: 'Séances accessibles de plain-pied',
    faq: {
      heading: 'Questions',
      items: [
        {
          question: 'Les films sont-ils sous-titrés ?',
          answer: paragraphs(
            'Les films sont projetés en version originale ; chaque séance du programme indique ses sous-titres.',
          ),
        },
        {
          question: 'Où acheter des billets ?',
          answer: paragraphs(
            'Auprès du cinéma : chaque séance du programme renvoie à sa billetterie dès l’ouverture des ventes.',
          ),
        },
      ],
    },
  },
  vi: {
    title: 'Thông tin tham dự',
    intro: 'Địa điểm chiếu phim, đường đến và những điều cần biết.',
    text: paragraphs(
      'Các suất chiếu diễn ra tại Pathé Palace, 2 boulevard des Capucines, 75009 Pa-ri.',
      'Tàu điện ngầm Opéra (tuyến 3, 7, 8) hoặc RER A Auber. Lối vào phía đại lộ không có bậc thang.',
    ),
    screeningsHeading: 'Suất chiếu không bậc thang',
    faq: {
      heading: 'Câu hỏi thường gặp',
      items: [
        {
          question: 'Phim có phụ đề không?',
          answer: paragraphs('Phim được chiếu nguyên bản; mỗi suất chiếu trong lịch ghi rõ phụ đề.'),
        },
        {
          question: 'Mua vé ở đâu?',
          answer: paragraphs('Tại rạp: mỗi suất chiếu trong lịch dẫn đến trang bán vé khi mở bán.'),
        },
      ],
    },
  },
}

/** The closing night, retold. The director's words are reported speech, attributed to the article. */
export const closingNightPost = {
  author: 'Festival press office',
  publishedAt: '2025-12-14T18:00:00.000Z',
  en: {
    title: 'Red Rain closes the Vietnamese Film Week in Paris',
    standfirst:
      'The international premiere of Mưa Đỏ at the Pathé Palace, followed by questions from the audience, ended a week that drew more than 6,000 visitors.',
    body: paragraphs(
      'The Vietnamese Film Week, themed “Journey of Light”, ended at the Pathé Palace with the international premiere of Red Rain (Mưa Đỏ), before international viewers and film professionals.',
      'Novelist Chu Lai adapted his own book for the screen. The film follows the 81 days of fighting for the Quảng Trị Citadel in 1972 and gives the soldiers on both sides families waiting for them. At home it has become the highest-grossing Vietnamese film ever, and it is Việt Nam’s entry for Best International Feature Film at the 98th Academy Awards.',
      'Speaking for the crew, director Đặng Thái Huyền said, as The Europe Today reported, that the film shows only a small part of what those days were, and thanked audiences from Việt Nam to Paris for their support.',
      'The screening and the questions that followed closed a week that brought together artists, filmmakers, French and European partners and visitors from nearly twenty countries. More reactions, all reported words, are on the Reactions page.',
    ),
  },
  fr: {
    title: 'Pluie rouge clôt la Semaine du film vietnamien à Paris',
    standfirst:
      'La première internationale de Mưa Đỏ au Pathé Palace, suivie des questions du public, a clos une semaine qui a attiré plus de 6 000 spectateurs.',
    body: paragraphs(
      'La Semaine du film vietnamien, placée sous le thème « Voyage de lumière », s’est achevée au Pathé Palace par la première internationale de Mưa Đỏ (Pluie rouge), devant un public international et des professionnels du cinéma.',
      'Le romancier Chu Lai a lui-même adapté son livre. Le film suit les 81 jours de combats pour la citadelle de Quảng Trị en 1972 et montre, dans les deux camps, des soldats attendus par leurs familles. Il est devenu le plus grand succès du cinéma vietnamien dans son pays et représente le Việt Nam dans la catégorie du meilleur film international aux 98e Oscars.',
      'Au nom de l’équipe, la réalisatrice Đặng Thái Huyền a expliqué, selon The Europe Today, que le film ne montre qu’une petite part de ce que furent ces journées, et a remercié le public, du Việt Nam à Paris, pour son soutien.',
      'La séance et les questions qui ont suivi ont clos une semaine qui a réuni artistes, cinéastes, partenaires français et européens et spectateurs de près de vingt pays. D’autres réactions, toutes rapportées, sont sur la page Réactions.',
    ),
  },
  vi: {
    title: 'Mưa Đỏ khép lại Tuần phim Việt Nam tại Pa-ri',
    standfirst:
      'Buổi ra mắt quốc tế phim Mưa Đỏ tại Pathé Palace, cùng phần hỏi đáp với khán giả, đã khép lại một tuần thu hút hơn 6.000 khán giả.',
    body: paragraphs(
      'Tuần phim Việt Nam với chủ đề “Hành trình ánh sáng” đã khép lại tại Pathé Palace với buổi ra mắt quốc tế phim Mưa Đỏ, trước khán giả quốc tế và giới chuyên môn.',
      'Nhà văn Chu Lai tự chuyển thể tiểu thuyết của mình thành kịch bản. Bộ phim kể về 81 ngày đêm chiến đấu tại Thành cổ Quảng Trị năm 1972 và cho thấy những người lính ở cả hai phía đều có gia đình chờ đợi. Phim trở thành phim Việt Nam có doanh thu cao nhất trong nước và đại diện Việt Nam tranh giải Phim quốc tế hay nhất tại Oscar lần thứ 98.',
      'Thay mặt đoàn làm phim, đạo diễn Đặng Thái Huyền cho biết, theo The Europe Today, rằng bộ phim chỉ thể hiện một phần nhỏ hiện thực của những ngày ấy, và cảm ơn khán giả từ Việt Nam đến Pa-ri đã ủng hộ.',
      'Buổi chiếu và phần hỏi đáp sau đó đã khép lại một tuần quy tụ nghệ sĩ, nhà làm phim, đối tác Pháp và châu Âu cùng khán giả từ gần hai mươi quốc gia. Những cảm nhận khác, đều là lời thuật lại, có trên trang Cảm nhận.',
    ),
  },
}
