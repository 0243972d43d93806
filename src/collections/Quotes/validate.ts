import type { TextFieldSingleValidation } from 'payload'

/** Words presented as exact need to say where they were published. */
export const validateSource: TextFieldSingleValidation = (value, { data, siblingData }) => {
  const kind = (data as { kind?: string }).kind
  const url = (siblingData as { url?: string }).url
  if (kind === 'direct' && !value && !url) return 'A direct quote needs its source: give the publication or a URL.'
  return true
}
