#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# CI: a short fuzzing run of every reader (annotation files; W3C, brat, XMI, CoNLL, JSONL imports) with
# Jazzer: the kept inputs (seeds and every crash found so far) first, then FUZZ_DURATION (10s) of
# fuzzing per reader. A longer campaign: ./mvnw -f releng/dev.gloss.fuzz/pom.xml verify -Pfuzz
set -euo pipefail
base_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$base_dir"
./mvnw -B -f releng/dev.gloss.fuzz/pom.xml verify -Dfuzz.duration="${FUZZ_DURATION:-10s}"
