#!/usr/bin/env bash
# Installs Debian's Chromium for the browser e2e test when /usr/bin/chromium is missing.
# Playwright's own browser download does not work on these machines; the Debian package does.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-chromium: /usr/bin/chromium is missing and this is not root (no sudo); install Debian's chromium package." >&2
    exit 1
  fi
fi

echo "install-chromium: installing Debian chromium (once)..."
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
/usr/bin/chromium --version
