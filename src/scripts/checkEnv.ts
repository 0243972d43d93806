/**
 * Imported first by a script whose other imports read the environment as
 * they load (the Payload config): a bad variable gets its name printed and
 * exit 1, not a stack trace.
 */
import { envOrExit } from '@/env'

envOrExit()
