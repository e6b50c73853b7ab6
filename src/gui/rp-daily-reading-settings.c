/* rp-daily-reading-settings.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The daily reading as Preferences chose it: the one place that turns the
 * daily-reading-* settings into a reading, for the Today page, the
 * library's "Today's Reading" row and the reminder's Open. */

#define G_LOG_DOMAIN "rp-daily-reading"

#include "config.h"

#include "rp-daily-reading-settings.h"
#include "rp-schedule.h"

/* The start this process asked the settings to keep (see below). */
#define START_TRIED "rp-daily-reading-start-tried"

/**
 * rp_daily_reading_settings_choose:
 * @store: the data
 * @settings: the application's settings
 * @day: the local day to choose for
 * @keep_start: when no valid `daily-reading-start` is set, write @day as
 *   the start (the Today page, the first time it shows one: "in order"
 *   begins there); otherwise @day is used without writing it
 * @error: the store's error
 *
 * Returns: (transfer full) (nullable): the reading with its body, or
 *   %NULL (without @error) when the collection is empty
 */
RpReading *
rp_daily_reading_settings_choose (RpStore      *store,
                                  GSettings    *settings,
                                  const GDate  *day,
                                  gboolean      keep_start,
                                  GError      **error)
{
  g_autofree char *start_text = NULL;
  const char *tried;
  GDate start;

  g_return_val_if_fail (RP_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  start_text = g_settings_get_string (settings, "daily-reading-start");
  tried = g_object_get_data (G_OBJECT (settings), START_TRIED);
  if (!rp_schedule_parse_storage_date (start_text, &start, NULL) &&
      (tried == NULL || !rp_schedule_parse_storage_date (tried, &start, NULL)))
    {
      start = *day;
      if (keep_start)
        {
          g_autofree char *day_text = rp_schedule_format_storage_date (day);

          /* Asked once, then remembered here. When the settings cannot
           * be saved (no session bus, a locked key), GSettings puts the
           * old value back and says the key changed; the pages listening
           * would choose again and write again, thousands of times a
           * second. The remembered start keeps "in order" going. */
          g_object_set_data_full (G_OBJECT (settings), START_TRIED,
                                  g_strdup (day_text), g_free);
          g_settings_set_string (settings, "daily-reading-start", day_text);
        }
    }

  return rp_store_get_daily_reading (store,
                                     g_settings_get_int64 (settings, "daily-reading-collection"),
                                     (RpDailyReadingOrder) g_settings_get_enum (settings,
                                                                                "daily-reading-order"),
                                     &start, day, error);
}
