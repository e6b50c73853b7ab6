#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reminders through a real notification server, printed as TAP: Reprieve
# runs with --background on a private session bus where dunst is the
# notification server. A one-off meeting is due a few seconds after the
# start (REPRIEVE_TEST_CLOCK_OFFSET shifts Reprieve's clock, so the test
# never waits for a real minute boundary); the notification must arrive
# with the expected app name, hints, summary and body, and with private
# notifications on, name no meeting or place. Choosing "I'm Going" in
# dunst's action menu (its dmenu is a script here) records the attendance;
# restarting Reprieve does not raise the reminder again. Then the daily
# reading's reminder, turned on in the settings, arrives at its time and
# its Open shows the day's reading in the window. Prints how late the
# notification was as a TAP comment.
#
#   test-reminders-dunst.sh PATH/TO/reprieve
#
# Needs a display (dunst draws on it): the README's test command runs the
# suite under Xvfb. dunst missing is a failure, not a skip: the README's
# command installs it.
set -u
reprieve=$1
n=0
failed=0

ok() {
  n=$((n + 1))
  if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=1; fi
}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/reprieve-reminders.XXXXXX")
bus_pid=
dunst_pid=
monitor_pid=
app_pid=
cleanup() {
  [ -n "${KEEP_SCRATCH:-}" ] && cp -r "$scratch" "$KEEP_SCRATCH"
  for pid in $app_pid $monitor_pid $dunst_pid $bus_pid; do
    kill "$pid" 2>/dev/null
  done
  wait 2>/dev/null
  rm -rf "$scratch"
}
trap cleanup EXIT

export HOME=$scratch XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config
export XDG_CACHE_HOME=$scratch/cache XDG_RUNTIME_DIR=$scratch/run
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME/dunst" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export TZ=America/Chicago
# A keyfile, so that the test can turn the daily reading's reminder on.
export GSETTINGS_BACKEND=keyfile
settings_file=$XDG_CONFIG_HOME/glib-2.0/settings/keyfile
mkdir -p "$(dirname "$settings_file")"
printf '[io/github/reprieve/Reprieve]\nstart-at-login-asked=true\nbackground-hint-shown=true\n' >"$settings_file"
db=$XDG_DATA_HOME/io.github.reprieve.Reprieve/reprieve.db

echo "1..14"

if [ -z "${DISPLAY:-}" ] || ! command -v dunst >/dev/null || ! command -v dunstctl >/dev/null; then
  echo "Bail out! needs a display and dunst (build-aux/reprieve-dev test provides both)"
  exit 1
fi

# A private session bus: the notification server, Reprieve and the
# monitor meet here and nowhere else.
dbus-daemon --session --fork --nopidfile --print-address=3 --print-pid=4 \
  3>"$scratch/bus-address" 4>"$scratch/bus-pid" 2>/dev/null
bus_pid=$(cat "$scratch/bus-pid")
DBUS_SESSION_BUS_ADDRESS=$(head -n1 "$scratch/bus-address")
export DBUS_SESSION_BUS_ADDRESS

# dunst's action menu: a script that records what it was offered and
# picks the action named in $scratch/want (lines end in "[index,action]").
echo going >"$scratch/want"
cat >"$scratch/pick" <<EOF
#!/bin/sh
tee "$scratch/offered" | grep -m1 ",\$(cat "$scratch/want")\]"
EOF
chmod +x "$scratch/pick"
cat >"$XDG_CONFIG_HOME/dunst/dunstrc" <<EOF
[global]
dmenu = $scratch/pick -p dunst
history_length = 20
[urgency_normal]
timeout = 0
EOF
dunst -config "$XDG_CONFIG_HOME/dunst/dunstrc" >"$scratch/dunst.log" 2>&1 &
dunst_pid=$!
timeout 10 gdbus wait --session --timeout 10 org.freedesktop.Notifications
ok $? "dunst owns org.freedesktop.Notifications on the private bus"

dbus-monitor --session "interface='org.freedesktop.Notifications',member='Notify'" \
  >"$scratch/monitor" 2>/dev/null &
