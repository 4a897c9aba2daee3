# syntax=docker/dockerfile:1
# Zabota's production image: compiled JavaScript (no tsx at run time), the dashboard prebuilt, a
# non-root user, a health check. It needs an external PostgreSQL (DATABASE_URL); see
# docker-compose.yml. scripts/build-image.sh runs these same RUN steps on a machine without a
# container engine, and test/lint/dockerfile.test.ts keeps the two in step.

FROM node:22-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build

# Runtime dependencies only: no dev tools, and no optional packages (the embedded PostgreSQL's
# binaries: the image always uses DATABASE_URL).
FROM node:22-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund

FROM node:22-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 ZABOTA_DATA_DIR=/data ZABOTA_LOG_FORMAT=json
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /src/dist/app ./
COPY package.json ./
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
# A worker (ZABOTA_ROLE=worker) does not listen: docker-compose.yml turns this check off for it.
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "src/cli/main.js", "start"]
