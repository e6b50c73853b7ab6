#!/bin/bash
# bench-startup.sh
# Copyright 2026 The Reprieve developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Startup benchmark: time from launch to the main window being mapped, and
# peak RSS, of Reprieve and, when it is installed, of gnome-clocks, launched
# alternately (A B A B ...) in the same run so that both see the same machine
# load. Prints per-app medians, min and max, and the ratios Reprieve/peer.
#
#   build-aux/bench-startup.sh REPRIEVE RP_STARTUP_BENCH [SCHEMA_DIR]
#   ninja -C build bench          (the same, through meson)
#
# REPRIEVE is the built binary (build/src/reprieve), RP_STARTUP_BENCH the
# measuring tool built from tests/bench/rp-startup-bench.c, SCHEMA_DIR the
# folder holding Reprieve's compiled GSettings schemas (default: build/data).
#
# Every launch runs on a private X server (Xvfb, no window manager) and a
# private D-Bus session bus, with a throw-away HOME and XDG folders: nothing of
# the real user's is read or written, and an instance of either app already
# running on the desktop cannot interfere.
#
# Environment:
#   BENCH_RUNS=7          measured launches per app and profile
#   BENCH_SETTLE_MS=1000  wait between window map and the memory reading
#   BENCH_TIMEOUT=30      seconds to wait for a window before failing a run
#   BENCH_FRESH=1         also measure launches with an empty profile (0: skip)
#   BENCH_PEER=1          compare with gnome-clocks when installed (0: skip)
#   BENCH_DISPLAY=xvfb    "current" runs on the existing $DISPLAY instead
#                         (still with a private bus and HOME; a window manager
#                         there adds its own delay to every figure)
set -u

usage() {
  echo "usage: $0 REPRIEVE RP_STARTUP_BENCH [SCHEMA_DIR]" >&2
  exit 2
}

