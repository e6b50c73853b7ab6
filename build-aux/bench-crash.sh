#!/bin/bash
# bench-crash.sh
# Copyright 2026 The Reprieve developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The crash test at length: tests/test-crash.c's /crash/kill-writes with
# 1,000 SIGKILLs of tests/crash/rp-crash-writer at random moments (0-50 ms
# after its start), each followed by an open (WAL recovery), integrity_check
# and the all-or-nothing check of every transaction. Prints the kills, the
# failures and the time; exits non-zero when any kill left a bad file.
#
#   build-aux/bench-crash.sh TEST_CRASH RP_CRASH_WRITER
#   ninja -C build bench-crash           (the same, through meson)
#
# Environment:
#   BENCH_CRASH_ITERATIONS=1000   kills
set -eu

test_crash=$1
writer=$2
iterations=${BENCH_CRASH_ITERATIONS:-1000}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/reprieve-bench-crash.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

echo "Crash benchmark: $iterations SIGKILLs of a writer committing transactions of 20 rows"
status=0
output=$(HOME=$scratch TMPDIR=$scratch RP_CRASH_WRITER=$writer RP_CRASH_ITERATIONS=$iterations \
         "$test_crash" -p /crash/kill-writes 2>&1) || status=$?
# The figures line, and any kill that failed.
printf '%s\n' "$output" | sed -n 's/^# \(crash: .*\)$/\1/p; s/^# \(kill [0-9]*: .*\)$/\1/p'
if [ "$status" -ne 0 ]; then
  printf '%s\n' "$output" | grep -v '^# ' | tail -5
  echo "FAILED"
fi
exit "$status"
