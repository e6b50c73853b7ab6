#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# `reprieve --call-sponsor` end to end, printed as TAP, on a private session
# bus with a throw-away HOME. Without a sponsor: a non-zero exit and a
# message. With a sponsor (seeded by rp-test-seed-contact) and a fake tel:
# handler: the handler gets exactly the normalised tel: link, with no
# window opened, whether --call-sponsor starts Reprieve or asks the running
# instance (then exit 0). With no handler: exit 0, the call sheet on
# screen, and its QR code, read back from a screenshot by zbarimg, is the
# same link; Escape closes it. Every call is in the call log.
#
#   test-call-sponsor.sh PATH/TO/reprieve PATH/TO/rp-test-seed-contact
#
# Needs a display (the README's test command runs the suite under Xvfb),
# zbarimg (zbar-tools), import (imagemagick) and xdotool.
set -u
reprieve=$1
seed=$2
n=0
failed=0

ok() {
  n=$((n + 1))
  if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=1; fi
}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/reprieve-call-sponsor.XXXXXX")
bus_pid=
app_pid=
cleanup() {
  [ -n "${KEEP_SCRATCH:-}" ] && cp -r "$scratch" "$KEEP_SCRATCH"
  for pid in $app_pid $bus_pid; do
    kill "$pid" 2>/dev/null
  done
  wait 2>/dev/null
  rm -rf "$scratch"
}
trap cleanup EXIT

export HOME=$scratch XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config
export XDG_CACHE_HOME=$scratch/cache XDG_RUNTIME_DIR=$scratch/run
mkdir -p "$XDG_DATA_HOME/applications" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export GSETTINGS_BACKEND=memory GSK_RENDERER=cairo
db=$XDG_DATA_HOME/io.github.reprieve.Reprieve/reprieve.db
number='+1 (555) 123-4567'
uri='tel:+15551234567'

echo "1..12"

for tool in zbarimg import xdotool python3; do
  if ! command -v $tool >/dev/null; then
    echo "Bail out! $tool is missing (build-aux/reprieve-dev test installs it)"
    exit 1
  fi
done
if [ -z "${DISPLAY:-}" ]; then
  echo "Bail out! needs a display (build-aux/reprieve-dev test provides one)"
  exit 1
fi

# A private session bus: the running instance and the invocations meet
# here and nowhere else.
dbus-daemon --session --fork --nopidfile --print-address=3 --print-pid=4 \
  3>"$scratch/bus-address" 4>"$scratch/bus-pid" 2>/dev/null
bus_pid=$(cat "$scratch/bus-pid")
DBUS_SESSION_BUS_ADDRESS=$(head -n1 "$scratch/bus-address")
export DBUS_SESSION_BUS_ADDRESS

