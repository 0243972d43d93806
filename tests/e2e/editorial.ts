import sharp from 'sharp'
import { z } from 'zod'

import type { Locale } from '@/i18n/locales'
import { paragraphs } from '@/seed/richText'

import { baseUrl } from './api'

/** What the editor writes, per locale: the page's six blocks in order, and the post. */
export const WORDS = {
  en: {
    page: { title: 'Practical information', intro: 'Everything to know before you come.' },
    blocks: {
      body: 'Doors open thirty minutes before each screening.',
      caption: 'The hall before the closing night',
      cta: { heading: 'Plan your week', text: 'Every screening, day by day.', label: 'Open the programme' },
      faq: {
        heading: 'Before you come',
        question: 'Can I bring a pushchair?',
        answer: 'Yes: the cloakroom keeps it during the film.',
      },
      screenings: 'At the Pathé Palace',
      partners: 'With the support of',
    },
    post: {
      title: 'Tickets for the next edition',
      standfirst: 'Sales open in the autumn, at the cinema and online.',
      body: 'Tickets go on sale with the programme.',
    },
  },
  fr: {
    page: { title: 'Infos pratiques', intro: 'Tout savoir avant de venir.' },
    blocks: {
      body: 'Les portes ouvrent trente minutes avant chaque séance.',
      caption: 'La salle avant la soirée de clôture',
      cta: {
        heading: 'Préparez votre semaine',
        text: 'Toutes les séances, jour par jour.',
        label: 'Ouvrir le programme',
      },
      faq: {
        heading: 'Avant de venir',
        question: 'Puis-je venir avec une poussette ?',
        answer: 'Oui : le vestiaire la garde pendant le film.',
      },
      screenings: 'Au Pathé Palace',
      partners: 'Avec le soutien de',
    },
    post: {
      title: 'Billets pour la prochaine édition',
      standfirst: 'La vente ouvre à l’automne, au cinéma et en ligne.',
      body: 'Les billets sont en vente avec le programme.',
    },
  },
  vi: {
    page: { title: 'Thông tin thiết thực', intro: 'Mọi điều cần biết trước khi đến.' },
    blocks: {
      body: 'Cửa mở ba mươi phút trước mỗi suất chiếu.',
      caption: 'Khán phòng trước đêm bế mạc',
      cta: {
        heading: 'Lên kế hoạch cho tuần phim',
        text: 'Tất cả suất chiếu, theo từng ngày.',
        label: 'Mở lịch chiếu',
      },
      faq: {
        heading: 'Trước khi đến',
        question: 'Tôi có thể mang xe đẩy không?',
        answer: 'Có: phòng gửi đồ giữ xe trong lúc chiếu phim.',
      },
      screenings: 'Tại Pathé Palace',
      partners: 'Với sự hỗ trợ của',
    },
    post: {
      title: 'Vé cho kỳ liên hoan tới',
      standfirst: 'Vé mở bán vào mùa thu, tại rạp và trực tuyến.',
      body: 'Vé được bán cùng lịch chiếu.',
    },
  },
} satisfies Record<Locale, unknown>

type Words = (typeof WORDS)['en']
type Block = Record<string, unknown> & {
  blockType: string
  link?: Record<string, unknown>
  items?: Record<string, unknown>[]
}

/** A stored page's layout with one locale's words in its localized fields; ids, images, links and filters kept. */
export function localizedLayout(layout: Block[], { blocks }: Words): Block[] {
  return layout.map((block) => {
    switch (block.blockType) {
      case 'richText':
        return { ...block, body: paragraphs(blocks.body) }
      case 'image':
        return { ...block, caption: blocks.caption }
      case 'callToAction':
        return {
          ...block,
          heading: blocks.cta.heading,
          text: blocks.cta.text,
          link: { ...block.link, label: blocks.cta.label },
        }
      case 'faq':
        return {
          ...block,
          heading: blocks.faq.heading,
          items: (block.items ?? []).map((item) => ({
            ...item,
            question: blocks.faq.question,
            answer: paragraphs(blocks.faq.answer),
          })),
        }
      case 'screenings':
        return { ...block, heading: blocks.screenings }
      case 'partnerWall':
        return { ...block, heading: blocks.partners }
      default:
        throw new Error(`no words for a ${block.blockType} block`)
    }
  })
}

/** A plain PNG of one colour (sharp: Payload's own image library). */
export const png = (width: number, height: number, background: string) =>
  sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer()

/** Uploads an image to the media collection as `token`'s user, as the admin's upload form does (file + _payload). */
export async function uploadImage(
  token: string,
  filename: string,
  image: Buffer,
  data: Record<string, unknown>,
): Promise<{ id: number; filename: string }> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), filename)
  form.append('_payload', JSON.stringify(data))
  const response = await fetch(`${baseUrl()}/api/media`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}` },
    body: form,
  })
  const body = (await response.json()) as { doc?: { id: number; filename: string } }
  if (response.status !== 201 || !body.doc)
    throw new Error(`upload of ${filename} failed: ${response.status} ${JSON.stringify(body)}`)
  return body.doc
}

/**
 * JSON Feed version 1.1 (jsonfeed.org/version/1.1), written from the spec,
 * not from the site's code: required members, types, URLs and RFC 3339 dates.
 */
const author = z
  .object({ name: z.string().optional(), url: z.url().optional(), avatar: z.url().optional() })
  .refine((value) => value.name ?? value.url ?? value.avatar, 'an author has a name, url or avatar')
const item = z
  .object({
    id: z.string().min(1),
    url: z.url().optional(),
    external_url: z.url().optional(),
    title: z.string().optional(),
    content_html: z.string().optional(),
    content_text: z.string().optional(),
    summary: z.string().optional(),
    image: z.url().optional(),
    banner_image: z.url().optional(),
    date_published: z.iso.datetime({ offset: true }).optional(),
    date_modified: z.iso.datetime({ offset: true }).optional(),
    authors: z.array(author).optional(),
    tags: z.array(z.string()).optional(),
    language: z.string().optional(),
  })
  .refine(
    (value) => value.content_html !== undefined || value.content_text !== undefined,
    'an item has content_html or content_text',
  )
export const JsonFeed11 = z.object({
  version: z.literal('https://jsonfeed.org/version/1.1'),
  title: z.string().min(1),
  home_page_url: z.url().optional(),
  feed_url: z.url().optional(),
  description: z.string().optional(),
  user_comment: z.string().optional(),
  next_url: z.url().optional(),
  icon: z.url().optional(),
  favicon: z.url().optional(),
  authors: z.array(author).optional(),
  language: z.string().optional(),
  expired: z.boolean().optional(),
  items: z.array(item),
})
