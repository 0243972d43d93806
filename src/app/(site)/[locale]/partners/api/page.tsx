import type { Metadata } from 'next'
import type { OpenAPIV3_1 } from 'openapi-types'

import { curlExample, exampleUrl, fetchExample } from '@/api/v1/examples'
import { openApiDocument } from '@/api/v1/openapi'
import { env } from '@/env'
import { getMessages } from '@/i18n/messages'
import { FESTIVAL_TIME_ZONE } from '@/lib/festivalTime'
import { localeOf, localeStaticParams, type LocaleParams } from '@/i18n/params'
import { routes } from '@/i18n/routes'
import { pageMetadata } from '@/seo/metadata'
import { webhookMessage } from '@/webhooks/message'

export const generateStaticParams = localeStaticParams
export const revalidate = 3600

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await localeOf(params)
  return pageMetadata({
    locale,
    path: routes.partnerApi,
    title: 'Partner API · Film Week',
    description: 'Read-only feed of the festival programme for cinemas, press and ticketing sites.',
  })
}

/** How a receiver checks a delivery, with the reference library of the specification. */
const VERIFY_EXAMPLE = `import { Webhook } from 'standardwebhooks' // npm install standardwebhooks

const webhook = new Webhook(process.env.FILM_WEEK_WEBHOOK_SECRET) // whsec_…

// Node's http server; any framework works if you keep the raw body.
export async function receive(req, res) {
  const body = await new Response(req).text() // the raw bytes, before any JSON parsing
  try {
    const event = webhook.verify(body, req.headers) // throws on a bad signature or an old timestamp
    res.writeHead(204).end()
    for (const url of event.data.urls) await refresh(url) // fetch the public answers again
  } catch {
    res.writeHead(400).end()
  }
}`

type Parameter = OpenAPIV3_1.ParameterObject
const isParameter = (value: Parameter | OpenAPIV3_1.ReferenceObject): value is Parameter => 'in' in value

/**
 * Documentation for partners, generated from the same OpenAPI document as
 * /api/v1/openapi.json (itself generated from the zod schemas). Written in
 * English, the language of the API's field names.
 */
export default async function PartnerApiPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params)
  const t = getMessages(locale).webhooks
  const document = openApiDocument() as OpenAPIV3_1.Document
  const base = new URL('/api/v1', env().SERVER_URL).toString()
  const example = webhookMessage(
    {
      id: 'b1f7c2e4-5d3a-4c61-9f0e-2a8d7e6c4b10',
      change: 'publish',
      collection: 'films',
      docId: 1,
      slug: 'mua-do',
      tags: [],
      at: '2025-12-13T19:00:00.000Z',
    },
    env().SERVER_URL,
  )
  return (
    <article className="api-docs" lang="en">
      <h1>Partner API</h1>
      <p className="lede">{document.info.description}</p>
      <ul>
        <li>
          Base URL: <code>{base}</code>. Machine-readable description:{' '}
          <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).
        </li>
        <li>
          Anonymous use works, limited per IP address. With a partner key, send{' '}
          <code>Authorization: users API-Key &lt;your key&gt;</code> for a higher limit; keys are read-only. A wrong key
          gets a <code>401</code> and counts against its address&apos;s anonymous limit.
        </li>
        <li>
          Every answer has an <code>ETag</code>: send it back as <code>If-None-Match</code> and an unchanged answer
          costs a <code>304</code> without a body. An answer may be kept 30 seconds (<code>Cache-Control</code>); right
          after a publication, a query asked before gets its previous answer until the new one is built, usually within
          a second. Limits are announced in <code>RateLimit-Limit</code>, <code>RateLimit-Remaining</code> and{' '}
          <code>RateLimit-Reset</code>; past them you get <code>429</code> with <code>Retry-After</code>.
        </li>
        <li>
          Times are ISO 8601 with the {FESTIVAL_TIME_ZONE} offset. Errors are JSON:{' '}
          <code>{'{ "error": { "status", "message", "issues": [{ "parameter", "message" }] } }'}</code>.
        </li>
      </ul>
      {Object.entries(document.paths ?? {}).map(([path, item]) => {
        const operation = item?.get
        if (!operation) return null
        const parameters = (operation.parameters ?? []).filter(isParameter)
        const url = exampleUrl(base, path)
        return (
          <section key={path} aria-labelledby={`endpoint-${path}`}>
            <h2 id={`endpoint-${path}`}>
              <code>GET {path}</code> · {operation.summary}
            </h2>
            <p>{operation.description}</p>
            {parameters.length ? (
              <table>
                <thead>
                  <tr>
                    <th scope="col">Parameter</th>
                    <th scope="col">In</th>
                    <th scope="col">Description</th>
                  </tr>
                </thead>
                <tbody>
                  {parameters.map((parameter) => (
                    <tr key={`${parameter.in}-${parameter.name}`}>
                      <td>
                        <code>{parameter.name}</code>
                      </td>
                      <td>{parameter.in}</td>
                      <td>
                        {parameter.description ??
                          (parameter.schema as OpenAPIV3_1.SchemaObject | undefined)?.description ??
                          ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            <h3>curl</h3>
            <pre>
              <code>{curlExample(url)}</code>
            </pre>
            <h3>JavaScript</h3>
            <pre>
              <code>{fetchExample(url, path.endsWith('.ics'))}</code>
            </pre>
          </section>
        )
      })}
      <section aria-labelledby="webhooks" lang={locale}>
        <h2 id="webhooks">{t.title}</h2>
        <p>{t.intro}</p>
        <p>{t.content}</p>
        <p>{t.verify}</p>
        <p>{t.retries}</p>
        <h3>{t.example}</h3>
        <pre lang="en">
          <code>{`POST /your/webhook/path
content-type: application/json
webhook-id: ${example.data.event_id}
webhook-timestamp: 1765652400
webhook-signature: v1,<base64 HMAC-SHA256>

${JSON.stringify(example, null, 2)}`}</code>
        </pre>
        <h3>{t.verifyExample}</h3>
        <pre lang="en">
          <code>{VERIFY_EXAMPLE}</code>
        </pre>
      </section>
    </article>
  )
}
