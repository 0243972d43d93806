/** Runs once when a Next server starts. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { answer503ForPagesWhileDatabaseIsDown } = await import('@/ops/pageOutage')
  answer503ForPagesWhileDatabaseIsDown()
}
