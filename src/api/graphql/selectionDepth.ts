import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql'

class FragmentCycle extends Error {}

/**
 * How deeply a document's selections nest, fragments expanded, or the name
 * of a fragment that spreads itself (it would expand forever: Payload's
 * complexity rule overflows the stack on one before validation reports it).
 */
export function selectionDepth(document: DocumentNode): { depth: number } | { cycle: string } {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  // Each fragment's depth once: a fragment spread twice in each of many fragments would otherwise take exponential time.
  const fragmentDepths = new Map<string, number>()
  const expanding = new Set<string>()

  const fragmentDepth = (name: string): number => {
    const known = fragmentDepths.get(name)
    if (known !== undefined) return known
    if (expanding.has(name)) throw new FragmentCycle(name)
    expanding.add(name)
    const depth = depthOf(fragments.get(name)?.selectionSet)
    expanding.delete(name)
    fragmentDepths.set(name, depth)
    return depth
  }
  // Recursion is bounded by the document: the parser's token limit caps its nesting.
  const depthOf = (set: SelectionSetNode | undefined): number => {
    let deepest = 0
    for (const selection of set?.selections ?? []) {
      const depth =
        selection.kind === Kind.FIELD
          ? 1 + depthOf(selection.selectionSet)
          : selection.kind === Kind.INLINE_FRAGMENT
            ? depthOf(selection.selectionSet)
            : fragmentDepth(selection.name.value)
      deepest = Math.max(deepest, depth)
    }
    return deepest
  }

  try {
    let deepest = 0
    for (const definition of document.definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION) deepest = Math.max(deepest, depthOf(definition.selectionSet))
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        deepest = Math.max(deepest, fragmentDepth(definition.name.value))
    }
    return { depth: deepest }
  } catch (error) {
    if (error instanceof FragmentCycle) return { cycle: error.message }
    throw error
  }
}
