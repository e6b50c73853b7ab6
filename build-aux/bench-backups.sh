#!/bin/bash
# bench-backups.sh
# Copyright 2026 The Reprieve developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Backups of a large profile: ten years of generated data (rp-progress-seed),
# then tests/bench/rp-backups-bench on it: three daily backups written and
# checked, and the first restored into the open database as Preferences
# does. Prints the figures; everything happens in a throw-away folder.
#
#   build-aux/bench-backups.sh RP_PROGRESS_SEED RP_BACKUPS_BENCH
#   ninja -C build bench-backups          (the same, through meson)
set -eu

seed=$1
bench=$2
scratch=$(mktemp -d "${TMPDIR:-/tmp}/reprieve-bench-backups.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

db=$scratch/data/reprieve.db
mkdir -p "$scratch/data"
"$seed" --years=10 "$db"
printf 'database: %.1f MB\n' "$(stat -c %s "$db" | awk '{ print $1 / 1e6 }')"
HOME=$scratch "$bench" "$db"
