#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The data commands as a script meets them, printed as TAP: --import (a
# Meeting Guide feed, an .ics and a .vcf, detected by content), --export and
# --agenda, run with no display and no session bus (ssh, cron). Checks the
# output lines, exit statuses, that a refused file writes nothing, that an
# exported calendar read by python3-icalendar + recurring-ical-events gives
# the same year of occurrences as --agenda, that every corpus file is
# imported or refused with a reason within 2 s, and that a running
# Reprieve is told to re-read its data.
#
#   test-cli-data.sh PATH/TO/reprieve PATH/TO/ics-oracle.py
set -u
reprieve=$1
oracle=$2
n=0
failed=0

ok() {
  n=$((n + 1))
  if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=1; return 1; fi
}
skip() {
  n=$((n + 1))
  echo "ok $n - $1 # SKIP $2"
}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/reprieve-cli-data.XXXXXX")
primary=
monitor=
cleanup() {
  [ -n "$primary" ] && kill "$primary" 2>/dev/null
  [ -n "$monitor" ] && kill "$monitor" 2>/dev/null
  rm -rf "$scratch"
}
trap cleanup EXIT
export HOME=$scratch XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config
export TZ=America/Chicago
db=$XDG_DATA_HOME/io.github.reprieve.Reprieve/reprieve.db

# A terminal over ssh: no display, no session bus.
headless() {
  env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS "$reprieve" "$@"
}

count_rows() {
  python3 -c 'import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print(db.execute("SELECT (SELECT count(*) FROM meeting), (SELECT count(*) FROM directory_meeting)").fetchone())' "$db"
}

echo "1..25"

out=$(headless --agenda 2>"$scratch/err"); rc=$?
[ $rc -eq 0 ] && [ -z "$out" ] && [ ! -s "$scratch/err" ]
ok $? "--agenda with no meetings prints nothing and exits 0, without a display"

out=$(headless --agenda --import "$scratch/x" 2>&1); rc=$?
[ $rc -eq 2 ] && [[ $out == *"one of --import, --export and --agenda"* ]]
ok $? "two data commands at once are a usage error"

# A small Meeting Guide feed, messy the way real ones are.
cat >"$scratch/feed.json" <<'JSON'
[
  {"name": "Monday Night Step Study", "slug": "monday-step", "day": 1, "time": "19:00",
   "end_time": "20:00", "location": "St. Mark's Hall", "address": "1 Main St",
   "city": "Springfield", "types": ["C", "ST"], "timezone": "America/New_York",
   "entity": "Example Intergroup", "entity_url": "https://intergroup.example.org"},
  {"name": "Daily Reflections", "slug": 42, "day": "3", "time": "7:00 AM",
   "conference_url": "https://meet.example.org/daily", "types": "O",
   "timezone": "America/New_York", "entity_url": "https://intergroup.example.org"},
  {"name": "By Appointment", "slug": "appointment",
   "entity_url": "https://intergroup.example.org"},
  {"name": "Same slug again", "slug": "monday-step", "day": 2, "time": "18:00"}
]
JSON
out=$(headless --import "$scratch/feed.json" 2>"$scratch/err"); rc=$?
[ $rc -eq 0 ] && [ "$out" = "imported 3, updated 0, skipped 1" ] && [ -s "$scratch/err" ]
ok $? "--import of a Meeting Guide feed prints its counts and a reason per skipped entry"

out=$(headless --import "$scratch/feed.json" 2>/dev/null); rc=$?
[ $rc -eq 0 ] && [ "$out" = "imported 0, updated 0, skipped 1" ] && [ "$(count_rows)" = "(0, 3)" ]
ok $? "importing the same feed again updates by slug and duplicates nothing"

sed 's/"7:00 AM"/"7:30 AM"/' "$scratch/feed.json" >"$scratch/feed2.json"
out=$(headless --import "$scratch/feed2.json" 2>/dev/null); rc=$?
[ $rc -eq 0 ] && [ "$out" = "imported 0, updated 1, skipped 1" ]
ok $? "a changed meeting in a re-imported feed counts as updated"

before=$(count_rows)
printf '[{"name": "x", ' >"$scratch/broken.json"
out=$(headless --import "$scratch/broken.json" 2>&1); rc=$?
[ $rc -eq 5 ] && [[ $out == *"line"* ]] && [ "$(count_rows)" = "$before" ]
ok $? "a file that is not valid JSON is refused with where it breaks, nothing written"