[ $# -ge 2 ] || usage
reprieve=$(readlink -f "$1")
tool=$(readlink -f "$2")
schema_dir=${3:-$(dirname "$(dirname "$reprieve")")/data}
schema_dir=$(readlink -f "$schema_dir")

[ -x "$reprieve" ] || { echo "bench: $1 is not an executable; build the project first" >&2; exit 2; }
[ -x "$tool" ] || { echo "bench: $2 is not an executable (it needs libx11-dev at configure time)" >&2; exit 2; }

# --- outside: set up a private session and run this script again inside it --
if [ -z "${_RP_BENCH_INNER:-}" ]; then
  for t in dbus-run-session dbus-update-activation-environment gdbus; do
    command -v $t >/dev/null || { echo "bench: $t is missing (apt-get install dbus libglib2.0-bin)" >&2; exit 2; }
  done
  root=$(mktemp -d "${TMPDIR:-/tmp}/reprieve-bench.XXXXXX") || exit 2
  trap 'rm -rf "$root"' EXIT
  export _RP_BENCH_INNER=1 _RP_BENCH_ROOT=$root
  # The bus and the services it activates get a throw-away home too.
  export HOME=$root/home
  export XDG_CONFIG_HOME=$HOME/.config XDG_DATA_HOME=$HOME/.local/share
  export XDG_CACHE_HOME=$HOME/.cache XDG_STATE_HOME=$HOME/.local/state XDG_RUNTIME_DIR=$HOME/run
  mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" "$XDG_RUNTIME_DIR"
  chmod 700 "$XDG_RUNTIME_DIR"
  if [ "${BENCH_DISPLAY:-xvfb}" = current ]; then
    [ -n "${DISPLAY:-}" ] || { echo "bench: BENCH_DISPLAY=current but DISPLAY is not set" >&2; exit 2; }
    export _RP_BENCH_DISPLAY="the current display $DISPLAY (with its window manager, if any)"
    dbus-run-session -- "$0" "$reprieve" "$tool" "$schema_dir"
  else
    command -v xvfb-run >/dev/null || { echo "bench: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 2; }
    export _RP_BENCH_DISPLAY="a private Xvfb 1280x800x24, no window manager"
    dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
      "$0" "$reprieve" "$tool" "$schema_dir"
  fi
  exit $?
fi

# --- inside the private bus and display ------------------------------------
root=$_RP_BENCH_ROOT
runs=${BENCH_RUNS:-7}
settle=${BENCH_SETTLE_MS:-1000}
timeout=${BENCH_TIMEOUT:-30}
fresh=${BENCH_FRESH:-1}

case $runs in ''|*[!0-9]*|0) echo "bench: BENCH_RUNS must be a positive integer" >&2; exit 2 ;; esac

# Services the bus starts on demand inherit its environment, fixed before the
# display existed: hand them the display and the private folders.
dbus-update-activation-environment DISPLAY XAUTHORITY HOME XDG_RUNTIME_DIR XDG_CONFIG_HOME \
  XDG_CACHE_HOME XDG_DATA_HOME XDG_STATE_HOME 2>/dev/null

# The same conditions for both apps: software rendering, X11, settings kept in
# memory, no accessibility bus.
export GSETTINGS_BACKEND=memory GSK_RENDERER=cairo GDK_BACKEND=x11 LIBGL_ALWAYS_SOFTWARE=1
export GTK_A11Y=none NO_AT_BRIDGE=1
unset GSETTINGS_SCHEMA_DIR   # set for Reprieve's launches only

apps=(reprieve)
declare -A name title app_id cmd schemas
name[reprieve]=Reprieve
title[reprieve]=Reprieve
app_id[reprieve]=io.github.reprieve.Reprieve
cmd[reprieve]=$reprieve
schemas[reprieve]=$schema_dir

peer_note=
if [ "${BENCH_PEER:-1}" = 0 ]; then
  peer_note="gnome-clocks comparison skipped (BENCH_PEER=0)"
elif clocks=$(command -v gnome-clocks); then
  apps+=(clocks)
  name[clocks]=gnome-clocks
  title[clocks]=Clocks
  app_id[clocks]=org.gnome.clocks
  cmd[clocks]=$clocks
  schemas[clocks]=   # system schemas
  v=$(dpkg-query -W -f '${Version}' gnome-clocks 2>/dev/null) && name[clocks]="gnome-clocks $v"
else
  peer_note="gnome-clocks is not installed: showing Reprieve's figures only (apt-get install gnome-clocks to compare)"
fi

if [ ! -e "$schema_dir/gschemas.compiled" ]; then
  echo "bench: note: no gschemas.compiled in $schema_dir; Reprieve's schemas may be missing" >&2
fi

new_home() {
  local h=$1
  mkdir -p "$h/.config" "$h/.local/share" "$h/.cache" "$h/.local/state" "$h/run"
  chmod 700 "$h/run"
}

# Waits until nobody owns the app's bus name: GApplication is single-instance,
# and a launch while the previous one still owns the name would merely
# activate it.
name_owned() {
  gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
    --method org.freedesktop.DBus.NameHasOwner "$1" 2>/dev/null | grep -q true
}

wait_name_released() {
  local _
  for _ in $(seq 200); do
    name_owned "$1" || return 0
    sleep 0.025
  done
  echo "bench: $1 is still owned on the bus seconds after its process was stopped" >&2
  return 1
}

failures=0

# run_one APP PROFILE: PROFILE is warmup, warm or fresh. Appends
# "MAP_MS PEAK_RSS_KB" to $root/APP.PROFILE.
run_one() {
  local app=$1 profile=$2 home out log rc
  if [ "$profile" = fresh ]; then
    home=$(mktemp -d "$root/$app-fresh.XXXXXX")
  else
    home=$root/$app-home   # kept from the warm-up on
  fi
  new_home "$home"
  log=$root/last.log
  wait_name_released "${app_id[$app]}" || { failures=$((failures + 1)); return; }
  out=$(env HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
          XDG_CACHE_HOME="$home/.cache" XDG_STATE_HOME="$home/.local/state" \
          XDG_RUNTIME_DIR="$home/run" \
          ${schemas[$app]:+GSETTINGS_SCHEMA_DIR="${schemas[$app]}"} \
          "$tool" --title "${title[$app]}" --timeout "$timeout" --settle "$settle" \
          -- "${cmd[$app]}" 2>"$log")
  rc=$?
  [ "$profile" = fresh ] && rm -rf "$home"
  if [ $rc -ne 0 ] || [[ $out != map_ms=* ]]; then
    failures=$((failures + 1))
    printf '\nbench: %s (%s launch) failed; its last messages:\n' "${name[$app]}" "$profile" >&2
    tail -n 15 "$log" | sed 's/^/  | /' >&2
    return
  fi
  local map rss
  map=$(sed -n 's/.*map_ms=\([0-9.]*\).*/\1/p' <<<"$out")
  rss=$(sed -n 's/.*peak_rss_kb=\([0-9]*\).*/\1/p' <<<"$out")
  echo "$map $rss" >>"$root/$app.$profile"
  printf '.' >&2
}

# stats FILE COLUMN SCALE: "median min max" of a column, divided by SCALE.
stats() {
  awk -v c="$2" '{ print $c }' "$1" | sort -g | awk -v s="$3" '
    { v[NR] = $1 / s }
    END {
      if (NR == 0) exit 1
      m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      printf "%s %s %s %d\n", m, v[1], v[NR], NR
    }'
}

echo "Reprieve startup benchmark" >&2
printf 'launching' >&2
# One discarded warm-up launch per app: it fills the page cache and, for
# Reprieve, creates the database that every later warm launch opens.
for app in "${apps[@]}"; do
  run_one "$app" warmup
done
for _ in $(seq "$runs"); do
  for app in "${apps[@]}"; do
    run_one "$app" warm
  done
  if [ "$fresh" = 1 ]; then
    for app in "${apps[@]}"; do
      run_one "$app" fresh
    done
  fi
done
echo >&2
export LC_ALL=C   # a decimal point in printf, whatever the user's locale

profiles=(warm)
[ "$fresh" = 1 ] && profiles+=(fresh)
declare -A median_map median_rss

echo
echo "Reprieve startup benchmark: launch -> window mapped, and peak RSS"
echo "  $runs launches per app and profile, alternating between apps, after one discarded warm-up each"
echo "  on $_RP_BENCH_DISPLAY; private D-Bus session; throw-away HOME"
echo "  GSK_RENDERER=cairo GDK_BACKEND=x11 GSETTINGS_BACKEND=memory GTK_A11Y=none"
echo "  map: from exec to MapNotify of the window titled \"${title[reprieve]}\"${title[clocks]:+ / \"${title[clocks]}\"}"
echo "  peak RSS: VmHWM of the window's process ${settle} ms after the map"
echo "  warm: the profile kept from the warm-up (Reprieve opens its existing database)"
[ "$fresh" = 1 ] &&
  echo "  fresh: an empty HOME/XDG_DATA_HOME for every launch (Reprieve creates its database)"
[ -n "$peer_note" ] && echo "  $peer_note"
echo
printf '%-24s %-8s %-26s   %s\n' "" "" "   --- map time, ms ---" "  --- peak RSS, MiB ---"
printf '%-24s %-8s %8s %8s %8s   %8s %8s %8s\n' app profile median min max median min max
for profile in "${profiles[@]}"; do
  for app in "${apps[@]}"; do
    f=$root/$app.$profile
    if [ -s "$f" ]; then
      read -r mm mmin mmax n < <(stats "$f" 1 1)
      read -r rm rmin rmax _ < <(stats "$f" 2 1024)
      median_map[$app.$profile]=$mm
      median_rss[$app.$profile]=$rm
      printf '%-24s %-8s %8.1f %8.1f %8.1f   %8.1f %8.1f %8.1f' \
        "${name[$app]}" "$profile" "$mm" "$mmin" "$mmax" "$rm" "$rmin" "$rmax"
      [ "$n" -lt "$runs" ] && printf '   (%d of %d launches succeeded)' "$n" "$runs"
      echo
    else
      printf '%-24s %-8s %s\n' "${name[$app]}" "$profile" "no successful launch"
    fi
  done
done
for app in "${apps[@]}"; do
  f=$root/$app.warmup
  [ -s "$f" ] || continue
  read -r wm wr < "$f"
  printf '%-24s %-8s %8.1f %8s %8s   %8.1f   (first launch, not counted)\n' \
    "${name[$app]}" "warm-up" "$wm" "" "" "$(awk -v k="$wr" 'BEGIN { print k / 1024 }')"
done

ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'
}

