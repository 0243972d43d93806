import { passwordProblem } from '@/collections/Users/passwordPolicy'

test.each([
  ['short-pw', 'x@filmweek.test', /12 characters/],
  ['editor@filmweek.test', 'editor@filmweek.test', /email/],
  ['editor-filmweek', 'editor-filmweek@filmweek.test', /email/],
  ['Password1234', 'x@filmweek.test', /common/],
  ['zzzzzzzzzzzzzz', 'x@filmweek.test', /common/],
])('%s is refused', (password, email, message) => {
  expect(passwordProblem(password, email)).toMatch(message)
})

test('a passphrase is accepted, with or without a known email', () => {
  expect(passwordProblem('plum-harbour-lantern-42', 'x@filmweek.test')).toBeNull()
  expect(passwordProblem('plum-harbour-lantern-42')).toBeNull()
})
