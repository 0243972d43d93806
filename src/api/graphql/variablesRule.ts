import { getVariableValues, type ExecutionArgs, type ValidationRule } from 'graphql'

/**
 * Reports variables that do not fit their declared types during validation.
 * Left to execution, graphql reports them as errors without an
 * `originalError`, and Payload's error formatter crashes on those (a 500).
 */
export const variablesFitTheirTypes =
  ({ operationName, variableValues }: ExecutionArgs): ValidationRule =>
  (context) => ({
    OperationDefinition(node) {
      if (operationName && node.name?.value !== operationName) return
      const { errors } = getVariableValues(context.getSchema(), node.variableDefinitions ?? [], variableValues ?? {}, {
        maxErrors: 10,
      })
      for (const error of errors ?? []) context.reportError(error)
    },
  })
