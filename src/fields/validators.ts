/** Accepts empty values (use `required` for presence) and absolute http(s) URLs. */
export function validateHttpUrl(value: null | string | undefined): string | true {
  if (!value) return true
  try {
    const url = new URL(value)
    if (url.protocol === 'http:' || url.protocol === 'https:') return true
  } catch {
    // fall through to the message below
  }
  return `"${value}" is not a valid web address: use a full URL starting with https://`
}

/** ISO 3166-1 alpha-2 country codes and ISO 639-1 language codes, as stored. */
export function validateCodes(pattern: RegExp, what: string) {
  return (value: null | string[] | undefined): string | true => {
    const bad = (value ?? []).filter((code) => !pattern.test(code))
    return bad.length === 0 ? true : `${bad.join(', ')}: not ${what}`
  }
}

export const validateCountryCodes = validateCodes(
  /^[A-Z]{2}$/,
  'ISO 3166 country codes (two capital letters, e.g. VN, FR)',
)
export const validateLanguageCodes = validateCodes(
  /^[a-z]{2,3}$/,
  'ISO 639 language codes (lower case, e.g. vi, fr, en)',
)

export function validateCurrency(value: null | string | undefined): string | true {
  return !value || /^[A-Z]{3}$/.test(value) ? true : `"${value}" is not an ISO 4217 currency code such as VND, USD, EUR`
}

type Validation<V, O> = (value: V, options: O) => Promise<string | true> | string | true

/**
 * A field's own rule after Payload's built-in one (required, format): a
 * custom `validate` replaces the built-in check otherwise.
 */
export function afterBuiltIn<V, O>(builtIn: Validation<V, O>, rule: Validation<V, O>): Validation<V, O> {
  return async (value, options) => {
    const result = await builtIn(value, options)
    return result === true ? rule(value, options) : result
  }
}
