import slugify from 'slugify'

/**
 * URL slug for festival names and titles. The `vi` locale maps đ/Đ to d,
 * which plain NFD stripping leaves untouched (`Mưa Đỏ` → `mua-do`).
 */
export function toSlug(value: string): string {
  return slugify(value, { lower: true, strict: true, locale: 'vi', trim: true })
}

/** Name without diacritics, case kept: `Đặng Thái Huyền` → `Dang Thai Huyen`. */
export function toUnaccented(value: string): string {
  return slugify(value, { lower: false, strict: false, locale: 'vi', replacement: ' ', trim: true })
}
