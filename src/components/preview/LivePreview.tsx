'use client'
import { lazy, Suspense } from 'react'

// A chunk of its own, fetched in draft mode only: visitors never download the live preview's code.
const Listener = lazy(() =>
  import('./LivePreviewListener').then(({ LivePreviewListener }) => ({ default: LivePreviewListener })),
)

/** Re-renders the page from the draft each time the editor's document saves (see LivePreviewListener). */
export function LivePreview({ serverURL }: { serverURL: string }) {
  return (
    <Suspense fallback={null}>
      <Listener serverURL={serverURL} />
    </Suspense>
  )
}
