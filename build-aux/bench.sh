#!/bin/bash
# bench.sh
# Copyright 2026 The Reprieve developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What `ninja -C build bench` runs: the Directory, vCard and reading search
# benchmarks, the background process's benchmark (idle wakeups, memory with
# no window, reminder lateness), then, when it was built (libX11 found at
# configure time), the startup benchmark, and last the ten-year Progress
# benchmark (bench-progress.sh).
#
#   build-aux/bench.sh RP_DIRECTORY_BENCH REPRIEVE SCHEMA_DIR [BENCH_STARTUP_SH RP_STARTUP_BENCH]
#
# Environment: BENCH_RUNS (also used by the startup benchmark) sets the
# runs of each directory measurement (default 5); BENCH_MEETINGS the size
# of the generated feed (default 5000); BENCH_BACKGROUND=0 and
# BENCH_STARTUP=0 and BENCH_PROGRESS=0 skip those benchmarks (see bench-background.sh for its
# own knobs).
set -u

[ $# -ge 3 ] || { echo "usage: $0 RP_DIRECTORY_BENCH REPRIEVE SCHEMA_DIR [BENCH_STARTUP_SH RP_STARTUP_BENCH]" >&2; exit 2; }
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
directory_bench=$1
reprieve=$2
schema_dir=$3
shift 3

status=0
"$directory_bench" --runs "${BENCH_RUNS:-5}" --meetings "${BENCH_MEETINGS:-5000}" || status=$?

# The vCard import (tests/bench/meson.build sets RP_VCARD_BENCH).
if [ -n "${RP_VCARD_BENCH:-}" ]; then
  echo
  "$RP_VCARD_BENCH" --runs "${BENCH_RUNS:-5}" || status=$?
fi

# The reading search (tests/bench/meson.build sets RP_READING_SEARCH_BENCH).
if [ -n "${RP_READING_SEARCH_BENCH:-}" ]; then
  echo
  "$RP_READING_SEARCH_BENCH" || status=$?
fi

if [ "${BENCH_BACKGROUND:-1}" != 0 ]; then
  echo
  bash "$here/bench-background.sh" "$reprieve" "$schema_dir" || status=$?
fi

if [ $# -ge 2 ] && [ "${BENCH_STARTUP:-1}" != 0 ]; then
  echo
  bash "$1" "$reprieve" "$2" "$schema_dir" || status=$?
fi

# Ten years of data (tests/bench/meson.build sets RP_PROGRESS_SEED and
# RP_PROGRESS_PAINT_BENCH; the startup tool is the one above, if built).
if [ -n "${RP_PROGRESS_SEED:-}" ] && [ "${BENCH_PROGRESS:-1}" != 0 ]; then
  echo
  bash "$here/bench-progress.sh" "$reprieve" "$schema_dir" "$RP_PROGRESS_SEED" \
    "$RP_PROGRESS_PAINT_BENCH" ${2:+"$2"} || status=$?
fi

exit $status
