#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# The README's run command: './gloss workbench' builds the Gloss workbench and starts it on a new
# workspace, which gets the sample corpus project. Started under Xvfb; passes when the sample
# project appears and the workspace log holds no error.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export NO_AT_BRIDGE=1
workspace=$(mktemp -d)
log="$workspace.out"
pid=""
# the workbench, Xvfb and xvfb-run share one new process group, so all of them end together
stop() {
  if [ -n "$pid" ]; then
    kill -- "-$pid" 2>/dev/null || true
    sleep 2
    kill -9 -- "-$pid" 2>/dev/null || true
  fi
  rm -rf "$workspace" "$log"
}
trap stop EXIT

setsid xvfb-run -a -s "-screen 0 1280x1024x24" ./gloss workbench "$workspace" >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  [ -f "$workspace/gloss-samples/.project" ] && break
  if ! kill -0 "$pid" 2>/dev/null; then
    cat "$log" >&2
    echo "the workbench exited before it was up" >&2
    exit 1
  fi
  sleep 1
done
if [ ! -f "$workspace/gloss-samples/.project" ]; then
  tail -50 "$log" >&2
  echo "no sample project after 10 minutes: the workbench did not come up" >&2
  exit 1
fi
sleep 5
ls "$workspace/gloss-samples"
if grep -q "^!ENTRY [^ ]* 4 " "$workspace/.metadata/.log" 2>/dev/null; then
  cat "$workspace/.metadata/.log" >&2
  echo "the workbench logged errors" >&2
  exit 1
fi
echo "./gloss workbench started the Gloss workbench with the sample project: OK"
