#!/bin/bash
# bench-background.sh
# Copyright 2026 The Reprieve developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The resident process's figures (issue 4): `reprieve --background`, with a
# week of meetings scheduled, on a private D-Bus session with a real
# notification server (dunst) and, when there is no display, a private Xvfb.
# Prints
#  - idle wakeups per second over BENCH_IDLE_SECONDS (default 30): the sum
#    of every thread's voluntary and involuntary context switches
#    (/proc/PID/task/*/status), which counts each time the process was
#    woken; goal <= 0.05/s;
#  - its resident memory with no window (VmRSS and the peak VmHWM);
#    goal <= 40 MB;
#  - how late reminders are sent after their due moment, from the Notify
#    call's timestamp on the bus, over BENCH_REMINDERS runs (default 5);
#    goal <= 2 s.
#
#   build-aux/bench-background.sh REPRIEVE [SCHEMA_DIR]
set -u

reprieve=$1
schema_dir=${2:-}

if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] || [ -z "${DISPLAY:-}" ] && [ -z "${RP_BENCH_INNER:-}" ]; then
  export RP_BENCH_INNER=1
  # The bus daemon reports each monitor on stderr: not a figure.
  exec dbus-run-session -- xvfb-run -a -s "-screen 0 1024x768x24 -nolisten tcp" \
    bash "$0" "$@" 2> >(grep -v -e '^dbus-daemon\[' >&2)
fi

for tool in dunst gdbus dbus-monitor python3; do
  command -v "$tool" >/dev/null || { echo "bench-background: $tool is missing" >&2; exit 1; }
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/reprieve-bench-bg.XXXXXX")
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  wait 2>/dev/null
  rm -rf "$scratch"
}
trap cleanup EXIT

export HOME=$scratch XDG_CONFIG_HOME=$scratch/config XDG_CACHE_HOME=$scratch/cache
export GSETTINGS_BACKEND=memory
[ -n "$schema_dir" ] && export GSETTINGS_SCHEMA_DIR=$schema_dir
mkdir -p "$XDG_CONFIG_HOME/dunst"
printf '[urgency_normal]\ntimeout = 0\n' >"$XDG_CONFIG_HOME/dunst/dunstrc"
dunst -config "$XDG_CONFIG_HOME/dunst/dunstrc" >/dev/null 2>&1 &
pids+=($!)
timeout 10 gdbus wait --session --timeout 10 org.freedesktop.Notifications || exit 1

# Tomorrow at 12:00 UTC: the reminder runs' one-off meeting.
start_epoch=$(( ($(date -u +%s) / 86400 + 1) * 86400 + 12 * 3600 ))

# A week of meetings: 12 weekly ones at times that are not now, plus the
# one-off meeting with a one-minute reminder.
write_calendar() {
  python3 - "$1" "$start_epoch" <<'PY'
import sys, datetime
path, start = sys.argv[1], int(sys.argv[2])
days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
out = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Reprieve//bench//EN"]
for i in range(12):
    out += ["BEGIN:VEVENT", "UID:bench-%d@reprieve.test" % i, "DTSTAMP:20260101T000000Z",
            "DTSTART;TZID=America/Chicago:20260105T%02d3000" % (7 + i),
            "DURATION:PT1H", "RRULE:FREQ=WEEKLY;BYDAY=%s" % days[i % 7],
            "SUMMARY:Weekly meeting %d" % i, "END:VEVENT"]
when = datetime.datetime.fromtimestamp(start, datetime.timezone.utc)
out += ["BEGIN:VEVENT", "UID:bench-once@reprieve.test", "DTSTAMP:20260101T000000Z",
        "DTSTART:" + when.strftime("%Y%m%dT%H%M%SZ"), "DURATION:PT1H",
        "SUMMARY:One-off meeting", "X-REPRIEVE-REMINDER:1", "END:VEVENT", "END:VCALENDAR"]
open(path, "w").write("\r\n".join(out) + "\r\n")
PY
}

