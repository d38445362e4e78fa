#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# CI: the storage benchmarks (Gloss, EMF, UIMA, Jackson side by side) still build and run, in
# seconds: a smoke run of releng/run-benchmarks. It proves the comparison works, not its figures.
set -euo pipefail
base_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
"$base_dir/releng/run-benchmarks" --smoke
