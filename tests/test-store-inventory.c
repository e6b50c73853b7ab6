/* test-store-inventory.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-store-inventory"

#include "config.h"

#include <string.h>

#include "rp-test-store.h"
#include "rp-test-util.h"

/* The daily inventory in RpStore: an entry saved, read back, replaced and
 * deleted (and given back, as Undo does); invalid or empty entries refused
 * without a write; trigger tags suggested by frequency and prefix, one per
 * tag whatever its case; chart series with gaps; meetings per week; the
 * history paged newest first; another connection's write seen after a
 * reload; and a year's series out of ten years of entries in a few ms. */

static RpInventoryEntry *
make_entry (int         year,
            int         month,
            int         day,
            int         mood,
            int         craving,
            const char *triggers)
{
  GDate date = rp_test_make_date (year, month, day);
  RpInventoryEntry *entry = rp_inventory_entry_new (&date);
  g_auto(GStrv) tags = triggers != NULL ? g_strsplit (triggers, ",", -1) : NULL;

  rp_inventory_entry_set_mood (entry, mood);
  rp_inventory_entry_set_craving (entry, craving);
  rp_inventory_entry_set_triggers (entry, (const char * const *) tags);

  return entry;
}

static void
save (RpStore          *store,
      RpInventoryEntry *entry)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rp_store_save_inventory (store, entry, &error));
  g_assert_no_error (error);
}

static void
save_new (RpStore    *store,
          int         year,
          int         month,
          int         day,
          int         mood,
          int         craving,
          const char *triggers)
{
  g_autoptr(RpInventoryEntry) entry = make_entry (year, month, day, mood, craving, triggers);

  save (store, entry);
}

static RpInventoryEntry *
load (RpStore *store,
      int      year,
      int      month,
      int      day)
{
  g_autoptr(GError) error = NULL;
  GDate date = rp_test_make_date (year, month, day);
  RpInventoryEntry *entry = rp_store_load_inventory (store, &date, &error);

  g_assert_no_error (error);
  return entry;
}

static char *
join (const char * const *strv)
{
  return g_strjoinv (",", (char **) strv);
}