# Every thread's context switches, one "TID COUNT" line each: a thread
# that ends between two samples must not count as negative wakeups.
switches() {
  for status in /proc/"$1"/task/*/status; do
    awk -v tid="$(basename "$(dirname "$status")")" \
      '/ctxt_switches/ { s += $2 } END { print tid, s + 0 }' "$status" 2>/dev/null
  done
}

# Starts Reprieve with its clock shifted so the one-off reminder is due
# $2 seconds from now; prints the due moment on the real clock.
launch() {
  local data=$1 ahead=$2 now
  now=$(date +%s)
  XDG_DATA_HOME=$data REPRIEVE_TEST_CLOCK_OFFSET=$((start_epoch - 60 - now - ahead)) \
    "$reprieve" --background >/dev/null 2>&1 &
  app=$!
  pids+=("$app")
  due_real=$((now + ahead))
}

quit_app() {
  gdbus call --session --dest io.github.reprieve.Reprieve --object-path /io/github/reprieve/Reprieve \
    --method org.gtk.Actions.Activate quit '[]' '{}' >/dev/null 2>&1
  wait "$app" 2>/dev/null
}

echo "Background process (reprieve --background, 13 meetings, dunst on a private bus)"

# Idle: the reminder is far away (an hour), so nothing is due meanwhile.
data=$scratch/idle
mkdir -p "$data"
write_calendar "$scratch/bench.ics"
XDG_DATA_HOME=$data "$reprieve" --import "$scratch/bench.ics" >/dev/null || exit 1
launch "$data" 3600
timeout 10 gdbus wait --session --timeout 10 io.github.reprieve.Reprieve
sleep 3
idle=${BENCH_IDLE_SECONDS:-30}
switches "$app" >"$scratch/before"
sleep "$idle"
switches "$app" >"$scratch/after"
python3 - "$scratch/before" "$scratch/after" "$idle" <<'PY'
import sys
read = lambda path: dict(map(int, line.split()) for line in open(path) if line.strip())
before, after, seconds = read(sys.argv[1]), read(sys.argv[2]), int(sys.argv[3])
# Threads that began meanwhile count from 0; those that ended, not at all.
n = sum(count - before.get(tid, 0) for tid, count in after.items())
print("  idle wakeups: %d in %d s = %.3f/s over %d threads (goal <= 0.05/s)"
      % (n, seconds, n / seconds, len(after)))
PY
awk '/VmRSS|VmHWM/ { printf "  %s %.1f MB%s\n", $1, $2 / 1024, ($1 == "VmRSS:" ? " (goal <= 40 MB, no window)" : "") }' \
  "/proc/$app/status"
quit_app

# Lateness: a fresh profile each run, the reminder due 3 s after start.
runs=${BENCH_REMINDERS:-5}
lates=()
for run in $(seq "$runs"); do
  data=$scratch/late-$run
  mkdir -p "$data"
  XDG_DATA_HOME=$data "$reprieve" --import "$scratch/bench.ics" >/dev/null || exit 1
  dbus-monitor --session "interface='org.freedesktop.Notifications',member='Notify'" \
    >"$scratch/monitor-$run" 2>/dev/null &
  monitor=$!
  pids+=("$monitor")
  sleep 0.5
  launch "$data" 3
  for _ in $(seq 100); do grep -q member=Notify "$scratch/monitor-$run" && break; sleep 0.1; done
  sent=$(grep -m1 member=Notify "$scratch/monitor-$run" | sed -n 's/.*time=\([0-9.]*\).*/\1/p')
  kill "$monitor" 2>/dev/null
  quit_app
  [ -n "$sent" ] || { echo "  run $run: no notification"; continue; }
  lates+=("$(python3 -c "import sys; print('%.3f' % (float(sys.argv[1]) - float(sys.argv[2])))" "$sent" "$due_real")")
done
python3 - "${lates[@]}" <<'PY'
import statistics, sys
values = [float(v) for v in sys.argv[1:]]
if values:
    print("  reminder lateness over %d runs: median %.3f s, max %.3f s (goal <= 2 s)"
          % (len(values), statistics.median(values), max(values)))
PY
