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

case "$cmd" in
  start | seed | migrate | temporal | faults) exec node "dist/scripts/$cmd.js" "$@" ;;
  test)
    npx tsc -p tsconfig.json --noEmit
    exec node dist/scripts/test.js "$@"
    ;;
  *)
    echo "unknown command: $cmd" >&2
    exit 2
    ;;
esac