out=$(headless --import "$scratch/nonexistent.ics" 2>&1); rc=$?
[ $rc -eq 5 ] && [ -n "$out" ]
ok $? "a missing file is refused with a message"

# An .ics with a weekly New York meeting that has an alarm, and an event
# whose repetition the editor cannot represent.
cat >"$scratch/meetings.ics" <<'ICS'
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Test//Test//EN
BEGIN:VEVENT
UID:home-group@example.org
DTSTAMP:20260101T000000Z
DTSTART;TZID=America/New_York:20260105T190000
DTEND;TZID=America/New_York:20260105T200000
RRULE:FREQ=WEEKLY;BYDAY=MO,TH
EXDATE;TZID=America/New_York:20261130T190000
SUMMARY:Home Group
LOCATION:Church basement
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT45M
END:VALARM
END:VEVENT
BEGIN:VEVENT
UID:monthly@example.org
DTSTAMP:20260101T000000Z
DTSTART;TZID=Europe/London:20260113T183000
DURATION:PT90M
RRULE:FREQ=MONTHLY;BYDAY=2TU
SUMMARY:Speaker Meeting
END:VEVENT
BEGIN:VEVENT
UID:hourly@example.org
DTSTAMP:20260101T000000Z
DTSTART:20260105T190000Z
RRULE:FREQ=HOURLY
SUMMARY:Too often
END:VEVENT
END:VCALENDAR
ICS
out=$(headless --import "$scratch/meetings.ics" 2>"$scratch/err"); rc=$?
[ $rc -eq 0 ] && [ "$out" = "imported 2, updated 0, skipped 1" ] && [ "$(wc -l <"$scratch/err")" -eq 1 ]
ok $? "--import detects an .ics by content, imports its meetings and says why it skipped one"

out=$(headless --import "$scratch/meetings.ics" 2>/dev/null); rc=$?
[ $rc -eq 0 ] && [ "$out" = "imported 0, updated 0, skipped 1" ] && [ "$(count_rows)" = "(2, 3)" ]
ok $? "importing the same .ics again updates by UID and duplicates nothing"

headless --agenda --days 14 >"$scratch/agenda" 2>&1; rc=$?
[ $rc -eq 0 ] && [ -s "$scratch/agenda" ] &&
  ! grep -vqE '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:00[-+][0-9]{2}:[0-9]{2}	[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:00[-+][0-9]{2}:[0-9]{2}	(Home Group|Speaker Meeting)$' "$scratch/agenda" &&
  grep -q 'T18:00:00-06:00	.*T19:00:00-06:00	Home Group$' "$scratch/agenda" &&
  [ "$(sort "$scratch/agenda")" = "$(cat "$scratch/agenda")" ]
ok $? "--agenda prints START<TAB>END<TAB>NAME in local time with offset, sorted (19:00 New York is 18:00 here)"

out=$(headless --agenda --days 1 | wc -l); long=$(wc -l <"$scratch/agenda")
[ "$out" -le "$long" ]
ok $? "--days limits how far ahead --agenda looks"

out=$(headless --export "$scratch/out.ics" 2>&1); rc=$?
[ $rc -eq 0 ] && [ "$out" = "exported 2" ] && [ "$(stat -c %a "$scratch/out.ics")" = 600 ] &&
  grep -q '^RRULE:FREQ=WEEKLY;.*BYDAY=MO,TH' "$scratch/out.ics" &&
  grep -q '^BEGIN:VTIMEZONE' "$scratch/out.ics" &&
  grep -q '^TRIGGER:-PT45M' "$scratch/out.ics" &&
  grep -q '^DTSTART;TZID=America/New_York:' "$scratch/out.ics"
ok $? "--export writes one private .ics with RRULE, TZID, VTIMEZONE and the meeting's VALARM"

# A meeting on the default reminder gets Preferences' lead time.
mkdir -p "$XDG_CONFIG_HOME/glib-2.0/settings"
printf '[io/github/reprieve/Reprieve]\ndefault-reminder-minutes=20\n' \
  >"$XDG_CONFIG_HOME/glib-2.0/settings/keyfile"
out=$(GSETTINGS_BACKEND=keyfile headless --export "$scratch/prefs.ics" 2>&1); rc=$?
[ $rc -eq 0 ] && grep -q '^TRIGGER:-PT20M' "$scratch/prefs.ics" &&
  grep -q '^TRIGGER:-PT45M' "$scratch/prefs.ics" && ! grep -q '^TRIGGER:-PT30M' "$scratch/prefs.ics"
