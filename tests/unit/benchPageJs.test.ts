import { pageJsCheck } from '../../bench/results'

const floor = 120 * 1024

test('a page may load the framework floor plus the allowance, and not a byte more', () => {
  expect(pageJsCheck('home', floor + 10 * 1024, floor, 10).met).toBe(true)
  expect(pageJsCheck('home', floor + 10 * 1024 + 1, floor, 10).met).toBe(false)
})

test('says the limit and how far over the floor a page is', () => {
  const check = pageJsCheck('film', floor + 3 * 1024, floor, 10)
  expect(check.budget).toBe('film: JavaScript ≤ floor + 10 kB gzip (130 kB)')
  expect(check.value).toBe('123 kB (floor 120 kB + 3 kB)')
})

test('is not met when the floor was not measured', () => {
  const check = pageJsCheck('home', 1024, null, 10)
  expect(check.met).toBe(false)
  expect(check.value).toMatch(/floor not measured/)
})
