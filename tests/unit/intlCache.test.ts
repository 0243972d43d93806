import { collator, dateTimeFormat, displayNames, numberFormat } from '@/lib/intlCache'

describe('shared Intl formatters', () => {
  test('one instance per locale and options, reused across calls', () => {
    const a = dateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit' })
    expect(dateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit' })).toBe(a)
    expect(dateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit' })).not.toBe(a)
    expect(dateTimeFormat('fr-FR', { timeZone: 'UTC', hour: '2-digit' })).not.toBe(a)
    expect(numberFormat('vi-VN')).toBe(numberFormat('vi-VN'))
    expect(collator('fr', { numeric: true })).toBe(collator('fr', { numeric: true }))
    expect(displayNames('fr', { type: 'region' })).not.toBe(displayNames('fr', { type: 'language' }))
  })

  test('a cached formatter formats like a fresh one', () => {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'Europe/Paris', dateStyle: 'medium', timeStyle: 'short' }
    const instant = new Date('2025-12-13T19:00:00Z')
    dateTimeFormat('fr-FR', options)
    expect(dateTimeFormat('fr-FR', options).format(instant)).toBe(
      new Intl.DateTimeFormat('fr-FR', options).format(instant),
    )
    expect(displayNames('fr', { type: 'region' }).of('VN')).toBe('Viêt Nam')
  })
})
