#!/bin/bash
# bench-progress.sh
# Copyright 2026 The Reprieve developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Ten years of data: does Reprieve still start as fast, and does the Progress
# page still draw in one frame?
#
#  (a) startup: Reprieve launched alternately (A B A B ...) on an empty
#      database and on one seeded with ten years of generated use
#      (tests/bench/rp-progress-seed.c), measured as bench-startup.sh does
#      (rp-startup-bench: launch -> window mapped, peak RSS; one discarded
#      warm-up launch each, then BENCH_RUNS warm launches each); prints the
#      medians and the ratio seeded / empty;
#  (b) the Progress page's first paint on the seeded database
#      (tests/bench/rp-progress-paint-bench.c): the switch, the first frame
#      after it and the longest main-loop step, per run and as medians.
# It prints figures and asserts nothing.
#
#   build-aux/bench-progress.sh REPRIEVE SCHEMA_DIR RP_PROGRESS_SEED RP_PROGRESS_PAINT_BENCH [RP_STARTUP_BENCH]
#   ninja -C build bench-progress        (the same, through meson)
#
# Without RP_STARTUP_BENCH (built only when libX11 was found) part (a) is
# skipped. Everything runs on a private Xvfb and D-Bus session with a
# throw-away HOME, as bench-startup.sh does.
#
# Environment:
#   BENCH_RUNS=7          measured launches per database
#   BENCH_PAINT_RUNS=5    windows opened by the paint benchmark
#   BENCH_YEARS=10        years of generated data
#   BENCH_SETTLE_MS=1000  wait between window map and the memory reading
#   BENCH_TIMEOUT=30      seconds to wait for a window before failing a run
set -u

usage() {
  echo "usage: $0 REPRIEVE SCHEMA_DIR RP_PROGRESS_SEED RP_PROGRESS_PAINT_BENCH [RP_STARTUP_BENCH]" >&2
  exit 2
}

[ $# -ge 4 ] || usage
reprieve=$(readlink -f "$1")
schema_dir=$(readlink -f "$2")
seed_tool=$(readlink -f "$3")
paint_tool=$(readlink -f "$4")
startup_tool=
[ $# -ge 5 ] && startup_tool=$(readlink -f "$5")

for f in "$reprieve" "$seed_tool" "$paint_tool" ${startup_tool:+"$startup_tool"}; do
  [ -x "$f" ] || { echo "bench-progress: $f is not an executable; build the project first" >&2; exit 2; }
done

# --- outside: a private session, then this script again inside it ---------
if [ -z "${_RP_BENCH_INNER:-}" ]; then
  for t in dbus-run-session dbus-update-activation-environment gdbus xvfb-run; do
    command -v $t >/dev/null || { echo "bench-progress: $t is missing (apt-get install dbus libglib2.0-bin xvfb xauth)" >&2; exit 2; }
  done
  root=$(mktemp -d "${TMPDIR:-/tmp}/reprieve-bench-progress.XXXXXX") || exit 2
  trap 'rm -rf "$root"' EXIT
  export _RP_BENCH_INNER=1 _RP_BENCH_ROOT=$root
  export HOME=$root/home
  export XDG_CONFIG_HOME=$HOME/.config XDG_DATA_HOME=$HOME/.local/share
  export XDG_CACHE_HOME=$HOME/.cache XDG_STATE_HOME=$HOME/.local/state XDG_RUNTIME_DIR=$HOME/run
  mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" "$XDG_RUNTIME_DIR"
  chmod 700 "$XDG_RUNTIME_DIR"
  dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" "$0" "$@"
  exit $?
fi

# --- inside the private bus and display ------------------------------------
root=$_RP_BENCH_ROOT
runs=${BENCH_RUNS:-7}
paint_runs=${BENCH_PAINT_RUNS:-5}
years=${BENCH_YEARS:-10}
settle=${BENCH_SETTLE_MS:-1000}
timeout=${BENCH_TIMEOUT:-30}
app_id=io.github.reprieve.Reprieve

case $runs in ''|*[!0-9]*|0) echo "bench-progress: BENCH_RUNS must be a positive integer" >&2; exit 2 ;; esac

dbus-update-activation-environment DISPLAY XAUTHORITY HOME XDG_RUNTIME_DIR XDG_CONFIG_HOME \
  XDG_CACHE_HOME XDG_DATA_HOME XDG_STATE_HOME 2>/dev/null
export GSETTINGS_BACKEND=memory GSK_RENDERER=cairo GDK_BACKEND=x11 LIBGL_ALWAYS_SOFTWARE=1
export GTK_A11Y=none NO_AT_BRIDGE=1 GSETTINGS_SCHEMA_DIR=$schema_dir

new_home() {
  mkdir -p "$1/.config" "$1/.local/share" "$1/.cache" "$1/.local/state" "$1/run"
  chmod 700 "$1/run"
}

in_home() {
  local h=$1
  shift
  env HOME="$h" XDG_CONFIG_HOME="$h/.config" XDG_DATA_HOME="$h/.local/share" \
    XDG_CACHE_HOME="$h/.cache" XDG_STATE_HOME="$h/.local/state" XDG_RUNTIME_DIR="$h/run" "$@"
}

export LC_ALL=C   # a decimal point in printf, whatever the user's locale

# The seeded database, made through RpDatabase (the current schema).
new_home "$root/seeded"
new_home "$root/empty"
mkdir -p "$root/seeded/.local/share/$app_id"
echo "Seeding $years years of data..." >&2
in_home "$root/seeded" "$seed_tool" --years "$years" "$root/seeded/.local/share/$app_id/reprieve.db" || exit 1
db_size=$(du -k "$root/seeded/.local/share/$app_id/reprieve.db" | cut -f1)

# stats FILE COLUMN SCALE: "median min max n" of a column, divided by SCALE.
stats() {
  awk -v c="$2" '{ print $c }' "$1" | sort -g | awk -v s="$3" '
    { v[NR] = $1 / s }
    END {
      if (NR == 0) exit 1
      m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      printf "%s %s %s %d\n", m, v[1], v[NR], NR
    }'
}

ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'
}

