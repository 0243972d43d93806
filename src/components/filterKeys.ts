/** The programme's filters, as query parameters (?day=…&venue=…): the form, the proxy and the filtered page share them. */
export const FILTER_KEYS = ['day', 'venue', 'section', 'subtitles', 'access'] as const
export type FilterKey = (typeof FILTER_KEYS)[number]
