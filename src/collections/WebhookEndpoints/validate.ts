import type { TextFieldSingleValidation } from 'payload'

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

/** https anywhere; plain http only to this machine (tests, a partner's local receiver in development). */
export const validateWebhookUrl: TextFieldSingleValidation = (value) => {
  let url: URL
  try {
    url = new URL(value ?? '')
  } catch {
    return 'Enter a full URL, e.g. https://partner.example/webhooks/film-week'
  }
  if (url.username || url.password)
    return 'The URL must not hold a user name or password: the signature authenticates deliveries.'
  if (url.protocol === 'https:') return true
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return true
  return 'Use an https:// URL (http:// is accepted only for a loopback address such as 127.0.0.1).'
}