static void
test_entry_rules (void)
{
  g_autoptr(RpInventoryEntry) entry = make_entry (2026, 3, 1, 0, -1, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *long_tag = g_strnfill (51, 'x');
  g_autofree char *joined = NULL;
  RpInventoryField field = RP_INVENTORY_FIELD_NONE;
  const char *tags[] = { "  Work ", "work", "WORK", "", "Stress", "Ärger", "ärger", NULL };
  const char *lines[] = { " sun\nshine ", "  ", "friends", NULL };

  /* Nothing in it: empty, refused as such. */
  g_assert_true (rp_inventory_entry_is_empty (entry));
  g_assert_false (rp_inventory_entry_validate (entry, &field, &error));
  g_assert_error (error, RP_INVENTORY_ERROR, RP_INVENTORY_ERROR_EMPTY);
  g_clear_error (&error);

  /* Tags trimmed, empty dropped, repeats in another case dropped. */
  rp_inventory_entry_set_triggers (entry, tags);
  joined = join (rp_inventory_entry_get_triggers (entry));
  g_assert_cmpstr (joined, ==, "Work,Stress,Ärger");
  g_assert_false (rp_inventory_entry_add_trigger (entry, "stress "));
  g_assert_true (rp_inventory_entry_add_trigger (entry, "tired"));
  g_assert_true (rp_inventory_entry_has_trigger (entry, "TIRED"));
  g_assert_false (rp_inventory_entry_is_empty (entry));
  g_assert_true (rp_inventory_entry_validate (entry, &field, &error));
  g_assert_no_error (error);

  rp_inventory_entry_set_gratitude (entry, lines);
  g_clear_pointer (&joined, g_free);
  joined = join (rp_inventory_entry_get_gratitude (entry));
  g_assert_cmpstr (joined, ==, "sun shine,friends");

  /* Each rule names its field. */
  rp_inventory_entry_set_mood (entry, 6);
  g_assert_false (rp_inventory_entry_validate (entry, &field, &error));
  g_assert_error (error, RP_INVENTORY_ERROR, RP_INVENTORY_ERROR_INVALID);
  g_assert_cmpint (field, ==, RP_INVENTORY_FIELD_MOOD);
  g_clear_error (&error);
  rp_inventory_entry_set_mood (entry, 5);

  rp_inventory_entry_set_craving (entry, 11);
  g_assert_false (rp_inventory_entry_validate (entry, &field, &error));
  g_assert_cmpint (field, ==, RP_INVENTORY_FIELD_CRAVING);
  g_clear_error (&error);
  rp_inventory_entry_set_craving (entry, 0);

  g_assert_true (rp_inventory_entry_add_trigger (entry, long_tag));
  g_assert_false (rp_inventory_entry_validate (entry, &field, &error));
  g_assert_cmpint (field, ==, RP_INVENTORY_FIELD_TRIGGERS);
  g_assert_nonnull (strstr (error->message, "50"));
  g_clear_error (&error);
  rp_inventory_entry_set_triggers (entry, NULL);

  for (int i = 0; i < 21; i++)
    {
      g_autofree char *tag = g_strdup_printf ("tag %d", i);

      rp_inventory_entry_add_trigger (entry, tag);
    }
  g_assert_false (rp_inventory_entry_validate (entry, &field, &error));
  g_assert_cmpint (field, ==, RP_INVENTORY_FIELD_TRIGGERS);
  g_clear_error (&error);
  rp_inventory_entry_set_triggers (entry, NULL);

  {
    g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
    g_auto(GStrv) many = NULL;
    g_autofree char *long_line = g_strnfill (201, 'y');

    for (int i = 0; i < 11; i++)
      g_strv_builder_add (builder, "a");
    many = g_strv_builder_end (builder);
    rp_inventory_entry_set_gratitude (entry, (const char * const *) many);
    g_assert_false (rp_inventory_entry_validate (entry, &field, &error));
    g_assert_cmpint (field, ==, RP_INVENTORY_FIELD_GRATITUDE);
    g_clear_error (&error);

    rp_inventory_entry_set_gratitude (entry, (const char *[]) { long_line, NULL });
    g_assert_false (rp_inventory_entry_validate (entry, &field, &error));
    g_assert_cmpint (field, ==, RP_INVENTORY_FIELD_GRATITUDE);
    g_clear_error (&error);
    rp_inventory_entry_set_gratitude (entry, NULL);
  }

  {
    g_autofree char *notes = g_strnfill (20001, 'n');

    rp_inventory_entry_set_notes (entry, notes);
    g_assert_false (rp_inventory_entry_validate (entry, &field, &error));
    g_assert_cmpint (field, ==, RP_INVENTORY_FIELD_NOTES);
    g_clear_error (&error);
    notes[20000] = '\0';
    rp_inventory_entry_set_notes (entry, notes);
    g_assert_true (rp_inventory_entry_validate (entry, &field, NULL));
  }

  rp_inventory_entry_set_notes (entry, "   ");
  g_assert_null (rp_inventory_entry_get_notes (entry));
}

static void
test_save_load (RpTestStore   *f,
                gconstpointer  user_data)
{
  g_autoptr(RpInventoryEntry) entry = make_entry (2026, 3, 1, 4, 3, "work,lonely");
  g_autoptr(RpInventoryEntry) loaded = NULL;
  g_autoptr(RpInventoryEntry) replaced = NULL;
  g_autoptr(RpInventoryEntry) deleted = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *tags = NULL;
  guint changed = 0;
  guint count = 0;
  GDate day = rp_test_make_date (2026, 3, 1);

  g_signal_connect_swapped (f->store, "changed::inventory",
                            G_CALLBACK (rp_test_count_signal), &changed);

  g_assert_null (load (f->store, 2026, 3, 1));

  rp_inventory_entry_set_gratitude (entry, (const char *[]) { "my sponsor", "a dry day", NULL });
  rp_inventory_entry_set_notes (entry, "Spoke at the meeting.");
  save (f->store, entry);
  g_assert_cmpuint (changed, ==, 1);

  loaded = load (f->store, 2026, 3, 1);
  g_assert_nonnull (loaded);
  g_assert_true (rp_inventory_entry_has_trigger (loaded, "work"));
  g_assert_true (rp_inventory_entry_has_trigger (loaded, "lonely"));
  g_assert_cmpuint (g_strv_length ((char **) rp_inventory_entry_get_triggers (loaded)), ==, 2);
  /* Tags come back in their order in the table; compare as sets. */
  rp_inventory_entry_set_triggers (loaded, rp_inventory_entry_get_triggers (entry));
  g_assert_true (rp_inventory_entry_equal (entry, loaded));

  /* Replace: one row, triggers rewritten, unset values saved as unset. */
  replaced = make_entry (2026, 3, 1, 2, -1, "Tired");
  save (f->store, replaced);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM inventory"), ==, 1);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM inventory_trigger"), ==, 1);
  g_clear_object (&loaded);
  loaded = load (f->store, 2026, 3, 1);
  g_assert_true (rp_inventory_entry_equal (replaced, loaded));
  g_assert_cmpint (rp_inventory_entry_get_craving (loaded), ==, -1);
  g_assert_null (rp_inventory_entry_get_notes (loaded));
  tags = join (rp_inventory_entry_get_triggers (loaded));
  g_assert_cmpstr (tags, ==, "Tired");

  /* Delete, then Undo gives it back. */
  g_assert_true (rp_store_delete_inventory (f->store, &day, &deleted, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 3);
  g_assert_nonnull (deleted);
  g_assert_true (rp_inventory_entry_equal (replaced, deleted));
  g_assert_null (load (f->store, 2026, 3, 1));
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM inventory_trigger"), ==, 0);

  save (f->store, deleted);
  g_clear_object (&loaded);
  loaded = load (f->store, 2026, 3, 1);
  g_assert_true (rp_inventory_entry_equal (replaced, loaded));
  g_assert_true (rp_store_count_inventory (f->store, &count, &error));
  g_assert_cmpuint (count, ==, 1);

  /* Deleting a day without an entry: no error, no signal. */
  changed = 0;
  day = rp_test_make_date (2026, 3, 2);
  g_clear_object (&deleted);
  g_assert_true (rp_store_delete_inventory (f->store, &day, &deleted, &error));
  g_assert_null (deleted);
  g_assert_cmpuint (changed, ==, 0);
}

