#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The command line as a user meets it, printed as TAP: --version, the options
# that are not built yet, and a second invocation answered by the running
# instance in the caller's terminal. Also checks, on the running app, that its
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

echo "1..12"

out=$("$reprieve" --version 2>&1); rc=$?
[ $rc -eq 0 ] && [[ $out =~ ^Reprieve\ [0-9]+\.[0-9]+\.[0-9]+$ ]]
ok $? "--version prints the version and exits 0"

out=$("$reprieve" --export "$scratch/out.json" 2>&1); rc=$?
[ $rc -eq 4 ] && [[ $out == *"--export is not available yet"* ]] && [ ! -e "$scratch/out.json" ]
ok $? "--export says it is not available yet and exits 4"

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

exit $failed
