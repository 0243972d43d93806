import { env } from '@/env'
import type { Messages } from '@/i18n/messages'

import { LivePreview } from './LivePreview'

/** Tells an editor they are looking at drafts, and how to leave. Rendered only in draft mode. */
export function PreviewBanner({ home, t }: { home: string; t: Messages }) {
  return (
    <div className="preview-banner" role="status">
      {`${t.preview.banner} `}
      <a href={`/preview/exit?path=${encodeURIComponent(home)}`}>{t.preview.leave}</a>
      <LivePreview serverURL={env().SERVER_URL} />
    </div>
  )
}