monitor_pid=$!
for _ in $(seq 50); do [ -s "$scratch/monitor" ] && break; sleep 0.1; done

# A one-off meeting tomorrow at 12:00 UTC with a one-minute reminder.
start_epoch=$(( ($(date -u +%s) / 86400 + 1) * 86400 + 12 * 3600 ))
dtstart=$(date -u -d "@$start_epoch" +%Y%m%dT%H%M%SZ)
cat >"$scratch/meeting.ics" <<EOF
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Reprieve//test//EN
BEGIN:VEVENT
UID:reminder-test@reprieve.test
DTSTAMP:20260101T000000Z
DTSTART:$dtstart
DURATION:PT1H
SUMMARY:Serenity Test Group
LOCATION:St. Anne's Hall
URL:https://meet.example.org/serenity
X-REPRIEVE-REMINDER:1
END:VEVENT
END:VCALENDAR
EOF
out=$(env -u DBUS_SESSION_BUS_ADDRESS "$reprieve" --import "$scratch/meeting.ics" 2>&1)
[[ $out == "imported 1"* ]]
ok $? "the meeting is imported"

# Reprieve's clock runs ahead so that the reminder (one minute before the
# start) is due 4 s after now.
launch() {
  local now due
  now=$(date +%s)
  due=$((start_epoch - 60))
  REPRIEVE_TEST_CLOCK_OFFSET=$((due - now - ${1:-4})) G_MESSAGES_DEBUG=rp-reminders \
    "$reprieve" --background >>"$scratch/app.log" 2>&1 &
  app_pid=$!
  due_real=$((now + ${1:-4}))
}
count_notify() {
  grep -c 'member=Notify' "$scratch/monitor"
}

launch 4
for _ in $(seq 200); do [ "$(count_notify)" -ge 1 ] && break; sleep 0.1; done
[ "$(count_notify)" -eq 1 ]
ok $? "the reminder arrives once, while Reprieve has no window"

# The exact call: app name, icon, summary, body, actions, hints.
call=$(sed -n '/member=Notify/,$p' "$scratch/monitor")
[[ $call == *'string "Reprieve"'* ]] && [[ $call == *'string "io.github.reprieve.Reprieve"'* ]] &&
  [[ $call == *'string "Reminder"'* ]] && [[ $call == *'Event at '*'in 1 minute'* ]] &&
  [[ $call == *'string "desktop-entry"'* ]] && [[ $call == *'x-reprieve.reminder'* ]] &&
  [[ $call == *'string "going"'* ]] && [[ $call == *'string "snooze"'* ]] &&
  [[ $call == *'string "open"'* ]]
ok $? "summary, body, app name, icon, desktop-entry and category hints, and actions are as expected"

! grep -q -e 'Serenity' -e 'Anne' -e 'meet.example.org' "$scratch/monitor" &&
  [[ $call != *'string "join"'* ]]
ok $? "private notifications: no meeting name, place or link, and no Join action"

# How late it came, from the bus's own timestamp.
sent=$(grep -m1 'member=Notify' "$scratch/monitor" | sed -n 's/.*time=\([0-9.]*\).*/\1/p')
late=$(python3 -c "import sys; print('%.3f' % (float(sys.argv[1]) - float(sys.argv[2])))" \
  "$sent" "$due_real")
echo "# notification sent $late s after it was due"
python3 -c "import sys; sys.exit(0 if -0.5 <= float(sys.argv[1]) <= 2.0 else 1)" "$late"
ok $? "it is sent within 2 s of its due moment"

# I'm Going, through dunst's action menu, as a user picks it.
attended() {
  python3 -c 'import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print(db.execute("SELECT count(*) FROM attendance WHERE status = 1").fetchone()[0])' "$db"
}
dunstctl context
for _ in $(seq 50); do [ "$(attended)" = 1 ] && break; sleep 0.1; done
[ "$(attended)" = 1 ] && grep -q 'going\]' "$scratch/offered"
ok $? "choosing I'm Going in dunst's menu records the attendance"

