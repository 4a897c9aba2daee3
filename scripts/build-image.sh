#!/bin/sh
# The Dockerfile's steps, run on this machine (CI has no container engine): each stage in its own
# folder under $1 (default .tmp/image), with the same RUN commands in the same order;
# test/lint/dockerfile.test.ts fails when a RUN line of the Dockerfile is missing here.
# The result, <stage>/app, is the image's /app. With DATABASE_URL set, it is then started the way
# the image's CMD starts it and must answer its health check.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
STAGE=$(mkdir -p "${1:-$ROOT/.tmp/image}" && cd "${1:-$ROOT/.tmp/image}" && pwd)
rm -rf "$STAGE/build" "$STAGE/deps" "$STAGE/app"
mkdir -p "$STAGE/build" "$STAGE/deps" "$STAGE/app"

echo "== stage build"
cd "$STAGE/build"
cp "$ROOT/package.json" "$ROOT/package-lock.json" .
npm ci --ignore-scripts --no-audit --no-fund
# COPY . . — the tracked files, which is what .dockerignore leaves of a clean checkout.
git -C "$ROOT" ls-files -z | (cd "$ROOT" && xargs -0 tar -cf -) | tar -xf -
npm run build

echo "== stage deps"
cd "$STAGE/deps"
cp "$ROOT/package.json" "$ROOT/package-lock.json" .
npm ci --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund

echo "== final stage"
cd "$STAGE/app"
cp -R "$STAGE/deps/node_modules" ./node_modules
cp -R "$STAGE/build/dist/app/." .
cp "$ROOT/package.json" .
mkdir -p "$STAGE/data"
echo "/app would hold $(du -sh "$STAGE/app" | cut -f1) (node_modules $(du -sh "$STAGE/app/node_modules" | cut -f1)), on top of node:22-bookworm-slim"

if [ -n "${DATABASE_URL:-}" ]; then
  echo "== starting it as the image's CMD does, with ZABOTA_ROLE=${ZABOTA_ROLE:-all}"
  PORT=${PORT:-3999} HOST=127.0.0.1 NODE_ENV=production ZABOTA_DATA_DIR="$STAGE/data" ZABOTA_LOG_FORMAT=json \
    node src/cli/main.js start &
  PID=$!
  trap 'kill $PID 2>/dev/null || true' EXIT
  PORT=${PORT:-3999} node -e "
    const until = Date.now() + 60000;
    const probe = () => fetch('http://127.0.0.1:' + process.env.PORT + '/healthz')
      .then((r) => { if (!r.ok) throw new Error(String(r.status)); console.log('healthz: ' + r.status); })
      .catch((e) => { if (Date.now() > until) { console.error('no health: ' + e.message); process.exit(1); } return new Promise((ok) => setTimeout(ok, 500)).then(probe); });
    probe();"
fi
