import type { Block } from 'payload'

import { ORGANISATION_ROLES } from '@/collections/Editions/roles'
import { PROGRAMME_SECTIONS } from '@/collections/Films/sections'
import { linkFields } from '@/fields/link'

const heading = { name: 'heading', type: 'text', localized: true } as const

/** Formatted text: headings, lists, links. */
export const RichTextBlock: Block = {
  slug: 'richText',
  interfaceName: 'RichTextBlock',
  labels: { singular: 'Rich text', plural: 'Rich text' },
  fields: [{ name: 'body', type: 'richText', localized: true, required: true }],
}

/** One image, with a caption (the image's own caption when left empty). */
export const ImageBlock: Block = {
  slug: 'image',
  interfaceName: 'ImageBlock',
  labels: { singular: 'Image with caption', plural: 'Images with caption' },
  fields: [
    { name: 'image', type: 'upload', relationTo: 'media', required: true },
    {
      name: 'caption',
      type: 'text',
      localized: true,
      admin: { description: 'Left empty: the caption saved with the image.' },
    },
  ],
}

/** A heading, a sentence and one button. */
export const CallToActionBlock: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  labels: { singular: 'Call to action', plural: 'Calls to action' },
  fields: [
    heading,
    { name: 'text', type: 'textarea', localized: true },
    { name: 'link', type: 'group', fields: linkFields() },
  ],
}

/** Questions and answers, each folded open by the reader (works without JavaScript). */
export const FaqBlock: Block = {
  slug: 'faq',
  interfaceName: 'FaqBlock',
  labels: { singular: 'FAQ list', plural: 'FAQ lists' },
  fields: [
    heading,
    {
      name: 'items',
      type: 'array',
      required: true,
      minRows: 1,
      labels: { singular: 'Question', plural: 'Questions' },
      fields: [
        { name: 'question', type: 'text', localized: true, required: true },
        { name: 'answer', type: 'richText', localized: true, required: true },
      ],
    },
  ],
}

/** Screenings of an edition chosen by filter; always current, as the programme changes. */
export const ScreeningsBlock: Block = {
  slug: 'screenings',
  interfaceName: 'ScreeningsBlock',
  labels: { singular: 'Screening list', plural: 'Screening lists' },
  fields: [
    heading,
    {
      name: 'edition',
      type: 'relationship',
      relationTo: 'editions',
      admin: { description: 'Left empty: the current edition (Site settings).' },
    },
    {
      type: 'row',
      fields: [
        { name: 'venue', type: 'relationship', relationTo: 'venues' },
        { name: 'section', type: 'select', options: [...PROGRAMME_SECTIONS] },
        {
          name: 'accessibility',
          type: 'select',
          options: [
            { label: 'Subtitles for the deaf and hard of hearing', value: 'sdh' },
            { label: 'Audio description', value: 'audioDescription' },
            { label: 'Step-free access', value: 'stepFree' },
          ],
        },
      ],
    },
    {
      name: 'limit',
      type: 'number',
      min: 1,
      max: 200,
      admin: { description: 'At most this many, soonest first. Empty: all.' },
    },
  ],
}

/** The logos of an edition's organisers and partners, linked to their sites. */
export const PartnerWallBlock: Block = {
  slug: 'partnerWall',
  interfaceName: 'PartnerWallBlock',
  labels: { singular: 'Partner wall', plural: 'Partner walls' },
  fields: [
    heading,
    {
      name: 'edition',
      type: 'relationship',
      relationTo: 'editions',
      admin: { description: 'Left empty: the current edition (Site settings).' },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      options: [...ORGANISATION_ROLES],
      admin: { description: 'Only these roles. Empty: every organisation of the edition.' },
    },
  ],
}

export const PAGE_BLOCKS = [RichTextBlock, ImageBlock, CallToActionBlock, FaqBlock, ScreeningsBlock, PartnerWallBlock]
