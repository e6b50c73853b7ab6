#!/usr/bin/env python3
# Copyright 2026 The Reprieve developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""The python side of tests/test-ics-oracle.sh: an independent reading of an
.ics file by python3-icalendar and python3-recurring-ical-events (Debian
packages), printed like `reprieve --agenda`.

    ics-oracle.py FILE [--from ISO8601] [--days N]

prints the occurrences that end after --from (default: now) and start
before --from plus --days (default: 366), one per line, sorted by start:
START<TAB>END<TAB>NAME, in ISO 8601 with the offset of the local zone
($TZ). Exits 77 when the modules are missing.
"""

import argparse
import datetime
import sys

try:
    import icalendar
    import recurring_ical_events
except ImportError as error:
    print(f"ics-oracle.py: {error}", file=sys.stderr)
    sys.exit(77)


def parse_time(text):
    moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise SystemExit("ics-oracle.py: --from needs an offset")
    return moment


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--from", dest="start")
    parser.add_argument("--days", type=int, default=366)
    args = parser.parse_args()

    start = parse_time(args.start) if args.start else datetime.datetime.now(datetime.timezone.utc)
    end = start + datetime.timedelta(days=args.days)
    # A wider window, then the same test as Reprieve's: ends after the
    # start, starts before the end (the library's edges may differ).
    margin = datetime.timedelta(days=2)

    with open(args.file, "rb") as stream:
        calendar = icalendar.Calendar.from_ical(stream.read())

    rows = []
    for event in recurring_ical_events.of(calendar).between(start - margin, end + margin):
        event_start = event["DTSTART"].dt
        if "DTEND" in event:
            event_end = event["DTEND"].dt
        else:
            event_end = event_start + event["DURATION"].dt
        if not (event_end > start and event_start < end):
            continue
        local_start = event_start.astimezone()
        local_end = event_end.astimezone()
        line = f"{local_start.isoformat()}\t{local_end.isoformat()}\t{event['SUMMARY']}"
        rows.append((int(event_start.timestamp()), line))

    rows.sort()
    for _, line in rows:
        print(line)


if __name__ == "__main__":
    main()
