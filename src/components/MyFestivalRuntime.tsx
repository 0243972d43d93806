'use client'
import { useEffect } from 'react'

import { CHANGED, readSaved, writeSaved } from '@/myFestival/saved'

/** Stars and the header's count follow the saved list; one listener for every star on the page. */
function sync() {
  const saved = new Set(readSaved())
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-save]')) {
    button.hidden = false
    button.setAttribute('aria-pressed', String(saved.has(Number(button.dataset.save))))
  }
  for (const count of document.querySelectorAll<HTMLElement>('[data-saved-count]'))
    count.textContent = saved.size ? ` (${saved.size})` : ''
}

function onClick(event: MouseEvent) {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-save]')
  if (!button) return
  const id = Number(button.dataset.save)
  const saved = readSaved()
  writeSaved(saved.includes(id) ? saved.filter((item) => item !== id) : [...saved, id])
}

/** Mounted once in the layout; renders nothing. Every page is a full load (plain links), so it starts once per page. */
export function MyFestivalRuntime() {
  useEffect(() => {
    sync()
    document.addEventListener('click', onClick)
    window.addEventListener(CHANGED, sync)
    // Another tab saved or removed a screening.
    window.addEventListener('storage', sync)
    return () => {
      document.removeEventListener('click', onClick)
      window.removeEventListener(CHANGED, sync)
      window.removeEventListener('storage', sync)
    }
  }, [])
  return null
}
