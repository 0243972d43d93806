import { filmCalendarFile, programmeCalendarFile } from './calendars'
import { edition, film, films, person, quotes } from './content'
import { post, posts } from './posts'
import { programme } from './programme'

/** Every /api/v1 endpoint: the OpenAPI document and the partner docs page are built from this list. */
export const ENDPOINTS = [
  programme,
  programmeCalendarFile,
  films,
  film,
  filmCalendarFile,
  person,
  quotes,
  edition,
  posts,
  post,
]

export { edition, film, filmCalendarFile, films, person, post, posts, programme, programmeCalendarFile, quotes }
