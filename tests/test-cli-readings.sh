#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# reprieve --import FILE.md|FILE.txt as a script meets it, printed as TAP,
# with no display and no session bus: a dated book of 365 entries becomes a
# collection, imported again it changes nothing, a changed entry is
# updated; a single text goes to My Readings; a repeated day is skipped
# with its line on stderr; a binary file is refused and writes nothing; a
# Markdown file that opens like JSON is still a reading.
#
#   test-cli-readings.sh PATH/TO/reprieve
set -u
reprieve=$1
n=0
failed=0

ok() {
  n=$((n + 1))
  if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=1; return 1; fi
}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/reprieve-cli-readings.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config
db=$XDG_DATA_HOME/io.github.reprieve.Reprieve/reprieve.db

headless() {
  env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS "$reprieve" "$@"
}

# "collections readings dated" of the user's collections, and My Readings' count.
count_rows() {
  python3 -c 'import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print(*db.execute("""SELECT (SELECT count(*) FROM reading_collection WHERE kind = 2),
                            (SELECT count(*) FROM reading r JOIN reading_collection c
                               ON c.id = r.collection_id WHERE c.kind = 2),
                            (SELECT count(*) FROM reading WHERE entry_month IS NOT NULL),
                            (SELECT count(*) FROM reading r JOIN reading_collection c
                               ON c.id = r.collection_id WHERE c.kind = 1)""").fetchone())' "$db"
}

# A book of 2025's days, "## January 1 — …" each, under a title.
write_book() {
  python3 - "$1" "${2:-}" <<'PY'
import datetime, sys
day = datetime.date(2025, 1, 1)
lines = ["# Three Hundred Sixty-Five Mornings", ""]
while day.year == 2025:
    text = "A thought for %s." % day.isoformat()
    if sys.argv[2] and day == datetime.date(2025, 3, 1):
        text = sys.argv[2]
    lines += ["## %s %d — Morning" % (day.strftime("%B"), day.day), "", text, ""]
    day += datetime.timedelta(days=1)
open(sys.argv[1], "w").write("\n".join(lines))
PY
}

echo "1..8"

write_book "$scratch/mornings.md"
out=$(headless --import "$scratch/mornings.md" 2>"$scratch/err"); rc=$?
[ $rc -eq 0 ] && [ "$out" = "imported 365, updated 0, skipped 0" ] && [ ! -s "$scratch/err" ] &&
  [ "$(count_rows)" = "1 365 365 0" ]
ok $? "--import of a dated .md makes a collection of 365 dated readings"

out=$(headless --import "$scratch/mornings.md" 2>/dev/null); rc=$?
[ $rc -eq 0 ] && [ "$out" = "imported 0, updated 0, skipped 0" ] && [ "$(count_rows)" = "1 365 365 0" ]
ok $? "importing the same .md again changes and duplicates nothing"

write_book "$scratch/mornings.md" "A new thought for the first of March."
out=$(headless --import "$scratch/mornings.md" 2>/dev/null); rc=$?
[ $rc -eq 0 ] && [ "$out" = "imported 0, updated 1, skipped 0" ] && [ "$(count_rows)" = "1 365 365 0" ]
ok $? "a changed entry is updated in place"

printf 'Keep coming back.\r\n\r\nA note from Tuesday.\r\n' >"$scratch/tuesday.txt"
out=$(headless --import "$scratch/tuesday.txt" 2>/dev/null); rc=$?
[ $rc -eq 0 ] && [ "$out" = "imported 1, updated 0, skipped 0" ] && [ "$(count_rows)" = "1 365 365 1" ]
ok $? "--import of a .txt adds one reading to My Readings"

printf '# Book\n\n## January 1\nOne.\n\n## January 1\nAgain, private words.\n\n## January 2\nTwo.\n' \
  >"$scratch/twice.md"
out=$(headless --import "$scratch/twice.md" 2>"$scratch/err"); rc=$?
[ $rc -eq 0 ] && [ "$out" = "imported 2, updated 0, skipped 1" ] && [ "$(wc -l <"$scratch/err")" -eq 1 ] &&
  grep -q '^Line 6: ' "$scratch/err" && ! grep -q 'private' "$scratch/err"
ok $? "a second entry for a day is skipped with its line on stderr, never its text"

printf '# Hi\n\n\x00\x01\x02' >"$scratch/binary.md"
out=$(headless --import "$scratch/binary.md" 2>&1); rc=$?
[ $rc -eq 5 ] && [[ $out == *binary* ]] && [[ $out != imported* ]] && [ "$(count_rows)" = "2 367 367 1" ]
ok $? "a binary .md is refused with a reason (exit 5) and writes nothing"

: >"$scratch/empty.md"
out=$(headless --import "$scratch/empty.md" 2>&1); rc=$?
[ $rc -eq 5 ] && [[ $out == *empty* ]]
ok $? "an empty .md is refused as empty"

printf '[A link](https://example.org) opens this text.\n' >"$scratch/link-first.md"
out=$(headless --import "$scratch/link-first.md" 2>/dev/null); rc=$?
[ $rc -eq 0 ] && [ "$out" = "imported 1, updated 0, skipped 0" ] && [ "$(count_rows)" = "2 367 367 2" ]
ok $? "a .md that opens with \"[\" is a reading, not a JSON feed"

exit $failed
