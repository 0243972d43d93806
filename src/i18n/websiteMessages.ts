/** Words of the pages, news and guests pages, per locale (beside messages.ts, which the rest of the site reads). */
import type { Locale } from './locales'

const en = {
  news: {
    title: 'News',
    empty: 'No news yet.',
    by: 'By',
    source: 'Source',
    related: 'Related',
    films: 'Films',
    people: 'People',
    screenings: 'Screenings',
    quotes: 'Reported words',
    feeds: 'Follow the news',
    rss: 'RSS',
    atom: 'Atom',
    json: 'JSON Feed',
    feedTitle: (site: string) => `${site}: news`,
  },
  guests: {
    title: 'Guests',
    intro: (edition: string) => `Filmmakers and guests who meet the audience at ${edition}.`,
    empty: 'Guests will be announced with the programme.',
    screenings: 'At the festival',
    ofEdition: (edition: string) => `Guests of ${edition}`,
  },
  footerNav: 'Footer',
  logoOf: (site: string) => `${site}, home page`,
}

export type WebsiteMessages = typeof en

const fr: WebsiteMessages = {
  news: {
    title: 'Actualités',
    empty: 'Pas encore d’actualités.',
    by: 'Par',
    source: 'Source',
    related: 'À voir aussi',
    films: 'Films',
    people: 'Personnes',
    screenings: 'Séances',
    quotes: 'Propos rapportés',
    feeds: 'Suivre les actualités',
    rss: 'RSS',
    atom: 'Atom',
    json: 'JSON Feed',
    feedTitle: (site) => `${site} : actualités`,
  },
  guests: {
    title: 'Invités',
    intro: (edition) => `Cinéastes et invités qui rencontrent le public pendant ${edition}.`,
    empty: 'Les invités seront annoncés avec le programme.',
    screenings: 'Au festival',
    ofEdition: (edition) => `Invités de ${edition}`,
  },
  footerNav: 'Pied de page',
  logoOf: (site) => `${site}, page d’accueil`,
}

const vi: WebsiteMessages = {
  news: {
    title: 'Tin tức',
    empty: 'Chưa có tin tức.',
    by: 'Tác giả',
    source: 'Nguồn',
    related: 'Liên quan',
    films: 'Phim',
    people: 'Nhân vật',
    screenings: 'Suất chiếu',
    quotes: 'Lời thuật lại',
    feeds: 'Theo dõi tin tức',
    rss: 'RSS',
    atom: 'Atom',
    json: 'JSON Feed',
    feedTitle: (site) => `${site}: tin tức`,
  },
  guests: {
    title: 'Khách mời',
    intro: (edition) => `Các nhà làm phim và khách mời gặp gỡ khán giả tại ${edition}.`,
    empty: 'Danh sách khách mời sẽ được công bố cùng lịch chiếu.',
    screenings: 'Tại liên hoan',
    ofEdition: (edition) => `Khách mời của ${edition}`,
  },
  footerNav: 'Chân trang',
  logoOf: (site) => `${site}, trang chủ`,
}

const MESSAGES: Record<Locale, WebsiteMessages> = { en, fr, vi }

export const getWebsiteMessages = (locale: Locale): WebsiteMessages => MESSAGES[locale]