static void
test_refusals (RpTestStore   *f,
               gconstpointer  user_data)
{
  g_autoptr(RpInventoryEntry) empty = make_entry (2026, 3, 1, 0, -1, NULL);
  g_autoptr(RpInventoryEntry) bad = make_entry (2026, 3, 1, 3, 12, "work");
  g_autoptr(RpInventoryEntry) kept = make_entry (2026, 3, 1, 3, 2, "home");
  g_autoptr(RpInventoryEntry) loaded = NULL;
  g_autoptr(GError) error = NULL;
  guint changed = 0;

  save (f->store, kept);
  g_signal_connect_swapped (f->store, "changed::inventory",
                            G_CALLBACK (rp_test_count_signal), &changed);

  g_assert_false (rp_store_save_inventory (f->store, empty, &error));
  g_assert_error (error, RP_INVENTORY_ERROR, RP_INVENTORY_ERROR_EMPTY);
  g_clear_error (&error);
  g_assert_false (rp_store_save_inventory (f->store, bad, &error));
  g_assert_error (error, RP_INVENTORY_ERROR, RP_INVENTORY_ERROR_INVALID);

  /* The saved entry is untouched and nothing was announced. */
  g_assert_cmpuint (changed, ==, 0);
  loaded = load (f->store, 2026, 3, 1);
  g_assert_true (rp_inventory_entry_equal (kept, loaded));
  g_assert_cmpint (rp_test_query_int (f->database,
                                      "SELECT count(*) FROM inventory_trigger"
                                      " WHERE tag = 'work'"), ==, 0);
}

static char *
suggest (RpStore    *store,
         const char *prefix,
         guint       limit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tags = rp_store_list_trigger_tags (store, prefix, limit, &error);

  g_assert_no_error (error);
  g_ptr_array_add (tags, NULL);

  return g_strjoinv (",", (char **) tags->pdata);
}

static void
test_tags (RpTestStore   *f,
           gconstpointer  user_data)
{
  g_autofree char *all = NULL;
  g_autofree char *wo = NULL;
  g_autofree char *two = NULL;
  g_autofree char *none = NULL;

  save_new (f->store, 2026, 3, 1, 3, -1, "work,tired");
  save_new (f->store, 2026, 3, 2, 3, -1, "Work,lonely");
  save_new (f->store, 2026, 3, 3, 3, -1, "work,worry");
  save_new (f->store, 2026, 3, 4, 3, -1, "tired");
  save_new (f->store, 2026, 3, 5, 3, -1, "worry");

  /* work ×3 (two spellings, the commoner shown), then the two used twice
   * (the more recent first), then lonely. */
  all = suggest (f->store, NULL, 10);
  g_assert_cmpstr (all, ==, "work,worry,tired,lonely");
  wo = suggest (f->store, " WO", 10);
  g_assert_cmpstr (wo, ==, "work,worry");
  two = suggest (f->store, "", 2);
  g_assert_cmpstr (two, ==, "work,worry");
  none = suggest (f->store, "zz", 10);
  g_assert_cmpstr (none, ==, "");
}

