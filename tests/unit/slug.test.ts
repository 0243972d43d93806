import { toSlug, toUnaccented } from '@/lib/slug'

test.each([
  ['Mưa Đỏ', 'mua-do'],
  ['ĐẶNG THÁI HUYỀN', 'dang-thai-huyen'],
  ['đường về nhà', 'duong-ve-nha'],
  ['Quảng Trị – Thành cổ (1972)', 'quang-tri-thanh-co-1972'],
  ['Ngọn hải đăng giữa đồng', 'ngon-hai-dang-giua-dong'],
  ['  Ánh sáng  ', 'anh-sang'],
  ['Liberté, égalité', 'liberte-egalite'],
])('toSlug(%j) is %j', (input, expected) => {
  expect(toSlug(input)).toBe(expected)
})

test('đ and Đ become d, which plain NFD stripping would keep', () => {
  const naive = 'Đỏ'.normalize('NFD').replace(/\p{Diacritic}/gu, '')
  expect(naive).toBe('Đo')
  expect(toSlug('Đỏ')).toBe('do')
})

test('toUnaccented keeps case, spaces and hyphens', () => {
  expect(toUnaccented('Đặng Thái Huyền')).toBe('Dang Thai Huyen')
  expect(toUnaccented('Alain-Cyril Barioz')).toBe('Alain-Cyril Barioz')
})
