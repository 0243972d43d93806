import type http from 'node:http'

import { interceptServerRequests } from './serverRequests'

/**
 * Appends the socket's address to every request's X-Forwarded-For before
 * Next sees it. Route handlers get no socket (Next 15 dropped `request.ip`),
 * and Next records the address itself only when the client sent no
 * X-Forwarded-For, so a client could otherwise choose its own. With the
 * socket last, src/api/v1/clientAddress.ts can count hops from the right
 * (TRUSTED_PROXY_HOPS).
 */
function appendPeer(request: http.IncomingMessage): boolean {
  const peer = request.socket.remoteAddress
  if (peer) {
    const forwarded = request.headers['x-forwarded-for']
    request.headers['x-forwarded-for'] = forwarded ? `${String(forwarded)}, ${peer}` : peer
  }
  return false
}

export const recordPeerAddress = (): void => interceptServerRequests(appendPeer)