static void
test_series (RpTestStore   *f,
             gconstpointer  user_data)
{
  g_autoptr(GArray) series = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RpMeeting) meeting = NULL;
  GDate first = rp_test_make_date (2026, 2, 27);
  RpInventoryDay *days;

  save_new (f->store, 2026, 2, 26, 1, 9, NULL);  /* before the range */
  save_new (f->store, 2026, 2, 28, 2, -1, NULL);
  save_new (f->store, 2026, 3, 1, 0, 7, "work");
  save_new (f->store, 2026, 3, 3, 5, 0, NULL);
  save_new (f->store, 2026, 3, 6, 4, 1, NULL);   /* after it */

  series = rp_store_get_inventory_series (f->store, &first, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (series->len, ==, 5);
  days = (RpInventoryDay *) series->data;
  /* Feb 27: nothing; Feb 28: mood only (across the month's end); Mar 1:
   * craving only; Mar 2: nothing; Mar 3: both. */
  g_assert_false (days[0].recorded);
  g_assert_cmpint (days[0].mood, ==, 0);
  g_assert_cmpint (days[0].craving, ==, -1);
  g_assert_true (days[1].recorded);
  g_assert_cmpint (days[1].mood, ==, 2);
  g_assert_cmpint (days[1].craving, ==, -1);
  g_assert_true (days[2].recorded);
  g_assert_cmpint (days[2].mood, ==, 0);
  g_assert_cmpint (days[2].craving, ==, 7);
  g_assert_false (days[3].recorded);
  g_assert_true (days[4].recorded);
  g_assert_cmpint (days[4].mood, ==, 5);
  g_assert_cmpint (days[4].craving, ==, 0);

  /* Meetings per week: two in the first week, one in the third; a missed
   * one and one after the weeks do not count. */
  meeting = rp_meeting_new ();
  rp_meeting_set_name (meeting, "Test group");
  {
    g_autoptr(RpSchedule) schedule = NULL;
    GDate start = rp_test_make_date (2026, 1, 5);

    schedule = rp_schedule_new_weekly (&start, RP_WEEKDAY_MONDAY, 19 * 60, 60,
                                       "America/New_York", &error);
    g_assert_no_error (error);
    rp_meeting_set_schedule (meeting, schedule);
  }
  g_assert_true (rp_store_add_meeting (f->store, meeting, &error));
  g_assert_no_error (error);
  {
    g_autofree char *sql = NULL;

    sql = g_strdup_printf ("INSERT INTO attendance (meeting_id, date, status, recorded) VALUES"
                           " (%1$" G_GINT64_FORMAT ", '2026-02-27', 1, 'x'),"
                           " (%1$" G_GINT64_FORMAT ", '2026-03-05', 1, 'x'),"
                           " (%1$" G_GINT64_FORMAT ", '2026-03-13', 1, 'x'),"
                           " (%1$" G_GINT64_FORMAT ", '2026-03-20', 1, 'x'),"
                           " (%1$" G_GINT64_FORMAT ", '2026-03-10', 0, 'x')",
                           rp_meeting_get_id (meeting));
    rp_test_exec (f->database, sql);
  }
  weeks = rp_store_count_attended_per_week (f->store, &first, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (weeks->len, ==, 3);
  g_assert_cmpuint (g_array_index (weeks, guint, 0), ==, 2);
  g_assert_cmpuint (g_array_index (weeks, guint, 1), ==, 0);
  g_assert_cmpuint (g_array_index (weeks, guint, 2), ==, 1);
}

static void
test_history (RpTestStore   *f,
              gconstpointer  user_data)
{
  g_autoptr(GPtrArray) page1 = NULL;
  g_autoptr(GPtrArray) page2 = NULL;
  g_autoptr(GError) error = NULL;

  for (int day = 1; day <= 5; day++)
    save_new (f->store, 2026, 3, day, day, day, day == 3 ? "work" : NULL);

  page1 = rp_store_list_inventory (f->store, 0, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (page1->len, ==, 3);
  g_assert_cmpint (g_date_get_day (rp_inventory_entry_get_day (page1->pdata[0])), ==, 5);
  g_assert_cmpint (g_date_get_day (rp_inventory_entry_get_day (page1->pdata[2])), ==, 3);
  g_assert_true (rp_inventory_entry_has_trigger (page1->pdata[2], "work"));

  page2 = rp_store_list_inventory (f->store, 3, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (page2->len, ==, 2);
  g_assert_cmpint (g_date_get_day (rp_inventory_entry_get_day (page2->pdata[0])), ==, 2);
  g_assert_cmpint (rp_inventory_entry_get_mood (page2->pdata[1]), ==, 1);
}

static void
test_other_connection (RpTestStore   *f,
                       gconstpointer  user_data)
{
  g_autoptr(RpDatabase) other_database = NULL;
  g_autoptr(RpStore) other = NULL;
  g_autoptr(RpInventoryEntry) loaded = NULL;
  g_autoptr(GError) error = NULL;
  guint changed = 0;

  other_database = rp_database_open (rp_database_get_path (f->database), &error);
  g_assert_no_error (error);
  other = rp_store_new (other_database);

  g_signal_connect_swapped (f->store, "changed::inventory",
                            G_CALLBACK (rp_test_count_signal), &changed);
  save_new (other, 2026, 3, 1, 5, 0, "gym");

  g_assert_true (rp_store_reload (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  loaded = load (f->store, 2026, 3, 1);
  g_assert_nonnull (loaded);
  g_assert_cmpint (rp_inventory_entry_get_mood (loaded), ==, 5);
}

/* Ten years of entries, written in one transaction as a generator would. */
static void
test_ten_years (RpTestStore   *f,
                gconstpointer  user_data)
{
  g_autoptr(GArray) series = NULL;
  g_autoptr(GError) error = NULL;
  GDate day = rp_test_make_date (2016, 1, 1);
  GDate first;
  gint64 best = G_MAXINT64;

  g_assert_true (rp_database_begin_write (f->database, &error));
  for (int i = 0; i < 3650; i++)
    {
      g_autofree char *sql = NULL;
      g_autofree char *text = rp_schedule_format_storage_date (&day);

      sql = g_strdup_printf ("INSERT INTO inventory (day, mood, craving, created, updated)"
                             " VALUES ('%s', %d, %d, 'x', 'x')", text, 1 + i % 5, i % 11);
      rp_test_exec (f->database, sql);
      g_date_add_days (&day, 1);
    }
  g_assert_true (rp_database_commit (f->database, &error));

  first = day;
  g_date_subtract_days (&first, 365);
  for (int run = 0; run < 5; run++)
    {
      gint64 start = g_get_monotonic_time ();

      g_clear_pointer (&series, g_array_unref);
      series = rp_store_get_inventory_series (f->store, &first, 365, &error);
      g_assert_no_error (error);
      best = MIN (best, g_get_monotonic_time () - start);
    }

  g_assert_cmpuint (series->len, ==, 365);
  g_assert_true (g_array_index (series, RpInventoryDay, 0).recorded);
  g_test_message ("365-day series out of 3650 entries: %.2f ms", best / 1000.0);
  g_assert_cmpint (best, <, 20000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/inventory/entry-rules", test_entry_rules);
  g_test_add ("/store-inventory/save-load", RpTestStore, NULL,
              rp_test_store_set_up, test_save_load, rp_test_store_tear_down);
  g_test_add ("/store-inventory/refusals", RpTestStore, NULL,
              rp_test_store_set_up, test_refusals, rp_test_store_tear_down);
  g_test_add ("/store-inventory/tags", RpTestStore, NULL,
              rp_test_store_set_up, test_tags, rp_test_store_tear_down);
  g_test_add ("/store-inventory/series", RpTestStore, NULL,
              rp_test_store_set_up, test_series, rp_test_store_tear_down);
  g_test_add ("/store-inventory/history", RpTestStore, NULL,
              rp_test_store_set_up, test_history, rp_test_store_tear_down);
  g_test_add ("/store-inventory/other-connection", RpTestStore, NULL,
              rp_test_store_set_up, test_other_connection, rp_test_store_tear_down);
  g_test_add ("/store-inventory/ten-years", RpTestStore, NULL,
              rp_test_store_set_up, test_ten_years, rp_test_store_tear_down);

  return g_test_run ();
}
