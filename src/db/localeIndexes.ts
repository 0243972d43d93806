import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'

type SchemaHook = NonNullable<PostgresAdapterArgs['beforeSchemaInit']>[number]

/**
 * Payload gives each `*_locales` table one index, unique on (_locale,
 * _parent_id), but reads a document's translations (and those of its array
 * rows) by `_parent_id` alone: PostgreSQL then scans the whole locales table
 * once per row read, which grows with the data. An index on `_parent_id`
 * makes each lookup an index scan.
 */
export const indexLocaleParents: SchemaHook = ({ adapter, schema }) => {
  for (const table of Object.values(adapter.rawTables)) {
    const indexes = Object.values(table.indexes ?? {})
    const localeParent = indexes.some((index) => Array.isArray(index.on) && index.on.join() === '_locale,_parentID')
    if (localeParent && table.indexes)
      table.indexes._parentIdx = { name: `${table.name}_parent_id_idx`, on: '_parentID' }
  }
  return schema
}
