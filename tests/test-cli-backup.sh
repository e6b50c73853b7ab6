#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The JSON backup of all data from the command line, printed as TAP:
# --export FILE.json writes a private file and says how many records;
# --import of it into another profile prints what the file holds, then
# replaces that profile's data, and exporting again gives the same
# document (but for its date); a newer, truncated, invalid or foreign file
# is refused and changes nothing. Runs with no display and no session bus.
#
#   test-cli-backup.sh PATH/TO/reprieve
set -u
reprieve=$1
n=0
failed=0

ok() {
  n=$((n + 1))
  if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=1; return 1; fi
}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/reprieve-cli-backup.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch XDG_CONFIG_HOME=$scratch/config TZ=UTC

# Two profiles: "a" with data, "b" with other data.
run() {
  local profile=$1
  shift
  env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS \
    XDG_DATA_HOME="$scratch/$profile" "$reprieve" "$@"
}
db() { echo "$scratch/$1/io.github.reprieve.Reprieve/reprieve.db"; }
sql() {
  python3 -c 'import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.executescript(sys.argv[2])
db.commit()' "$(db "$1")" "$2"
}
# Every row of every table, for "nothing changed".
digest() {
  python3 -c 'import hashlib, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
h = hashlib.sha256()
for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = '"'table'"' AND name NOT LIKE '"'sqlite_%'"' ORDER BY name"):
    for row in db.execute("SELECT * FROM \"%s\"" % name):
        h.update(repr(row).encode())
print(h.hexdigest())' "$(db "$1")"
}

echo "1..11"

run a --agenda >/dev/null && run b --agenda >/dev/null
sql a "INSERT INTO meeting (id, name, first_date, start_time, duration_minutes, time_zone, created, updated)
         VALUES (5, 'Noon \"Serenity\"', '2026-01-05', '12:00', 60, 'UTC', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
       INSERT INTO attendance VALUES (5, '2026-01-05', 1, NULL, '2026-01-05T13:00:00Z');
       INSERT INTO recovery VALUES (1, 'alcohol', '2020-02-29', NULL, NULL, 0, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');"
sql b "INSERT INTO goal VALUES (1, 'Other', 0, NULL, 0, '2026-01-01', NULL, NULL, 0, 0, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');"

out=$(run a --export "$scratch/a.json" 2>&1); rc=$?
[ $rc -eq 0 ] && [ "$out" = "exported 5 records" ] && [ "$(stat -c %a "$scratch/a.json")" = 600 ] &&
  head -2 "$scratch/a.json" | grep -q '"format" : "reprieve-backup"'
ok $? "--export FILE.json writes a private backup and counts its records"

before=$(digest b)
out=$(run b --import "$scratch/a.json" 2>&1); rc=$?
[ $rc -eq 0 ] && [[ $out == "backup 20"*"Z"* ]] && [[ $out == *$'\nmeeting 1\n'* ]] &&
  [[ $out == *$'\nattendance 1\n'* ]] && [[ $out == *$'\ngoal 0\n'* ]] &&
  [[ $out == *$'\nreading_collection 2\n'* ]] && [[ $out == *$'\nimported 5' ]]
ok $? "--import of a backup prints its date and counts per kind, then what it imported"

run b --export "$scratch/b.json" >/dev/null &&
  diff <(grep -v '"exported"' "$scratch/a.json") <(grep -v '"exported"' "$scratch/b.json") >&2
ok $? "export, import into another profile, export again: the same document but for its date"

[ "$(digest b)" != "$before" ] && [ "$(python3 -c 'import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM goal").fetchone()[0])' "$(db b)")" = 0 ]
ok $? "the import replaced the profile's data"

# The data it replaced was backed up first, in a backup that holds it.
pre=$(ls "$scratch/b/io.github.reprieve.Reprieve/backups/"reprieve-pre-restore-*.db 2>/dev/null | head -1)
[ -n "$pre" ] && [ "$(stat -c %a "$pre")" = 600 ] && [ "$(python3 -c 'import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute("SELECT title FROM goal").fetchone()[0])' "$pre")" = Other ]
ok $? "before replacing, the import backed up the data it replaced"

refused() {
  local file=$1 reason=$2
  local before out rc
  before=$(digest b)
  out=$(run b --import "$file" 2>&1); rc=$?
  [ $rc -eq 5 ] && [[ $out == *"$reason"* ]] && [ "$(digest b)" = "$before" ]
}

sed 's/"version" : 1,/"version" : 2,/' "$scratch/a.json" >"$scratch/newer.json"
refused "$scratch/newer.json" "newer version of Reprieve"
ok $? "a backup from a newer format version is refused and changes nothing"

head -c 700 "$scratch/a.json" >"$scratch/cut.json"
refused "$scratch/cut.json" "damaged or incomplete"
ok $? "a truncated backup is refused and changes nothing"

sed 's/"2020-02-29"/"2021-02-29"/' "$scratch/a.json" >"$scratch/bad-date.json"
refused "$scratch/bad-date.json" "start_date"
ok $? "a backup with an impossible date is refused, naming the column, and changes nothing"

sed 's/"meeting_id" : 5/"meeting_id" : 6/' "$scratch/a.json" >"$scratch/dangling.json"
before=$(digest b)
out=$(run b --import "$scratch/dangling.json" 2>&1); rc=$?
[ $rc -eq 5 ] && [[ $out == *"refers to a record the file does not hold"* ]] && [ "$(digest b)" = "$before" ]
ok $? "a backup whose attendance points at no meeting is rolled back and changes nothing"

out=$(run b --export "$scratch/out.txt" 2>&1); rc=$?
[ $rc -eq 2 ] && [ ! -e "$scratch/out.txt" ] && [[ $out == *".json"* ]]
ok $? "--export names both formats when the file name is neither"

# Damaged data set aside and waiting for a choice in the window: no data
# command creates an empty database in its place.
mkdir -p "$scratch/c/io.github.reprieve.Reprieve"
echo "not a database" >"$(db c).corrupt-20261121T090000Z"
out=$(run c --export "$scratch/c.json" 2>&1); rc=$?
[ $rc -ne 0 ] && [ ! -e "$(db c)" ] && [ ! -e "$scratch/c.json" ] && [[ $out == *"was damaged"* ]]
ok $? "while damaged data waits for a choice, --export says so and creates no empty database"

exit $failed
