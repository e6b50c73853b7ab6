/* rp-reminder-settings.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The daily reminders that Preferences owns (the daily reading; later the
 * check-in): a switch and a time of day, two settings that together make
 * one source's minute of the day. */

#define G_LOG_DOMAIN "rp-reminders"

#include "config.h"

#include "rp-reminder-settings.h"

typedef struct
{
  char *enabled_key;
  char *time_key;
} Keys;

static void
keys_free (gpointer data)
{
  Keys *keys = data;

  g_free (keys->enabled_key);
  g_free (keys->time_key);
  g_free (keys);
}

static void
update_minute (GSettings             *settings,
               const Keys            *keys,
               RpDailyReminderSource *source)
{
  int minute = -1;

  if (g_settings_get_boolean (settings, keys->enabled_key))
    minute = g_settings_get_int (settings, keys->time_key);

  rp_daily_reminder_source_set_minute_of_day (source, minute);
}

/* Connected swapped: the source comes first, the settings last. The keys
 * are read after connecting, which some backends need to emit changes. */
static void
changed_cb (RpDailyReminderSource *source,
            const char            *key,
            GSettings             *settings)
{
  const Keys *keys = g_object_get_data (G_OBJECT (source), "rp-reminder-settings-keys");

  if (g_strcmp0 (key, keys->enabled_key) == 0 || g_strcmp0 (key, keys->time_key) == 0)
    update_minute (settings, keys, source);
}

/**
 * rp_reminder_settings_new_daily_source:
 * @settings: the application's settings
 * @kind: what it reminds of
 * @title: what a non-private notification says
 * @enabled_key: the boolean key that turns it on
 * @time_key: the integer key with its minute of the day (local time)
 *
 * Returns: (transfer full): a source that follows the two keys for as long
 *   as it lives
 */
RpDailyReminderSource *
rp_reminder_settings_new_daily_source (GSettings      *settings,
                                       RpReminderKind  kind,
                                       const char     *title,
                                       const char     *enabled_key,
                                       const char     *time_key)
{
  RpDailyReminderSource *source;
  Keys *keys;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (enabled_key != NULL && time_key != NULL, NULL);

  source = rp_daily_reminder_source_new (kind, 0, title);
  keys = g_new0 (Keys, 1);
  keys->enabled_key = g_strdup (enabled_key);
  keys->time_key = g_strdup (time_key);
  g_object_set_data_full (G_OBJECT (source), "rp-reminder-settings-keys", keys,
                          (GDestroyNotify) keys_free);

  g_signal_connect_object (settings, "changed", G_CALLBACK (changed_cb), source,
                           G_CONNECT_SWAPPED);
  update_minute (settings, keys, source);

  return source;
}
