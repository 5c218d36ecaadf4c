#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Servicekarta contributors
# Build the project with AddressSanitizer + UndefinedBehaviorSanitizer in build-sanitize/ and run the whole
# CTest suite under them. Any report fails the test that produced it.
#   ./sanitize-tests.sh              configure, build, run every test
#   ./sanitize-tests.sh -R mapwidget extra arguments go to ctest
# JOBS=N sets the build and test parallelism (default 1: the build machine is shared).
set -euo pipefail
cd "$(dirname "$0")"
jobs="${JOBS:-1}"
build_dir=build-sanitize

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# Debug at -O1 with line tables only (-g1): assertions on, stack traces with file:line, and a faster build.
# The benchmarks are not part of the CTest suite, so they are not built here.
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g1 -O1" \
  -DSERVICEKARTA_SANITIZE=ON -DSERVICEKARTA_BUILD_BENCHMARKS=OFF "${launcher[@]}"
cmake --build "$build_dir" -j "$jobs"

# ASan and LeakSanitizer reports go to files: tst_commandline runs the program as a child and keeps its stderr to
# itself. (GCC's separate UBSan runtime ignores log_path; its reports stay on stderr, which ctest shows.)
# exitcode=86 keeps a sanitizer failure apart from the program's own exit codes 1 and 2, which the tests expect.
reports="$PWD/$build_dir/sanitizer-reports"
rm -rf "$reports" && mkdir -p "$reports"
export ASAN_OPTIONS="exitcode=86:halt_on_error=1:log_path=$reports/report:detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1"
export UBSAN_OPTIONS="exitcode=86:halt_on_error=1:print_stacktrace=1"
status=0
ctest --test-dir "$build_dir" --output-on-failure -j "$jobs" "$@" || status=$?
for report in "$reports"/report.*; do
  [[ -e $report ]] || continue
  echo "=== $report" && cat "$report"
  status=1
done
exit "$status"
