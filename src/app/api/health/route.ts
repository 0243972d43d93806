/** Liveness for load balancers: the process answers. Touches nothing else, so a database outage never restarts healthy instances. */
export function GET(): Response {
  return Response.json(
    { status: 'ok', uptimeSeconds: Math.round(process.uptime()) },
    { headers: { 'cache-control': 'no-store' } },
  )
}

export const dynamic = 'force-dynamic'