start_background() {
  "$reprieve" --background >>"$scratch/app.log" 2>&1 &
  app_pid=$!
  timeout 20 gdbus wait --session --timeout 20 io.github.reprieve.Reprieve
}
quit_app() {
  gdbus call --session --dest io.github.reprieve.Reprieve --object-path /io/github/reprieve/Reprieve \
    --method org.gtk.Actions.Activate quit '[]' '{}' >/dev/null 2>&1
  for _ in $(seq 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
  wait "$app_pid" 2>/dev/null
  app_pid=
}
count_calls() {
  python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM call_log WHERE kind = 0").fetchone()[0])' "$db"
}
# The X windows Reprieve has mapped (xdotool's --onlyvisible).
window_count() {
  xdotool search --onlyvisible --pid "$1" 2>/dev/null | wc -l
}

# No sponsor: the running instance answers with the message and exit 3,
# and opens the Support page.
start_background
ok $? "a background instance owns its bus name"
out=$("$reprieve" --call-sponsor 2>&1 >/dev/null); rc=$?
[ $rc -eq 3 ] && [[ $out == *"No sponsor is saved yet"* ]]
ok $? "without a sponsor: exit 3 and a message saying what to do"
quit_app

# The sponsor, and a fake dialer registered as the default tel: handler.
"$seed" --sponsor "Sam K." "$number"
ok $? "a sponsor is seeded into the throw-away database"

cat >"$scratch/fake-dialer" <<EOF2
#!/bin/sh
printf '%s\n' "\$1" >> "$scratch/dialed.txt"
EOF2
chmod +x "$scratch/fake-dialer"
cat >"$XDG_DATA_HOME/applications/fake-dialer.desktop" <<EOF2
[Desktop Entry]
Type=Application
Name=Fake Dialer
Exec=$scratch/fake-dialer %u
NoDisplay=true
MimeType=x-scheme-handler/tel;
EOF2
printf '[Default Applications]\nx-scheme-handler/tel=fake-dialer.desktop\n' \
  >"$XDG_CONFIG_HOME/mimeapps.list"

# Nothing running: this invocation becomes the running instance. It hands
# the link over, opens no window, and stays for the reminders (as any
# start does while "Keep running in the background" is on).
"$reprieve" --call-sponsor >>"$scratch/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 100); do [ -s "$scratch/dialed.txt" ] && break; sleep 0.1; done
sleep 1
[ "$(cat "$scratch/dialed.txt" 2>/dev/null)" = "$uri" ] && [ "$(window_count "$app_pid")" -eq 0 ] &&
  kill -0 "$app_pid" 2>/dev/null
ok $? "started by --call-sponsor: exactly $uri to the tel: handler, no window, still running"

# Asked of the running instance: the caller gets exit 0 once the link is
# handed over.
out=$(timeout 20 "$reprieve" --call-sponsor 2>&1); rc=$?
for _ in $(seq 50); do [ "$(wc -l <"$scratch/dialed.txt")" -ge 2 ] && break; sleep 0.1; done
[ $rc -eq 0 ] && [ -z "$out" ] && [ "$(sed -n 2p "$scratch/dialed.txt")" = "$uri" ] &&
  [ "$(wc -l <"$scratch/dialed.txt")" -eq 2 ]
ok $? "a second --call-sponsor exits 0, and the handler got $uri once more"
[ "$(count_calls)" = 2 ] && [ "$(window_count "$app_pid")" -eq 0 ]
ok $? "both calls are logged, and still no window"
quit_app

# No handler: the running instance shows the call sheet on its own.
rm -f "$XDG_DATA_HOME/applications/fake-dialer.desktop" "$XDG_CONFIG_HOME/mimeapps.list" \
  "$scratch/dialed.txt"
if gio mime x-scheme-handler/tel 2>/dev/null | grep -q 'Default application'; then
  for _ in $(seq 6); do
    n=$((n + 1)); echo "ok $n # SKIP this system has its own tel: handler"
  done
  exit $failed
fi
start_background >/dev/null
timeout 20 "$reprieve" --call-sponsor >"$scratch/sheet.out" 2>&1; rc=$?
[ $rc -eq 0 ]
ok $? "with no handler: exit 0"

for _ in $(seq 100); do [ "$(window_count "$app_pid")" -ge 1 ] && break; sleep 0.1; done
sleep 1
import -window root "$scratch/sheet.png" 2>/dev/null
decoded=$(zbarimg -q --raw "$scratch/sheet.png" 2>/dev/null)
[ "$decoded" = "$uri" ] && [ "$(window_count "$app_pid")" -eq 1 ]
ok $? "the call sheet, alone on screen, has a QR code that reads back as $uri"
[ ! -e "$scratch/dialed.txt" ] && [ "$(count_calls)" = 3 ]
ok $? "the sheet's call is logged too, and nothing was dialled"

sheet_window=$(xdotool search --onlyvisible --pid "$app_pid" | head -n1)
xdotool windowfocus --sync "$sheet_window" 2>/dev/null
xdotool key --clearmodifiers Escape 2>/dev/null
for _ in $(seq 50); do [ "$(window_count "$app_pid")" -eq 0 ] && break; sleep 0.1; done
[ "$(window_count "$app_pid")" -eq 0 ] && kill -0 "$app_pid" 2>/dev/null
ok $? "Escape closes the sheet; Reprieve keeps running in the background"
pid=$app_pid
quit_app

! kill -0 "$pid" 2>/dev/null
ok $? "Quit then ends it"

if grep -E 'WARNING|CRITICAL|Gtk-Message|Adwaita-WARNING' "$scratch/app.log" >&2; then
  ok 1 "the app logged no warning or critical"
else
  ok 0 "the app logged no warning or critical"
fi

exit $failed
