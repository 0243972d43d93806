import type { Field } from 'payload'

type LinkData = { doc?: unknown; path?: unknown }

const isSet = (value: unknown) => value !== undefined && value !== null && value !== ''

/**
 * A path of the site after the language (e.g. /programme, /news) or a full
 * web address; and exactly one destination per link.
 */
export function validateLinkPath(
  value: null | string | undefined,
  { siblingData }: { siblingData: LinkData },
): string | true {
  if (isSet(value) && isSet(siblingData.doc))
    return 'A link goes to one place: keep either the page or post, or the path.'
  if (!isSet(value))
    return isSet(siblingData.doc) ? true : 'Choose where the link goes: a page or post, or a path such as /programme.'
  if (/^\/(?!\/)[^\s]*$/.test(value!)) return true
  try {
    if (['http:', 'https:'].includes(new URL(value!).protocol)) return true
  } catch {
    // the message below
  }
  return `"${value}" is neither a path of the site (starting with /, e.g. /programme) nor a web address starting with https://`
}

/**
 * A link's label and destination: a page or post, or a path of the site
 * (/programme, /films, /news, /guests, /quotes, /editions, /about…) or a web
 * address. A page or post that is not published is left out where the link
 * is shown (the site reads published documents only).
 */
export const linkFields = (): Field[] => [
  {
    type: 'row',
    fields: [
      { name: 'label', type: 'text', localized: true, required: true },
      { name: 'doc', label: 'Page or post', type: 'relationship', relationTo: ['pages', 'posts'] },
      {
        name: 'path',
        type: 'text',
        validate: validateLinkPath,
        admin: {
          description: 'Or a path after the language, e.g. /programme, /news, /guests; or a full https:// address',
        },
      },
    ],
  },
]
