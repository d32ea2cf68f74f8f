#!/usr/bin/env bash
# Entry point of the npm scripts: installs what is missing, compiles, then runs the command.
set -euo pipefail
cd "$(dirname "$0")/.."
cmd="${1:-start}"
shift || true

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing dependencies (npm ci)..."
  npm ci --no-audit --no-fund
fi
npx tsc -p tsconfig.build.json
# The leaders' console (apps/console), served by the API under /console.
npx vite build --config apps/console/vite.config.ts --logLevel error

case "$cmd" in
  start | seed | migrate | temporal | faults | bench) exec node "dist/scripts/$cmd.js" "$@" ;;
  test)
    npx tsc -p tsconfig.json --noEmit
    npx tsc -p apps/console/tsconfig.json
    exec node dist/scripts/test.js "$@"
    ;;
  *)
    echo "unknown command: $cmd" >&2
    exit 2
    ;;
esac
