import { filmCalendarFile, programmeCalendarFile } from './calendars'
import { edition, film, films, person, quotes } from './content'
import { programme } from './programme'

/** Every /api/v1 endpoint: the OpenAPI document and the partner docs page are built from this list. */
export const ENDPOINTS = [programme, programmeCalendarFile, films, film, filmCalendarFile, person, quotes, edition]

export { edition, film, filmCalendarFile, films, person, programme, programmeCalendarFile, quotes }
