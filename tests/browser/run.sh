#!/usr/bin/env bash
# ctest "browser" (label: browser; skip locally with `ctest -LE browser`): installs puppeteer-core from
# package-lock.json (npm ci, only when the lock changed) and runs run.mjs in Debian's Chromium against
# the real `pushback serve`. scripts/bootstrap installs chromium, node and npm.
#   tests/browser/run.sh PUSHBACK_BINARY SCREENSHOT_DIR
set -euo pipefail
cd "$(dirname "$0")"
command -v node >/dev/null && command -v npm >/dev/null ||
  { echo "browser tests: node and npm are missing (scripts/bootstrap installs them)" >&2; exit 1; }
chromium=${CHROMIUM:-/usr/bin/chromium}
[ -x "$chromium" ] || { echo "browser tests: no Chromium at $chromium (scripts/bootstrap installs Debian's)" >&2; exit 1; }
if ! cmp -s package-lock.json node_modules/.pushback-lock 2>/dev/null; then
  # puppeteer-core never downloads a browser; these keep every other package's scripts quiet too.
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.pushback-lock
fi
exec node --test-reporter=spec run.mjs "$@"
