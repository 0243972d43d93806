import type { Payload } from 'payload'

import { ARTICLE_SOURCE } from './content'
import { upsert } from './upsert'
import { aboutPage, closingNightPost, visitingPage } from './websiteContent'

type Refs = { film: number; screening: number; people: number[]; quotes: number[] }
type AboutText = (typeof aboutPage)['en']
type VisitingText = (typeof visitingPage)['en']

/** Each locale's words in the blocks' order; the block types and settings are the English document's. */
const aboutLayout = ({ text, partnersHeading, cta }: AboutText) => [
  { body: text },
  { heading: partnersHeading },
  { heading: cta.heading, text: cta.text, link: { label: cta.label } },
]
const visitingLayout = ({ text, screeningsHeading, faq }: VisitingText) => [
  { body: text },
  { heading: screeningsHeading },
  { heading: faq.heading, items: faq.items },
]

/** The About and Visiting pages and the closing-night post (src/seed/websiteContent.ts). */
export async function seedWebsite(payload: Payload, refs: Refs) {
  const withTypes = (types: Record<string, unknown>[], layout: Record<string, unknown>[]) =>
    layout.map((block, index) => ({ ...types[index], ...block }))
  const aboutTypes = [{ blockType: 'richText' }, { blockType: 'partnerWall' }, { blockType: 'callToAction' }]
  const about = await upsert(
    payload,
    'pages',
    { slug: { equals: aboutPage.slug } },
    {
      slug: aboutPage.slug,
      title: aboutPage.en.title,
      intro: aboutPage.en.intro,
      layout: withTypes(aboutTypes, aboutLayout(aboutPage.en)).map((block) =>
        block.blockType === 'callToAction'
          ? { ...block, link: { ...(block.link as object), path: '/programme' } }
          : block,
      ),
    },
    Object.fromEntries(
      (['fr', 'vi'] as const).map((locale) => [
        locale,
        { title: aboutPage[locale].title, intro: aboutPage[locale].intro, layout: aboutLayout(aboutPage[locale]) },
      ]),
    ),
  )
  const visitingTypes = [
    { blockType: 'richText' },
    { blockType: 'screenings', accessibility: 'stepFree' },
    { blockType: 'faq' },
  ]
  const visiting = await upsert(
    payload,
    'pages',
    { slug: { equals: visitingPage.slug } },
    {
      slug: visitingPage.slug,
      title: visitingPage.en.title,
      intro: visitingPage.en.intro,
      layout: withTypes(visitingTypes, visitingLayout(visitingPage.en)),
    },
    Object.fromEntries(
      (['fr', 'vi'] as const).map((locale) => [
        locale,
        {
          title: visitingPage[locale].title,
          intro: visitingPage[locale].intro,
          layout: visitingLayout(visitingPage[locale]),
        },
      ]),
    ),
  )
  const { author, publishedAt, en, fr, vi } = closingNightPost
  const post = await upsert(
    payload,
    'posts',
    { 'source.publication': { equals: ARTICLE_SOURCE.publication } },
    {
      ...en,
      author,
      publishedAt,
      source: ARTICLE_SOURCE,
      films: [refs.film],
      people: refs.people,
      screenings: [refs.screening],
      quotes: refs.quotes,
    },
    { fr, vi },
  )
  return { about, visiting, post }
}
