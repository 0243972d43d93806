'use client'
import { useState } from 'react'

type Props = { url: string; embed: string | null; title: string; label: string; notice: string }

/**
 * A trailer that loads nothing from its host until the visitor presses play.
 * Without JavaScript, or for a host that is not embedded, it is a link to the trailer.
 */
export function TrailerPlayer({ url, embed, title, label, notice }: Props) {
  const [playing, setPlaying] = useState(false)
  if (playing && embed) {
    return (
      <div className="trailer">
        <iframe
          src={embed}
          title={title}
          allow="autoplay; fullscreen; picture-in-picture"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
        />
      </div>
    )
  }
  return (
    <p className="trailer-link">
      <a
        className="button"
        href={url}
        onClick={(event) => {
          if (!embed) return
          event.preventDefault()
          setPlaying(true)
        }}
      >
        {label}
      </a>{' '}
      {embed ? <span className="hint">{notice}</span> : null}
    </p>
  )
}
