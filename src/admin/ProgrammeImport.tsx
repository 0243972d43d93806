'use client'

import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState, type ChangeEvent } from 'react'

import type { ImportReport, ReportRow } from '@/import/report'

import { adminLanguage, COLUMN_GUIDE, IMPORT_WORDS } from './importGuide'

type State =
  | { step: 'idle' }
  | { step: 'busy'; what: string }
  | { step: 'checked'; file: File; report: ImportReport }
  | { step: 'done'; report: ImportReport }
  | { step: 'failed'; message: string }

/** What a row will do, in words: the film and slot for a planned row, the reason for a refused one. */
const rowText = (row: ReportRow) =>
  'reason' in row
    ? `${row.column ? `${row.column}: ` : ''}${row.reason}`
    : `${row.film} · ${row.venue}${row.room ? ` (${row.room})` : ''} · ${row.date} ${row.time}`

const counts = ({ summary }: ImportReport) =>
  `${summary.create} to create, ${summary.update} to update, ${summary.unchanged} unchanged, ${summary.reject} rejected`

/**
 * Programme import: the chosen CSV goes to a dry run first, whose report
 * lists each row's outcome; only a file without rejected rows can then be
 * imported (all or nothing, server side). Plus the export in the same format.
 */
export function ProgrammeImport() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const language = adminLanguage(i18n.language)
  const words = (key: keyof typeof IMPORT_WORDS) => IMPORT_WORDS[key][language]
  const router = useRouter()
  const [state, setState] = useState<State>({ step: 'idle' })
  const endpoint = `${config.routes.api}/screenings`

  async function send(file: File, dryRun: boolean): Promise<ImportReport | string> {
    const body = new FormData()
    body.append('file', file)
    try {
      const response = await fetch(`${endpoint}/import?dryRun=${dryRun}`, {
        method: 'POST',
        body,
        credentials: 'include',
      })
      // A proxy's or server's error page is not JSON: say so rather than stay "busy".
      const json = (await response.json().catch(() => ({}))) as Partial<ImportReport> & {
        errors?: { message: string }[]
      }
      if (json.rows && json.summary) return json as ImportReport
      return json.errors?.[0]?.message ?? `The import answered ${response.status}.`
    } catch {
      return 'The import could not be reached: check the connection and choose the file again.'
    }
  }

  async function check(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    if (!file) return
    setState({ step: 'busy', what: `Checking ${file.name}…` })
    const report = await send(file, true)
    setState(typeof report === 'string' ? { step: 'failed', message: report } : { step: 'checked', file, report })
  }

  async function apply(file: File) {
    setState({ step: 'busy', what: `Importing ${file.name}…` })
    const report = await send(file, false)
    if (typeof report === 'string') return setState({ step: 'failed', message: report })
    setState({ step: 'done', report })
    if (report.written) router.refresh()
  }

  const report = state.step === 'checked' || state.step === 'done' ? state.report : null
  return (
    <section
      className="programme-import"
      style={{ border: '1px solid var(--theme-elevation-150)', padding: '1rem', marginBottom: '1.5rem' }}
    >
      <h3 style={{ marginTop: 0 }}>Programme import and export (CSV)</h3>
      <p>
        <label htmlFor="programme-import-file">
          Check a CSV of screenings (nothing is saved until you import it):{' '}
        </label>
        <input
          id="programme-import-file"
          type="file"
          accept=".csv,text/csv"
          onChange={check}
          disabled={state.step === 'busy'}
        />
      </p>
      <p>
        <a className="programme-export" href={`${endpoint}/export`} download>
          Export CSV
        </a>{' '}
        of the current edition’s published programme (
        <a href={`${endpoint}/export?delimiter=semicolon`}>with semicolons</a>, for French Excel).
      </p>
      <p className="programme-import__template">
        {words('template')}:{' '}
        <a href={`${endpoint}/import-template`} download>
          {words('comma')}
        </a>{' '}
        ·{' '}
        <a href={`${endpoint}/import-template?delimiter=semicolon`} download>
          {words('semicolon')}
        </a>
        . {words('templateNote')}
      </p>
      <details className="programme-import__guide">
        <summary>{words('guide')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{words('column')}</th>
              <th scope="col">{words('required')}</th>
              <th scope="col">{words('what')}</th>
            </tr>
          </thead>
          <tbody>
            {COLUMN_GUIDE.map(({ column, required, words: what }) => (
              <tr key={column}>
                <td>
                  <code>{column}</code>
                </td>
                <td>{required ? words('yes') : words('no')}</td>
                <td>{what[language]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>{words('guideNote')}</p>
      </details>
      {state.step === 'busy' ? <p role="status">{state.what}</p> : null}
      {state.step === 'failed' ? (
        <p role="alert" className="programme-import__error">
          {state.message}
        </p>
      ) : null}
      {report ? (
        <>
          <p role="status" className="programme-import__summary">
            {state.step === 'done'
              ? report.written
                ? `Imported: ${report.summary.create} created, ${report.summary.update} updated, ${report.summary.unchanged} unchanged.`
                : `Nothing was imported: ${counts(report)}.`
              : `Dry run: ${counts(report)}.`}
          </p>
          <table className="programme-import__report">
            <thead>
              <tr>
                <th>Row</th>
                <th>Action</th>
                <th>Screening or reason</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((row, index) => (
                <tr key={`${row.row}-${index}`} className={`programme-import__row--${row.action}`}>
                  <td>{row.row}</td>
                  <td>{row.action}</td>
                  <td>{rowText(row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {state.step === 'checked' ? (
            report.summary.reject === 0 ? (
              <Button onClick={() => apply(state.file)}>Import</Button>
            ) : (
              <p>Fix the rejected rows and choose the file again: the import saves every row or none.</p>
            )
          ) : null}
        </>
      ) : null}
    </section>
  )
}