summary=
if [[ " ${apps[*]} " == *" clocks "* ]]; then
  echo
  for profile in "${profiles[@]}"; do
    a_map=${median_map[reprieve.$profile]:-} b_map=${median_map[clocks.$profile]:-}
    a_rss=${median_rss[reprieve.$profile]:-} b_rss=${median_rss[clocks.$profile]:-}
    if [ -z "$a_map" ] || [ -z "$b_map" ]; then continue; fi
    printf 'Reprieve / gnome-clocks, %-6s  map time %sx   peak RSS %sx\n' "$profile:" \
      "$(ratio "$a_map" "$b_map")" "$(ratio "$a_rss" "$b_rss")"
    if [ "$profile" = warm ]; then
      summary=$(printf 'Summary: Reprieve maps its window in %.0f ms and peaks at %.0f MiB (medians of %d warm launches): %sx the time and %sx the memory of %s (%.0f ms, %.0f MiB) in the same run.' \
        "$a_map" "$a_rss" "$runs" "$(ratio "$a_map" "$b_map")" "$(ratio "$a_rss" "$b_rss")" \
        "${name[clocks]}" "$b_map" "$b_rss")
    fi
  done
elif [ -n "${median_map[reprieve.warm]:-}" ]; then
  summary=$(printf 'Summary: Reprieve maps its window in %.0f ms and peaks at %.0f MiB (medians of %d warm launches); no gnome-clocks to compare with.' \
    "${median_map[reprieve.warm]}" "${median_rss[reprieve.warm]}" "$runs")
fi
echo
if [ "$failures" -gt 0 ]; then
  echo "Summary: $failures launch(es) failed; see the messages above.${summary:+ ${summary#Summary: }}"
  exit 1
fi
echo "${summary:-Summary: no successful launch of Reprieve.}"
[ -n "${median_map[reprieve.warm]:-}" ]
