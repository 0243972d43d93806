import { Kind, visit, type DocumentNode, type ValueNode } from 'graphql'

/** The least value each paging argument of Payload's list queries takes. */
const LEAST: Record<string, number> = { page: 1, limit: 0 }

function valueOf(node: ValueNode, variables: Readonly<Record<string, unknown>>): unknown {
  if (node.kind === Kind.INT) return Number(node.value)
  if (node.kind === Kind.VARIABLE) return variables[node.name.value]
  return undefined
}

/**
 * Why a page below 1 or a negative limit cannot be asked for, or nothing:
 * Payload passes them to SQL as a negative OFFSET or LIMIT, which PostgreSQL
 * refuses (an error inside a 200 answer, and a failed query in the logs).
 */
export function pagingOutOfRange(
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>>,
): string | undefined {
  const problems: string[] = []
  visit(document, {
    [Kind.ARGUMENT]: (node) => {
      const least = LEAST[node.name.value]
      if (least === undefined) return
      const value = valueOf(node.value, variables)
      if (typeof value === 'number' && value < least)
        problems.push(`${node.name.value}: must be ${least} or more, not ${value}.`)
    },
  })
  return problems[0]
}
