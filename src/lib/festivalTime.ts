/** Every edition so far is in Paris; dates are entered and shown in this zone. */
export const FESTIVAL_TIME_ZONE = 'Europe/Paris'

export const MINUTE_MS = 60_000
