#!/bin/sh
# Copyright 2026 The Reprieve developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# An exported .ics read three more ways gives the same occurrences over a
# year as Reprieve's own schedules: by libical, by Reprieve's importer,
# and by Debian's python3-icalendar + python3-recurring-ical-events. The
# lines are `reprieve --agenda`'s: START<TAB>END<TAB>NAME, in a fixed
# viewer zone (America/Chicago), for a fixed year and for the year from
# now. TAP output; the python checks are skipped only when those modules
# are not installed.
#
#   test-ics-oracle.sh ICS_ORACLE ICS_ORACLE_PY

set -u

oracle=${1:?usage: $0 ICS_ORACLE ICS_ORACLE_PY}
script=${2:?usage: $0 ICS_ORACLE ICS_ORACLE_PY}

export TZ=America/Chicago
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

python=
for candidate in python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null 2>&1 &&
     "$candidate" -c 'import icalendar, recurring_ical_events' 2>/dev/null; then
    python=$candidate
    break
  fi
done

n=0
failed=0

ok () {
  n=$((n + 1))
  echo "ok $n - $1"
}

not_ok () {
  n=$((n + 1))
  failed=1
  echo "not ok $n - $1"
}

skip () {
  n=$((n + 1))
  echo "ok $n - $1 # SKIP $2"
}

# compare NAME EXPECTED ACTUAL
compare () {
  if [ -s "$2" ] && cmp -s "$2" "$3"; then
    ok "$1 ($(wc -l <"$2") occurrences)"
  else
    not_ok "$1"
    diff "$2" "$3" | head -20 | sed 's/^/# /'
  fi
}

echo "1..8"

if "$oracle" export "$tmp/meetings.ics"; then
  ok "export"
else
  not_ok "export"
fi

for window in fixed now; do
  if [ $window = fixed ]; then
    # Midnight on 1 January 2026 in Chicago: no meeting in progress.
    range="--from 2026-01-01T06:00:00Z --days 366"
  else
    range="--days 366"
  fi
  label="$window year"

  # shellcheck disable=SC2086
  "$oracle" schedule $range >"$tmp/schedule-$window.txt" 2>"$tmp/err"
  # shellcheck disable=SC2086
  "$oracle" libical "$tmp/meetings.ics" $range >"$tmp/libical-$window.txt" 2>>"$tmp/err"
  # shellcheck disable=SC2086
  "$oracle" import "$tmp/meetings.ics" $range >"$tmp/import-$window.txt" 2>>"$tmp/err"
  sed 's/^/# /' "$tmp/err"

  compare "$label: libical reads the export as RpSchedule expands it" \
          "$tmp/schedule-$window.txt" "$tmp/libical-$window.txt"
  compare "$label: Reprieve's importer reads the export back the same" \
          "$tmp/schedule-$window.txt" "$tmp/import-$window.txt"

  if [ -z "$python" ]; then
    skip "$label: python3-icalendar and recurring-ical-events agree" \
         "python3-icalendar or python3-recurring-ical-events is not installed"
    continue
  fi

  # shellcheck disable=SC2086
  if "$python" "$script" "$tmp/meetings.ics" $range >"$tmp/python-$window.txt"; then
    compare "$label: python3-icalendar and recurring-ical-events agree" \
            "$tmp/schedule-$window.txt" "$tmp/python-$window.txt"
  else
    not_ok "$label: python3-icalendar and recurring-ical-events agree (the script failed)"
  fi
done

# The fixed year holds the clock changes in New York, London and Sydney.
if grep -q "^2026-03-09T.*New York" "$tmp/schedule-fixed.txt"; then
  not_ok "the excluded date of 9 March 2026 is left out"
else
  ok "the excluded date of 9 March 2026 is left out"
fi

exit $failed