dunstctl close-all
history=$(dunstctl history)
[[ $history == *'"Reminder"'* ]] && [[ $history != *Serenity* ]] && [[ $history != *Anne* ]]
ok $? "dunst's history holds the private reminder and no meeting name"

# A restart, with the meeting still ahead and the reminder's moment past:
# the record keeps it from coming again.
gdbus call --session --dest io.github.reprieve.Reprieve --object-path /io/github/reprieve/Reprieve \
  --method org.gtk.Actions.Activate quit '[]' '{}' >/dev/null 2>&1
wait "$app_pid"
rc=$?
app_pid=
launch -3
timeout 10 gdbus wait --session --timeout 10 io.github.reprieve.Reprieve
sleep 2
[ $rc -eq 0 ] && [ "$(count_notify)" -eq 1 ] && kill -0 "$app_pid" 2>/dev/null
ok $? "after Quit and a restart the reminder is not raised again"

# The running app brought the starter library into the database (search,
# favourites and read marks work on it there).
starter=$(python3 -c 'import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print(db.execute("SELECT count(*) FROM reading r JOIN reading_collection c ON c.id = r.collection_id WHERE c.kind = 0").fetchone()[0])' "$db")
[ "$starter" -ge 15 ]
ok $? "the starter library is synced into the database on start ($starter texts)"

# The daily reading's reminder: on, at a local minute a few seconds ahead
# of Reprieve's clock.
gdbus call --session --dest io.github.reprieve.Reprieve --object-path /io/github/reprieve/Reprieve \
  --method org.gtk.Actions.Activate quit '[]' '{}' >/dev/null 2>&1
wait "$app_pid"
app_pid=
reading_due=$(( ($(date +%s) / 60 + 3) * 60 ))
minute=$(( 10#$(date -d "@$reading_due" +%H) * 60 + 10#$(date -d "@$reading_due" +%M) ))
printf '[io/github/reprieve/Reprieve]\nstart-at-login-asked=true\nbackground-hint-shown=true\ndaily-reading-reminder=true\ndaily-reading-time=%d\n' \
  "$minute" >"$settings_file"
notified_before=$(count_notify)
REPRIEVE_TEST_CLOCK_OFFSET=$((reading_due - $(date +%s) - 4)) \
  G_MESSAGES_DEBUG="rp-reminders rp-application" "$reprieve" --background >>"$scratch/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 200); do [ "$(count_notify)" -gt "$notified_before" ] && break; sleep 0.1; done
last_call=$(awk '/member=Notify/ { block = "" } { block = block "\n" $0 } END { print block }' "$scratch/monitor")
[ "$(count_notify)" -eq $((notified_before + 1)) ] &&
  [[ $last_call == *'string "Time for your daily reading"'* ]] && [[ $last_call == *'string "open"'* ]]
ok $? "the daily reading's reminder arrives once at its time, with Open"

# Open, picked in dunst's menu: the window shows the day's reading, the
# starter library's first text (in order, starting today).
echo open >"$scratch/want"
dunstctl context
first_starter=$(python3 -c 'import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print(db.execute("SELECT r.id FROM reading r JOIN reading_collection c ON c.id = r.collection_id WHERE c.kind = 0 ORDER BY r.position LIMIT 1").fetchone()[0])' "$db")
for _ in $(seq 100); do grep -q "Daily reading opened: $first_starter\$" "$scratch/app.log" && break; sleep 0.1; done
grep -q "Daily reading opened: $first_starter\$" "$scratch/app.log"
ok $? "its Open shows the day's reading (reading $first_starter) in the window"
timeout 10 xdotool search --sync --onlyvisible --name '^Reprieve$' >/dev/null 2>&1
ok $? "the window is on screen"

grep -v -e 'Failed to set fd limit' "$scratch/app.log" | grep -q -e CRITICAL -e WARNING
[ $? -ne 0 ] && ! grep -q -e Serenity -e Anne "$scratch/app.log"
ok $? "no warnings, and no meeting data in Reprieve's log"

exit $failed
