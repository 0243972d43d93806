/**
 * A multipart/form-data body that cannot be read (empty, cut short, or with
 * parts that do not use the boundary its Content-Type names) made Payload's
 * upload parser and Next's form handling throw, answered as a 500.
 */
const rejected = (message: string) =>
  Response.json({ errors: [{ message }] }, { status: 400, headers: { 'cache-control': 'no-store' } })

export const isMultipart = (contentType: string | null) => /^\s*multipart\/form-data\s*;/i.test(contentType ?? '')

/**
 * The form a multipart request carries, read from a copy of the request (the
 * handler behind still reads the original), or the 400 that refuses it.
 * Undici's parser, the one Next uses for forms, is the stricter of the two
 * Payload and Next use: what it reads, busboy (Payload's) reads too, but for
 * part headers past 16 kB, which the REST check refuses by their names' length.
 */
export async function readMultipart(request: Request): Promise<FormData | Response> {
  try {
    return await request.clone().formData()
  } catch {
    return rejected(
      'The multipart/form-data body could not be read: it is empty, cut short, or its parts do not use the boundary named in its Content-Type.',
    )
  }
}
