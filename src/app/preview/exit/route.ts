import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

/** Leaves draft mode and returns to the published page. */
export async function GET(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  const path = new URL(request.url).searchParams.get('path')
  redirect(path && /^\/[a-z]{2}(\/[a-z0-9-/]*)?$/.test(path) ? path : '/')
}
