import type { PayloadRequest, TextField } from 'payload'

import { idOf } from '@/lib/relations'

/** The admin's create view of screenings: /admin/collections/screenings/create. */
const isCreateView = (req: PayloadRequest) => {
  try {
    return new URL(req.url ?? '', 'http://admin').pathname.endsWith('/collections/screenings/create')
  } catch {
    return false
  }
}

/** A field's default as a function. Payload's type leaves out `undefined`, which it reads as "no default" (getDefaultValue). */
type DefaultFn = Extract<NonNullable<TextField['defaultValue']>, (...args: never[]) => unknown>
const none = undefined as never

const param = (req: PayloadRequest, name: string) =>
  isCreateView(req) ? (req.searchParams?.get(name) ?? undefined) : undefined

/**
 * Default values read from the create view's URL (?venue=3&room=Salle%201&start=…&edition=1):
 * the planner's empty slots link there so a new screening starts where the
 * editor clicked. Only that view: an API request's parameters never fill a field.
 */
export const prefilledId =
  (name: 'edition' | 'venue'): DefaultFn =>
  ({ req }) =>
    idOf(param(req, name)) ?? none

export const prefilledRoom: DefaultFn = ({ req }) => param(req, 'room')?.trim() || none

export const prefilledStart: DefaultFn = ({ req }) => {
  const value = param(req, 'start')
  return value && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : none
}
