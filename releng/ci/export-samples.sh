#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# CI: runs the command line on the sample corpus in every export format, then imports the brat,
# W3C, XMI, CoNLL and JSONL exports back into fresh corpora and validates them. Fails on any error.
# Usage: releng/ci/export-samples.sh   (builds the update site through ./gloss when stale)
set -euo pipefail
base_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
gloss="$base_dir/gloss"
work=$(mktemp -d "${TMPDIR:-/tmp}/gloss-export-samples.XXXXXX")
trap 'rm -rf "$work"' EXIT

formats="w3c w3c-jsonl brat csv jsonl conll xmi geojson"
passed=0
failed=0
for format in $formats; do
  if "$gloss" export --format "$format" --out "$work/$format"; then
    if [ -f "$work/$format/.gloss-export" ]; then
      passed=$((passed + 1))
    else
      echo "export-samples: $format: no export folder written" >&2
      failed=$((failed + 1))
    fi
  else
    echo "export-samples: gloss export --format $format failed" >&2
    failed=$((failed + 1))
  fi
done
# the brat export comes back as a corpus that validates
if "$gloss" import --format brat --into "$work/from-brat" "$work/brat" && "$gloss" validate "$work/from-brat"; then
  passed=$((passed + 1))
else
  echo "export-samples: brat import of the sample export failed" >&2
  failed=$((failed + 1))
fi
# every format Gloss also imports comes back into a copy of the samples' articles; those that carry
# every attribute validate (CoNLL and JSONL carry spans only: their counts come back without numbers)
for format in w3c xmi conll jsonl; do
  rm -rf "$work/articles-$format"
  cp -r "$work/from-brat" "$work/articles-$format"
  find "$work/articles-$format" -name '*.gloss' -delete
  check=true
  case $format in w3c|xmi) check='"$gloss" validate "$work/articles-$format"' ;; esac
  if "$gloss" import --format "$format" --into "$work/articles-$format" "$work/$format" \
      && eval "$check"; then
    passed=$((passed + 1))
  else
    echo "export-samples: $format import of the sample export failed" >&2
    failed=$((failed + 1))
  fi
done
# a bad command line must fail with exit code 2
set +e
"$gloss" export --format no-such-format --out "$work/x" >/dev/null 2>&1
code=$?
set -e
if [ "$code" -eq 2 ]; then passed=$((passed + 1)); else
  echo "export-samples: a bad format exited $code, not 2" >&2
  failed=$((failed + 1))
fi
echo "export-samples: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
