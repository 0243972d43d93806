import type { CollectionSlug, UIFieldServerComponent } from 'payload'

import { DEFAULT_LOCALE, LOCALES } from '@/i18n/locales'

import { missingTranslations } from './translations'

/** Sidebar note: which languages of this document still lack a translation, and of which fields. */
export const TranslationStatus: UIFieldServerComponent = async ({ collectionSlug, id, payload }) => {
  if (id === undefined) return null
  const missing = await missingTranslations(payload, collectionSlug as CollectionSlug, id)
  const gaps = LOCALES.filter(({ code }) => missing[code])
  return (
    <div className="field-type translation-status" style={{ marginBottom: '1.5rem' }}>
      <p style={{ fontWeight: 600, marginBottom: '0.25rem' }}>Translations</p>
      {gaps.length === 0 ? (
        <p>Complete in {LOCALES.map(({ label }) => label).join(', ')}.</p>
      ) : (
        <ul style={{ margin: 0, paddingLeft: '1.1rem' }}>
          {gaps.map(({ code, label }) => (
            <li key={code}>
              <strong>{label}</strong> is missing: {missing[code]?.join(', ')}{' '}
              {code === DEFAULT_LOCALE ? '(every other language falls back to it)' : '(readers see English instead)'}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
