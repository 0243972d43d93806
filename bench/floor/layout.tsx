import type { ReactNode } from 'react'

/** A root layout of its own: none of the site's layout, styles or client components. */
export default function FloorLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
