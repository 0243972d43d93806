/**
 * Reading and writing the programme CSV (format: ./format.ts). Only the
 * table: header check and line numbers here, cell meaning in ./rows.ts.
 */
import { CsvError, parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'

import { COLUMNS, REQUIRED_COLUMNS, isColumn, normalizeHeader, type Column } from './format'

export type Problem = { row: number; column?: string; reason: string }

/** A data row: its line in the file (header = 1) and its cells by column. Absent columns are absent keys. */
export type RawRow = { row: number; cells: Partial<Record<Column, string>> }

export type Table = { delimiter: ',' | ';'; columns: Column[]; rows: RawRow[]; problems: Problem[] }

export type ReadResult = { ok: true; table: Table } | { ok: false; problem: Problem }

/** Bytes → text: UTF-8 only (a Windows-1252 export would garble every Vietnamese title). */
export function decode(input: string | Uint8Array): string | null {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '')
  try {
    // fatal: invalid UTF-8 throws instead of turning into U+FFFD; the BOM is dropped.
    return new TextDecoder('utf-8', { fatal: true }).decode(input)
  } catch {
    return null
  }
}

/** The delimiter the header line uses most, outside quotes: `;` for French Excel, else `,`. */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0
  let semicolons = 0
  let quoted = false
  for (const char of text) {
    if (char === '"') quoted = !quoted
    else if (!quoted && char === '\n') break
    else if (!quoted && char === ',') commas++
    else if (!quoted && char === ';') semicolons++
  }
  return semicolons > commas ? ';' : ','
}

type Parsed = { record: string[]; info: { lines: number } }

function records(text: string, delimiter: string): Parsed[] {
  return parse(text, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as Parsed[]
}

/**
 * Parses a whole file. A file that cannot be read as a table (not UTF-8,
 * broken quotes, bad header) gives one problem; row-level problems (extra
 * cells) are collected so every other row can still be checked.
 */
export function readTable(input: string | Uint8Array): ReadResult {
  const decoded = decode(input)
  if (decoded === null)
    return { ok: false, problem: { row: 1, reason: 'The file is not UTF-8 text. In Excel, save it as "CSV UTF-8".' } }
  // One line ending (csv-parse counts CRLF inside quotes as two lines) and
  // composed Unicode (macOS writes "Mưa Đỏ" decomposed), so titles compare equal.
  const text = decoded.replace(/\r\n?/g, '\n').normalize('NFC')
  if (!text.trim())
    return {
      ok: false,
      problem: { row: 1, reason: 'The file is empty: it needs a header row and at least one screening.' },
    }
  const delimiter = detectDelimiter(text)

  let parsed: Parsed[]
  try {
    parsed = records(text, delimiter)
  } catch (error) {
    if (error instanceof CsvError) {
      const row = typeof error.lines === 'number' ? error.lines : 1
      return { ok: false, problem: { row, reason: `Not readable as CSV: ${error.message}` } }
    }
    throw error
  }

  const [header, ...body] = parsed
  const names = header.record.map(normalizeHeader)
  const headerProblem = checkHeader(names)
  if (headerProblem) return { ok: false, problem: headerProblem }

  const columns = names.filter(isColumn)
  const rows: RawRow[] = []
  const problems: Problem[] = []
  for (const { record, info } of body) {
    // A quoted cell may span lines: the row starts where the record does.
    const row = info.lines - record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0)
    if (record.every((cell) => !cell.trim())) continue // Excel's ";;;;" lines
    const cells: Partial<Record<Column, string>> = {}
    // A short row (Excel drops trailing empty cells) has empty cells, not absent columns.
    names.forEach((name, index) => {
      if (isColumn(name)) cells[name] = unescapeFormula(record[index] ?? '')
    })
    record.forEach((cell, index) => {
      if (!isColumn(names[index] ?? '') && cell.trim())
        problems.push({ row, reason: `Cell ${index + 1} ("${cell.trim()}") has no column name in the header row.` })
    })
    rows.push({ row, cells })
  }
  if (rows.length === 0 && problems.length === 0)
    return { ok: false, problem: { row: 1, reason: 'The file has a header row but no screenings.' } }
  return { ok: true, table: { delimiter, columns, rows, problems } }
}

function checkHeader(names: string[]): Problem | null {
  const unknown = names.filter((name) => name && !isColumn(name))
  if (unknown.length) {
    return {
      row: 1,
      reason: `Unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `"${n}"`).join(', ')}. The columns are: ${COLUMNS.join(', ')}.`,
    }
  }
  const repeated = names.filter((name, index) => name && names.indexOf(name) !== index)
  if (repeated.length) return { row: 1, reason: `Column "${repeated[0]}" appears more than once in the header row.` }
  const missing = REQUIRED_COLUMNS.filter((column) => !names.includes(column))
  if (missing.length)
    return { row: 1, reason: `The header row lacks ${missing.join(', ')} (required). Is the first line the header?` }
  return null
}

export type CsvRecord = Record<Column, string>

/** What a spreadsheet reads as the start of a formula (csv-stringify's `escape_formulas` list, full-width forms included). */
const FORMULA_START = /^'(?=[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/

/** A cell the export protected with a leading `'` reads back as written before. */
const unescapeFormula = (cell: string) => cell.replace(FORMULA_START, '')

/**
 * Writes rows in the import format: every column, in order, CRLF line ends
 * and a byte-order mark so Excel opens it as UTF-8. A cell an editor typed as
 * `=HYPERLINK(…)` (a room, say) would run as a formula in the programmer's
 * spreadsheet (OWASP "CSV injection"): such cells start with `'`, which
 * spreadsheets hide and the import removes.
 */
export function writeTable(rows: CsvRecord[], delimiter: ',' | ';' = ','): string {
  return stringify(rows, {
    header: true,
    columns: [...COLUMNS],
    delimiter,
    record_delimiter: 'windows',
    bom: true,
    escape_formulas: true,
  })
}
