'use client'
import { FieldDescription, FieldError, FieldLabel, ReactSelect, useField, useTranslation } from '@payloadcms/ui'
import type { TextFieldClientComponent, TextFieldClientProps } from 'payload'
import { useMemo } from 'react'

type Kind = 'region' | 'language'
type Option = { label: string; value: string }

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'
/** Two-letter codes Intl names, excluding groupings that are not countries (EU, UN, QO…). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ'])

/**
 * Every ISO 3166 country (upper case) or ISO 639-1 language (lower case) code
 * the browser's Intl knows, named in the admin's language: "Việt Nam (VN)",
 * "Vietnamese (vi)". Stored as the code, as before.
 */
function optionsFor(kind: Kind, language: string): Option[] {
  const names = new Intl.DisplayNames([language, 'en'], { type: kind, fallback: 'none' })
  const codes = [...LETTERS].flatMap((a) =>
    [...LETTERS].map((b) => (kind === 'region' ? `${a}${b}`.toUpperCase() : `${a}${b}`)),
  )
  return codes
    .flatMap((code) => {
      const name = kind === 'region' && NOT_COUNTRIES.has(code) ? undefined : names.of(code)
      return name && name !== code ? [{ label: `${name} (${code})`, value: code }] : []
    })
    .sort((a, b) => a.label.localeCompare(b.label, language))
}

/** A searchable multi-select over country or language codes, for a `text` field with `hasMany`. */
function CodesField({ field, path: pathFromProps, readOnly, kind }: TextFieldClientProps & { kind: Kind }) {
  const { i18n } = useTranslation()
  const path = pathFromProps ?? field.name
  const { value, setValue, showError, disabled } = useField<string[]>({ path })
  const options = useMemo(() => optionsFor(kind, i18n.language), [kind, i18n.language])
  const selected = (value ?? []).map(
    (code) => options.find((option) => option.value === code) ?? { label: code, value: code },
  )
  return (
    <div
      className={`field-type text codes-field${showError ? ' error' : ''}`}
      id={`field-${path.replace(/\./g, '__')}`}
    >
      <FieldLabel label={field.label} path={path} required={field.required} />
      <div className="field-type__wrap">
        <FieldError path={path} showError={showError} />
        <ReactSelect
          inputId={`field-input-${path.replace(/\./g, '__')}`}
          isMulti
          isClearable={false}
          isSearchable
          disabled={readOnly || disabled}
          options={options}
          value={selected}
          showError={showError}
          onChange={(next) =>
            setValue((Array.isArray(next) ? next : next ? [next] : []).map((option) => String(option.value)))
          }
        />
      </div>
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}

export const CountriesField: TextFieldClientComponent = (props) => <CodesField {...props} kind="region" />
export const LanguagesField: TextFieldClientComponent = (props) => <CodesField {...props} kind="language" />