ok $? "--export gives meetings on the default reminder the lead time from Preferences"

# The same year of occurrences, read by Debian's python3-icalendar and
# python3-recurring-ical-events from the exported file. Moments within a
# minute of either end of the window are left out of both sides, so the
# few milliseconds between the two "now"s cannot matter.
# Debian's python first: a python3 earlier in PATH may lack the modules.
python=python3
[ -x /usr/bin/python3 ] && python=/usr/bin/python3
if "$python" -c 'import icalendar, recurring_ical_events' 2>/dev/null; then
  now=$(date +%Y-%m-%dT%H:%M:%S%:z)
  headless --agenda --days 366 >"$scratch/year-agenda"
  "$python" "$oracle" "$scratch/out.ics" --from "$now" --days 366 >"$scratch/year-python"
  trim() {
    python3 - "$now" "$1" <<'PY'
import datetime, sys
now = datetime.datetime.fromisoformat(sys.argv[1])
margin = datetime.timedelta(minutes=1)
for line in open(sys.argv[2]):
    start, end, _ = line.rstrip("\n").split("\t", 2)
    start, end = datetime.datetime.fromisoformat(start), datetime.datetime.fromisoformat(end)
    if start > now + margin and end < now + datetime.timedelta(days=365) and start > now:
        print(line, end="")
PY
  }
  [ "$(wc -l <"$scratch/year-agenda")" -gt 100 ] &&
    [ "$(trim "$scratch/year-agenda")" = "$(trim "$scratch/year-python")" ]
  ok $? "python3-icalendar + recurring-ical-events read the export as the same year as --agenda"
else
  skip "python3-icalendar + recurring-ical-events read the export as the same year as --agenda" \
    "python3-icalendar or python3-recurring-ical-events is not installed"
fi

out=$(headless --import "$scratch/out.ics" 2>/dev/null); rc=$?
[ $rc -eq 0 ] && [ "$out" = "imported 0, updated 0, skipped 0" ] && [ "$(count_rows)" = "(2, 3)" ]
ok $? "importing Reprieve's own export again changes and duplicates nothing"

out=$(headless --export "$scratch/out.txt" 2>&1); rc=$?
[ $rc -eq 2 ] && [ ! -e "$scratch/out.txt" ]
ok $? "--export refuses a file name that is not .ics"

# Contacts from a .vcf: counted like the meeting imports, one reason per
# skipped card on stderr, matched again by UID (else name and number).
count_contacts() {
  python3 -c 'import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM contact").fetchone()[0])' "$db"
}
write_vcf() {
  printf 'BEGIN:VCARD\r\nVERSION:3.0\r\nUID:c1\r\nFN:Anna Smith\r\nTEL;TYPE=CELL:%s\r\nEND:VCARD\r\n' "$2" >"$1"
  printf 'BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=\r\n=C3=BCller\r\nTEL;HOME:555 0102\r\nEND:VCARD\r\n' >>"$1"
  printf 'BEGIN:VCARD\nVERSION:4.0\nFN:Carol\nTEL;VALUE=uri:tel:+1-555-0103\nEND:VCARD\n' >>"$1"
  printf 'BEGIN:VCARD\nVERSION:3.0\nFN:Nobody\nORG:Example\nEND:VCARD\n' >>"$1"
}
write_vcf "$scratch/x.vcf" "555 0101"
out=$(headless --import "$scratch/x.vcf" 2>"$scratch/err"); rc=$?
[ $rc -eq 0 ] && [ "$out" = "imported 3, updated 0, skipped 1" ] && [ "$(wc -l <"$scratch/err")" -eq 1 ] &&
  grep -q '^Card 4 ' "$scratch/err" && [ "$(count_contacts)" -eq 3 ]
ok $? "--import of a .vcf without a display prints its counts and why it skipped a card"

out=$(headless --import "$scratch/x.vcf" 2>/dev/null); rc=$?
[ $rc -eq 0 ] && [ "$out" = "imported 0, updated 0, skipped 4" ] && [ "$(count_contacts)" -eq 3 ]
ok $? "importing the same .vcf again duplicates nothing"

write_vcf "$scratch/x2.vcf" "555 0199"
out=$(headless --import "$scratch/x2.vcf" 2>/dev/null); rc=$?
[ $rc -eq 0 ] && [ "$out" = "imported 0, updated 1, skipped 3" ] && [ "$(count_contacts)" -eq 3 ]
ok $? "a changed card with the same UID counts as updated"

