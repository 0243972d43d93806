# syntax=docker/dockerfile:1
# The app image of the production-like compose profile (docker-compose.yml,
# README "Production-like stack"). `next build` prerenders pages from the
# database, which `docker build` cannot reach: the image holds the code and
# its dependencies, and the compose `build` service runs `next build` once
# into a volume that every instance then starts from.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# Dev dependencies too: next build needs TypeScript, and tsx runs the migrations and the cache handler.
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS app
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --chown=node:node . .
# The build volume is mounted here; owned by node so a fresh volume is writable.
RUN mkdir -p .next && chown node:node .next
USER node
EXPOSE 3000
CMD ["node_modules/.bin/next", "start", "-H", "0.0.0.0", "-p", "3000"]