status=0

# --- (a) startup -----------------------------------------------------------
name_owned() {
  gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
    --method org.freedesktop.DBus.NameHasOwner "$1" 2>/dev/null | grep -q true
}

wait_name_released() {
  local _
  for _ in $(seq 200); do
    name_owned "$app_id" || return 0
    sleep 0.025
  done
  echo "bench-progress: $app_id is still owned on the bus after its process was stopped" >&2
  return 1
}

failures=0
# run_one PROFILE KIND: PROFILE is empty or seeded; KIND warmup or warm.
run_one() {
  local profile=$1 kind=$2 out rc log=$root/last.log
  wait_name_released || { failures=$((failures + 1)); return; }
  out=$(in_home "$root/$profile" "$startup_tool" --title Reprieve --timeout "$timeout" \
          --settle "$settle" -- "$reprieve" 2>"$log")
  rc=$?
  if [ $rc -ne 0 ] || [[ $out != map_ms=* ]]; then
    failures=$((failures + 1))
    printf '\nbench-progress: a launch on the %s database failed; its last messages:\n' "$profile" >&2
    tail -n 15 "$log" | sed 's/^/  | /' >&2
    return
  fi
  [ "$kind" = warm ] &&
    echo "$(sed -n 's/.*map_ms=\([0-9.]*\).*/\1/p' <<<"$out") $(sed -n 's/.*peak_rss_kb=\([0-9]*\).*/\1/p' <<<"$out")" \
      >>"$root/$profile.times"
  printf '.' >&2
}

echo
echo "Reprieve with $years years of data (database: $((db_size / 1024)) MiB)"
if [ -n "$startup_tool" ]; then
  printf 'launching' >&2
  run_one empty warmup
  run_one seeded warmup
  for _ in $(seq "$runs"); do
    run_one empty warm
    run_one seeded warm
  done
  echo >&2

  echo
  echo "(a) startup: launch -> window mapped, and peak RSS; $runs warm launches per database,"
  echo "    alternating, after one discarded warm-up each; private Xvfb and D-Bus session, GSK_RENDERER=cairo"
  printf '%-10s %8s %8s %8s   %8s\n' database "median" min max "RSS MiB"
  declare -A median
  for profile in empty seeded; do
    f=$root/$profile.times
    if [ -s "$f" ]; then
      read -r m mmin mmax n < <(stats "$f" 1 1)
      read -r rm _ _ _ < <(stats "$f" 2 1024)
      median[$profile]=$m
      printf '%-10s %8.1f %8.1f %8.1f   %8.1f' "$profile" "$m" "$mmin" "$mmax" "$rm"
      [ "$n" -lt "$runs" ] && printf '   (%d of %d launches succeeded)' "$n" "$runs"
      echo
    else
      echo "$profile: no successful launch"
    fi
  done
  if [ -n "${median[empty]:-}" ] && [ -n "${median[seeded]:-}" ]; then
    r=$(ratio "${median[seeded]}" "${median[empty]}")
    echo "startup seeded / empty: ${r}x (the goal: within 10%, 1.10x)"
  fi
  [ "$failures" -gt 0 ] && { echo "$failures launch(es) failed"; status=1; }
else
  echo
  echo "(a) startup: skipped (rp-startup-bench was not built: it needs libX11 at configure time)"
fi

# --- (b) the Progress page's first paint -----------------------------------
echo
echo "(b) the Progress page on the seeded database: $paint_runs windows, each switched from"
echo "    Today to Progress once the window is idle (ms; one frame at 60 Hz is 16.7 ms)"
paint_out=$root/paint.out
if in_home "$root/seeded" "$paint_tool" --runs "$paint_runs" >"$paint_out" 2>"$root/paint.log"; then
  sed 's/^/  /' "$paint_out"
  for key in switch_ms first_frame_ms first_frame_work_ms settled_ms longest_step_ms; do
    sed -n "s/.* $key=\([-0-9.]*\).*/\1/p" "$paint_out" >"$root/$key"
    read -r m mmin mmax _ < <(stats "$root/$key" 1 1)
    printf '  %-20s median %7.1f   min %7.1f   max %7.1f\n' "$key" "$m" "$mmin" "$mmax"
  done
else
  echo "bench-progress: the paint benchmark failed; its last messages:" >&2
  tail -n 15 "$root/paint.log" | sed 's/^/  | /' >&2
  status=1
fi

exit $status
