import { env } from '@/env'

import { LivePreviewListener } from './LivePreviewListener'

/** Tells an editor they are looking at drafts, and how to leave. Rendered only in draft mode. */
export function PreviewBanner({ home }: { home: string }) {
  return (
    <div className="preview-banner" role="status">
      Preview: drafts are shown. <a href={`/preview/exit?path=${encodeURIComponent(home)}`}>Leave preview</a>
      <LivePreviewListener serverURL={env().SERVER_URL} />
    </div>
  )
}
