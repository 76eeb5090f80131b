#!/usr/bin/env bash
# Runs every test of DigestGen: unit, integration on fixture sites, HTML validation and
# browser tests. Installs what the tests need where it can (Debian's chromium for browser
# tests, Java and the npm package vnu-jar for HTML validation), then `dotnet test`.
# Ends with the plain line "N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

source tests/install-deps.sh

# The native (AOT) binary, published once, then run by tests/DigestGen.Tests/Native against the JIT's output.
# DIGESTGEN_NATIVE is set even when the publish fails, so those tests fail rather than skip.
if command -v clang >/dev/null 2>&1; then
  echo "publishing the native (AOT) binary for its tests"
  native_flags=()
  # The profile targets AVX2 (what the benchmarks run on); a machine without it gets the baseline.
  grep -qw avx2 /proc/cpuinfo || native_flags+=(-p:IlcInstructionSet=)
  mkdir -p tests/.tools
  if ! dotnet publish src/DigestGen/DigestGen.csproj -p:PublishProfile=Native "${native_flags[@]}" \
      -o tests/.tools/native -v q --nologo > tests/.tools/native-publish.log 2>&1; then
    echo "warning: the native publish failed; its tests will fail. The end of tests/.tools/native-publish.log:"
    tail -20 tests/.tools/native-publish.log
  fi
  export DIGESTGEN_NATIVE="$ROOT/tests/.tools/native/DigestGen"
fi

LOG=$(mktemp)
dotnet test DigestGen.sln -c Release --nologo "$@" 2>&1 | tee "$LOG"
status=${PIPESTATUS[0]}

# dotnet test prints one summary per test assembly:
#   Passed!  - Failed:     0, Passed:    10, Skipped:     0, Total:    10, ...
passed=$(grep -Eo 'Passed: +[0-9]+' "$LOG" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$LOG" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$LOG" | awk '{s+=$2} END {print s+0}')
rm -f "$LOG"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1   # the build or the runner failed before reporting: count it, never report green
fi
# Skipped tests (benchmarks that need a 10,000-article site) are reported on their own line, so the
# last line is exactly what CI reads.
[ "$skipped" -gt 0 ] && echo "($skipped skipped: they run only when their environment variable points at a site)"
echo "$passed passed, $failed failed"
if [ "$passed" -eq 0 ] || [ "$failed" -ne 0 ] || [ "$status" -ne 0 ]; then
  exit 1
fi
