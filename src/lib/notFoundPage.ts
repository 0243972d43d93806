/**
 * The 404 page as a whole HTML document, for paths no route knows. Next
 * sends a page's notFound() rendered at request time as an empty shell that
 * only JavaScript fills in (vercel/next.js#62228), so unknown paths are
 * answered by a route handler with this: readable without JavaScript, in
 * the page's language, status 404.
 */
import type { Locale } from '@/i18n/locales'
import { getMessages } from '@/i18n/messages'
import { routes } from '@/i18n/routes'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

// The site's colours, inline: the page has no access to the hashed stylesheet of the build.
const STYLE =
  'body{font-family:system-ui,sans-serif;line-height:1.6;margin:0;color:#1b1614;background:#fbf8f4}header,main{max-width:40rem;margin:0 auto;padding:1rem}a{color:#a3261b}header a{font-weight:600;text-decoration:none}label{display:block}input,button{font:inherit;padding:.3rem .5rem}:focus-visible{outline:3px solid #a3261b;outline-offset:2px}'

export function notFoundDocument(locale: Locale, siteName: string): string {
  const t = getMessages(locale)
  const e = escapeHtml
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${e(`${t.notFound.title} · ${siteName}`)}</title>
<link rel="icon" href="/icon.svg" type="image/svg+xml">
<style>${STYLE}</style>
</head>
<body>
<header><a href="${routes.home(locale)}">${e(siteName)}</a></header>
<main>
<h1>${e(t.notFound.title)}</h1>
<p>${e(t.notFound.body)}</p>
<ul>
<li><a href="${routes.home(locale)}">${e(t.notFound.home)}</a></li>
<li><a href="${routes.programme(locale)}">${e(t.nav.programme)}</a></li>
</ul>
<form role="search" method="get" action="${routes.search(locale)}">
<label for="q">${e(t.search.label)}</label>
<input id="q" name="q" type="search">
<button type="submit">${e(t.search.submit)}</button>
</form>
</main>
</body>
</html>
`
}
