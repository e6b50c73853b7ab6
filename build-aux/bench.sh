#!/bin/bash
# bench.sh
# Copyright 2026 The Reprieve developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What `ninja -C build bench` runs: the Directory benchmark, then, when it
# was built (libX11 found at configure time), the startup benchmark.
#
#   build-aux/bench.sh RP_DIRECTORY_BENCH [BENCH_STARTUP_SH REPRIEVE RP_STARTUP_BENCH [SCHEMA_DIR]]
#
# Environment: BENCH_RUNS (also used by the startup benchmark) sets the
# runs of each directory measurement (default 5); BENCH_MEETINGS the size
# of the generated feed (default 5000); BENCH_STARTUP=0 skips the startup
# benchmark.
set -u

[ $# -ge 1 ] || { echo "usage: $0 RP_DIRECTORY_BENCH [BENCH_STARTUP_SH ARGS...]" >&2; exit 2; }
directory_bench=$1
shift

status=0
"$directory_bench" --runs "${BENCH_RUNS:-5}" --meetings "${BENCH_MEETINGS:-5000}" || status=$?

if [ $# -ge 1 ] && [ "${BENCH_STARTUP:-1}" != 0 ]; then
  echo
  startup=$1
  shift
  bash "$startup" "$@" || status=$?
fi

exit $status
