#!/usr/bin/env bash
# What the test suite needs beyond the .NET SDK. Sourced by tests/run.sh; safe to run twice.
# Each tool is installed only when missing, and only where we may (root on Debian).
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v java >/dev/null 2>&1 || need_apt+=(default-jre-headless)
# The native (AOT) binary's compiler links with clang and needs zlib's headers.
command -v clang >/dev/null 2>&1 || need_apt+=(clang)
dpkg -s zlib1g-dev >/dev/null 2>&1 || need_apt+=(zlib1g-dev)
if [ ${#need_apt[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing ${need_apt[*]} for browser tests, HTML validation and the native binary"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null) \
    || echo "warning: could not install ${need_apt[*]}"
fi
# The Nu Html Checker, from npm, kept beside the tests (ignored by git).
if [ ! -f tests/.tools/node_modules/vnu-jar/build/dist/vnu.jar ] && command -v npm >/dev/null 2>&1; then
  mkdir -p tests/.tools
  (cd tests/.tools && [ -f package.json ] || echo '{"private":true}' > package.json
   npm install --silent --no-audit --no-fund vnu-jar@26.9.27 >/dev/null 2>&1) || echo "warning: could not install vnu-jar"
fi
# axe-core, injected into pages by the browser tests' accessibility checks; same folder, also ignored by git.
if [ ! -f tests/.tools/node_modules/axe-core/axe.min.js ] && command -v npm >/dev/null 2>&1; then
  mkdir -p tests/.tools
  (cd tests/.tools && [ -f package.json ] || echo '{"private":true}' > package.json
   npm install --silent --no-audit --no-fund axe-core@4.14.1 >/dev/null 2>&1) || echo "warning: could not install axe-core"
fi
export DIGESTGEN_AXE="$ROOT/tests/.tools/node_modules/axe-core/axe.min.js"
export DIGESTGEN_VNU_JAR="$ROOT/tests/.tools/node_modules/vnu-jar/build/dist/vnu.jar"
export DIGESTGEN_CHROMIUM="${DIGESTGEN_CHROMIUM:-/usr/bin/chromium}"