printf 'BEGIN:VCARD\n\x00\x01\x02garbage' >"$scratch/bad.vcf"
out=$(headless --import "$scratch/bad.vcf" 2>&1); rc=$?
[ $rc -eq 5 ] && [ -n "$out" ] && [[ $out != imported* ]] && [ "$(count_contacts)" -eq 3 ]
ok $? "a binary .vcf is refused with a reason and writes nothing"

out=$(REPRIEVE_MODULE_DIR=$scratch/no-modules headless --import "$scratch/x.vcf" 2>&1); rc=$?
[ $rc -eq 4 ] && [[ $out == *"vCard import is not available"* ]] && [ "$(count_contacts)" -eq 3 ]
ok $? "without the vCard module --import says so and exits 4"

# Every corpus file: imported or refused with a reason, never a crash or a
# hang. The corpora sit beside the project when it has them.
corpora=${RP_CORPORA_DIR:-$(dirname "$0")/../../shared/corpora}
if [ -d "$corpora" ]; then
  bad=0
  for file in "$corpora"/meeting-guide/*.json "$corpora"/ics/*.ics "$corpora"/vcf/*.vcf; do
    start=$(date +%s%N)
    timeout 10 env -u DISPLAY -u DBUS_SESSION_BUS_ADDRESS "$reprieve" --import "$file" \
      >"$scratch/out" 2>"$scratch/err"
    rc=$?
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    if { [ $rc -eq 0 ] && grep -qE '^imported [0-9]+, updated [0-9]+, skipped [0-9]+$' "$scratch/out"; } ||
       { [ $rc -eq 5 ] && [ -s "$scratch/err" ]; }; then
      [ $ms -lt 2000 ] || { echo "# $(basename "$file"): ${ms} ms"; bad=1; }
    else
      echo "# $(basename "$file"): exit $rc"
      bad=1
    fi
  done
  ok $bad "every corpus file is imported or refused with a reason, each within 2 s"
else
  skip "every corpus file is imported or refused with a reason" "no corpora at $corpora"
fi

# A running Reprieve re-reads its data when a command changes it.
if [ -n "${DISPLAY:-}" ] && [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  "$reprieve" >"$scratch/primary.log" 2>&1 &
  primary=$!
  timeout 20 gdbus wait --session --timeout 20 io.github.reprieve.Reprieve
  dbus-monitor --session "type='method_call',interface='org.gtk.Actions',member='Activate'" \
    >"$scratch/monitor" 2>/dev/null &
  monitor=$!
  # It prints its own NameLost signal once it has become a monitor.
  for _ in $(seq 100); do [ -s "$scratch/monitor" ] && break; sleep 0.1; done
  out=$("$reprieve" --import "$scratch/feed.json" 2>/dev/null); rc=$?
  for _ in $(seq 100); do grep -q '"reload-data"' "$scratch/monitor" && break; sleep 0.1; done
  [ $rc -eq 0 ] && grep -q '"reload-data"' "$scratch/monitor" && kill -0 "$primary" 2>/dev/null
  if ! ok $? "--import asks the running Reprieve to re-read its data"; then
    echo "# import exit $rc; monitor saw $(grep -c Activate "$scratch/monitor") calls;" \
      "primary $(kill -0 "$primary" 2>/dev/null && echo running || echo gone)"
    sed 's/^/# /' "$scratch/primary.log"
  fi

  gdbus call --session --dest io.github.reprieve.Reprieve --object-path /io/github/reprieve/Reprieve \
    --method org.gtk.Actions.Activate quit '[]' '{}' >/dev/null
  wait "$primary" 2>/dev/null
  primary=
  ! grep -E 'WARNING|CRITICAL' "$scratch/primary.log" >&2
  ok $? "the running Reprieve logged no warning or critical while re-reading"
else
  skip "--import asks the running Reprieve to re-read its data" "no display or session bus"
  skip "the running Reprieve logged no warning or critical" "no display or session bus"
fi

out=$(env -u DISPLAY -u DBUS_SESSION_BUS_ADDRESS "$reprieve" --import "$scratch/feed.json" 2>/dev/null); rc=$?
[ $rc -eq 0 ]
ok $? "--import succeeds when no Reprieve is running and no bus is reachable"

exit $failed
