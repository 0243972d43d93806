import { notFound } from 'next/navigation'

/** Unknown paths under a locale get that locale's 404 page (layout, lang, navigation). */
export default function Missing() {
  notFound()
}
