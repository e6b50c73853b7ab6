#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The command line as a user meets it, printed as TAP: --version, usage
# errors, a second invocation answered by the running instance in the
# caller's terminal, and --background (no window, stays, quits on Quit). Also checks, on the running app, that its
# data lands with mode 0600 in a 0700 folder with WAL on, and that it logs no
# warning or critical. Needs a display and a session bus (the README's test
# command gives both). Usage: test-cli.sh PATH/TO/reprieve
set -u
reprieve=$1
n=0
failed=0

ok() {
  n=$((n + 1))
  if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=1; fi
}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/reprieve-cli-test.XXXXXX")
primary=
cleanup() {
  [ -n "$primary" ] && kill "$primary" 2>/dev/null
  rm -rf "$scratch"
}
trap cleanup EXIT
export HOME=$scratch XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config
data_dir=$XDG_DATA_HOME/io.github.reprieve.Reprieve

echo "1..21"

out=$("$reprieve" --version 2>&1); rc=$?
[ $rc -eq 0 ] && [[ $out =~ ^Reprieve\ [0-9]+\.[0-9]+\.[0-9]+$ ]]
ok $? "--version prints the version and exits 0"

out=$("$reprieve" --days 3 2>&1); rc=$?
[ $rc -eq 2 ] && [[ $out == *"--days goes with --agenda"* ]]
ok $? "--days without --agenda is a usage error"

out=$("$reprieve" --agenda --days 0 2>&1); rc=$?
[ $rc -eq 2 ] && [[ $out == *"from 1 to 366"* ]]
ok $? "--days out of range is a usage error"

[ ! -e "$data_dir" ]
ok $? "options answered locally create no data"

# The primary instance, with a window.
"$reprieve" >"$scratch/primary.log" 2>&1 &
primary=$!
timeout 20 gdbus wait --session --timeout 20 io.github.reprieve.Reprieve
ok $? "the running instance owns its bus name"

for _ in $(seq 100); do [ -e "$data_dir/reprieve.db-wal" ] && break; sleep 0.1; done
[ "$(stat -c %a "$data_dir")" = 700 ] && [ "$(stat -c %a "$data_dir/reprieve.db")" = 600 ]
ok $? "data folder is 0700 and database 0600"

[ -e "$data_dir/reprieve.db-wal" ] && [ "$(stat -c %a "$data_dir/reprieve.db-wal")" = 600 ]
ok $? "the database is in WAL mode and its -wal file is 0600"

out=$("$reprieve" --call-sponsor 2>&1 >/dev/null); rc=$?
[ $rc -eq 3 ] && [[ $out == *"No sponsor is saved yet"* ]]
ok $? "a second invocation is answered by the running instance in the caller's terminal"

kill -0 "$primary" 2>/dev/null
ok $? "the running instance is still running after it"

gdbus call --session --dest io.github.reprieve.Reprieve --object-path /io/github/reprieve/Reprieve \
  --method org.gtk.Actions.Activate quit '[]' '{}' >/dev/null
for _ in $(seq 100); do kill -0 "$primary" 2>/dev/null || break; sleep 0.1; done
! kill -0 "$primary" 2>/dev/null
ok $? "Quit really quits"
wait "$primary" 2>/dev/null
primary=

if grep -E 'WARNING|CRITICAL|Gtk-Message|Adwaita-WARNING' "$scratch/primary.log" >&2; then
  ok 1 "the app logged no warning or critical"
else
  ok 0 "the app logged no warning or critical"
fi

# Started at login: no window, and the process stays for the reminders.
# GtkApplication exports each open window's actions under .../window/N,
# so the bus tells whether a window exists.
app_path=/io/github/reprieve/Reprieve
window_nodes() {
  gdbus introspect --session --dest io.github.reprieve.Reprieve --object-path "$app_path/window" \
    2>/dev/null | grep -c '^ *node [0-9]'
}
"$reprieve" --background >"$scratch/background.log" 2>&1 &
primary=$!
timeout 20 gdbus wait --session --timeout 20 io.github.reprieve.Reprieve
ok $? "reprieve --background owns its bus name"

sleep 2
kill -0 "$primary" 2>/dev/null
ok $? "reprieve --background is still running after 2 s"

[ "$(window_nodes)" = 0 ]
ok $? "reprieve --background shows no window"

# A process that may live for days with no window leaves the GPU driver
# (Mesa's *_dri.so, libgallium, LLVM; NVIDIA's GL core) unloaded.
! grep -E '_dri\.so|libgallium|libLLVM|libnvidia-gl' "/proc/$primary/maps" >&2
ok $? "reprieve --background loads no GPU driver"
echo "# resident memory with no window: $(awk '/^VmRSS/ {print $2, $3}' "/proc/$primary/status")"

timeout 20 "$reprieve" >"$scratch/second.log" 2>&1; rc=$?
for _ in $(seq 100); do [ "$(window_nodes)" = 1 ] && break; sleep 0.1; done
[ $rc -eq 0 ] && [ "$(window_nodes)" = 1 ]
ok $? "a second reprieve shows the window of the one in the background"

gdbus call --session --dest io.github.reprieve.Reprieve --object-path "$app_path" \
  --method org.gtk.Actions.Activate quit '[]' '{}' >/dev/null
