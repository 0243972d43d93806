import { singleFlight } from '@/lib/singleFlight'

test('concurrent calls for one key run the work once and share its result', async () => {
  const once = singleFlight<number>()
  let runs = 0
  const work = async () => {
    runs++
    await new Promise((resolve) => setTimeout(resolve, 20))
    return runs
  }
  const results = await Promise.all([once('programme', work), once('programme', work), once('programme', work)])
  expect(results).toEqual([1, 1, 1])
  expect(runs).toBe(1)
})

test('different keys run separately, and a settled key runs again', async () => {
  const once = singleFlight<string>()
  let runs = 0
  const work = (value: string) => async () => {
    runs++
    return value
  }
  expect(await Promise.all([once('a', work('a')), once('b', work('b'))])).toEqual(['a', 'b'])
  expect(await once('a', work('again'))).toBe('again')
  expect(runs).toBe(3)
})

test('a failure reaches every waiting caller and is not kept', async () => {
  const once = singleFlight<string>()
  const failing = () => Promise.reject(new Error('database away'))
  await expect(Promise.all([once('k', failing), once('k', failing)])).rejects.toThrow('database away')
  await expect(once('k', async () => 'recovered')).resolves.toBe('recovered')
})
