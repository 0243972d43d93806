/**
 * Shared Intl formatters. Constructing one costs far more than formatting with
 * it (profiles of cached pages show `new Intl.DateTimeFormat` among the
 * server's largest CPU costs), and they are immutable, so one per
 * locale + options lives for the whole process. The key space is small: a few
 * locales times the option sets written in the code.
 */
type Locales = string | readonly string[]

function memoize<T, O>(create: (locales: Locales, options: O | undefined) => T): (locales: Locales, options?: O) => T {
  const cache = new Map<string, T>()
  return (locales, options) => {
    const key = JSON.stringify([locales, options ?? null])
    let value = cache.get(key)
    if (!value) {
      value = create(locales, options)
      cache.set(key, value)
    }
    return value
  }
}

export const dateTimeFormat = memoize<Intl.DateTimeFormat, Intl.DateTimeFormatOptions>(
  (locales, options) => new Intl.DateTimeFormat(locales, options),
)
export const numberFormat = memoize<Intl.NumberFormat, Intl.NumberFormatOptions>(
  (locales, options) => new Intl.NumberFormat(locales, options),
)
export const displayNames = memoize<Intl.DisplayNames, Intl.DisplayNamesOptions>((locales, options) => {
  if (!options) throw new Error('Intl.DisplayNames needs options (its type)')
  return new Intl.DisplayNames(locales, options)
})
export const collator = memoize<Intl.Collator, Intl.CollatorOptions>(
  (locales, options) => new Intl.Collator(locales, options),
)