for _ in $(seq 100); do kill -0 "$primary" 2>/dev/null || break; sleep 0.1; done
wait "$primary" 2>/dev/null; rc=$?
primary=
[ $rc -eq 0 ] && ! grep -E 'WARNING|CRITICAL|Gtk-Message|Gsk-Message|Gdk-Message' \
  "$scratch/background.log" >&2
ok $? "Quit ends the background instance cleanly (exit 0, no warning)"

# The dock icon's Desktop Action: the desktop activates the app over D-Bus
# (DBusActivatable) and calls its "call-sponsor" action. The session bus
# reads service files from $XDG_DATA_HOME of its own start, which the test
# runner made a throw-away folder.
bus_data_home=${RP_TEST_BUS_DATA_HOME:-}
if [ -n "$bus_data_home" ]; then
  mkdir -p "$bus_data_home/dbus-1/services"
  sed "s|^Exec=.*|Exec=$reprieve --gapplication-service|" "$SERVICE_FILE" \
    > "$bus_data_home/dbus-1/services/io.github.reprieve.Reprieve.service"
  gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
    --method org.freedesktop.DBus.ReloadConfig >/dev/null
  # What the bus hands the services it starts: this test's display and folders.
  dbus-update-activation-environment DISPLAY XAUTHORITY GSETTINGS_SCHEMA_DIR GSETTINGS_BACKEND \
    GSK_RENDERER GTK_A11Y NO_AT_BRIDGE XDG_DATA_HOME XDG_CONFIG_HOME HOME 2>/dev/null
  gdbus call --session --dest io.github.reprieve.Reprieve --object-path /io/github/reprieve/Reprieve \
    --method org.freedesktop.Application.ActivateAction call-sponsor '[]' '{}' >/dev/null
  rc=$?
  activated=$(gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
    --method org.freedesktop.DBus.GetConnectionUnixProcessID io.github.reprieve.Reprieve 2>/dev/null |
    sed -n 's/^(uint32 \([0-9]*\),)$/\1/p')
  [ $rc -eq 0 ] && [ -n "$activated" ] &&
    tr '\0' ' ' < "/proc/$activated/cmdline" | grep -q -- "--gapplication-service"

  ok $? "the Desktop Action starts Reprieve through D-Bus activation"
  gdbus call --session --dest io.github.reprieve.Reprieve --object-path /io/github/reprieve/Reprieve \
    --method org.gtk.Actions.Activate quit '[]' '{}' >/dev/null 2>&1
  for _ in $(seq 100); do [ -z "$activated" ] || ! kill -0 "$activated" 2>/dev/null && break; sleep 0.1; done
  rm -f "$bus_data_home/dbus-1/services/io.github.reprieve.Reprieve.service"
else
  n=$((n + 1))
  echo "ok $n # SKIP the bus's service folder is not known (run through build-aux/reprieve-dev test)"
fi

# Data written by a newer Reprieve: refused with a clear message and not
# changed by a single byte, even while the window is shown.
rm -rf "$data_dir"
mkdir -p "$data_dir"
python3 - "$data_dir/reprieve.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("PRAGMA application_id = 1380995670")  # "RPRV"
db.execute("PRAGMA user_version = 999")
db.execute("CREATE TABLE future (x)")
db.commit()
db.close()
PY
before=$(sha256sum "$data_dir/reprieve.db")
"$reprieve" >"$scratch/newer.log" 2>&1 &
primary=$!
timeout 20 gdbus wait --session --timeout 20 io.github.reprieve.Reprieve
sleep 0.5
grep -q "newer version of Reprieve" "$scratch/newer.log"
ok $? "a newer database is refused with a message that says why"
gdbus call --session --dest io.github.reprieve.Reprieve --object-path /io/github/reprieve/Reprieve \
  --method org.gtk.Actions.Activate quit '[]' '{}' >/dev/null
wait "$primary" 2>/dev/null
primary=
[ "$(sha256sum "$data_dir/reprieve.db")" = "$before" ]
ok $? "the newer database is left byte-for-byte unchanged"

# Garbage where the database should be: reported as damaged and kept aside
# byte for byte (reprieve.db.corrupt-<time>), never overwritten.
rm -rf "$data_dir"
mkdir -p "$data_dir"
head -c 16384 /dev/urandom > "$data_dir/reprieve.db"
before=$(sha256sum < "$data_dir/reprieve.db")
"$reprieve" >"$scratch/corrupt.log" 2>&1 &
primary=$!
timeout 20 gdbus wait --session --timeout 20 io.github.reprieve.Reprieve
sleep 0.5
gdbus call --session --dest io.github.reprieve.Reprieve --object-path /io/github/reprieve/Reprieve \
  --method org.gtk.Actions.Activate quit '[]' '{}' >/dev/null
wait "$primary" 2>/dev/null
primary=
kept=$(find "$data_dir" -maxdepth 1 -name 'reprieve.db.corrupt-*' ! -name '*-wal' ! -name '*-shm' | head -n 1)
grep -q "damaged" "$scratch/corrupt.log" && [ ! -e "$data_dir/reprieve.db" ] && [ -n "$kept" ] &&
  [ "$(sha256sum < "$kept")" = "$before" ]
ok $? "a damaged database is reported and kept aside unchanged"

exit $failed
