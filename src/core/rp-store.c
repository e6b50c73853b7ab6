/* rp-store.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-directory-meeting.h"
#include "rp-meeting-private.h"
#include "rp-store-private.h"

/* RpStore is the data layer the user interface talks to: it owns the
 * RpDatabase and hands out GListModels of record objects. Widgets bind
 * to its properties and listen to "changed"; they never see SQL.
 * RpApplication owns the one RpStore. Every write goes through here, so
 * the models stay in step with the database without re-reading it;
 * rp_store_reload() catches up with what another process (the command
 * line) wrote. This file holds My meetings; see rp-store-private.h for
 * the others. */

G_DEFINE_FINAL_TYPE (RpStore, rp_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_HAS_SPONSOR,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
rp_store_dispose (GObject *object)
{
  RpStore *self = (RpStore *)object;

  g_clear_object (&self->meetings);
  g_clear_object (&self->directory);
  g_clear_object (&self->contacts);
  g_clear_object (&self->readings);
  g_clear_object (&self->reading_collections);
  g_clear_object (&self->recoveries);
  g_clear_object (&self->goals);
  g_clear_pointer (&self->goal_streaks, g_hash_table_unref);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (rp_store_parent_class)->dispose (object);
}

static void
rp_store_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  RpStore *self = RP_STORE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_HAS_SPONSOR:
      g_value_set_boolean (value, rp_store_get_has_sponsor (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_store_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  RpStore *self = RP_STORE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_store_constructed (GObject *object)
{
  RpStore *self = RP_STORE (object);
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (rp_store_parent_class)->constructed (object);

  meetings = rp_store_read_meetings (self, &error);
  if (meetings == NULL)
    g_warning ("Could not load the meetings: %s", error->message);
  else
    g_list_store_splice (self->meetings, 0, 0, meetings->pdata, meetings->len);

  if (!rp_store_refresh_contacts (self, NULL, &error))
    g_warning ("Could not load the contacts: %s", error->message);
}

static void
rp_store_class_init (RpStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = rp_store_constructed;
  object_class->dispose = rp_store_dispose;
  object_class->get_property = rp_store_get_property;
  object_class->set_property = rp_store_set_property;

  /**
   * RpStore:database:
   *
   * The database this store reads and writes.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         RP_TYPE_DATABASE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RpStore:has-sponsor:
   *
   * Whether a primary sponsor is saved; the "Call sponsor" buttons and
   * actions follow it.
   */
  properties[PROP_HAS_SPONSOR] =
    g_param_spec_boolean ("has-sponsor", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RpStore::changed:
   * @self: a #RpStore
   * @kind: the kind of record that changed, also given as the detail
   *
   * Emitted after a write has been committed, so that views and the
   * reminder planner can refresh. Connect to `changed::meeting` and the
   * like for one kind only.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
rp_store_init (RpStore *self)
{
  self->meetings = g_list_store_new (RP_TYPE_MEETING);
  self->directory = g_list_store_new (RP_TYPE_DIRECTORY_MEETING);
  self->contacts = g_list_store_new (RP_TYPE_CONTACT);
  self->reading_collections = g_list_store_new (RP_TYPE_READING_COLLECTION);
  self->readings = g_list_store_new (RP_TYPE_READING);
  self->recoveries = g_list_store_new (RP_TYPE_RECOVERY);
  self->goals = g_list_store_new (RP_TYPE_GOAL);
  self->goal_streaks = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                               rp_store_cached_streak_free);
}

/**
 * rp_store_new:
 * @database: the open database
 *
 * Returns: (transfer full): a new #RpStore
 */
RpStore *
rp_store_new (RpDatabase *database)
{
  g_return_val_if_fail (RP_IS_DATABASE (database), NULL);

  return g_object_new (RP_TYPE_STORE,
                       "database", database,
                       NULL);
}

/**
 * rp_store_get_database:
 * @self: a #RpStore
 *
 * Returns: (transfer none): the database of @self
 */
RpDatabase *
rp_store_get_database (RpStore *self)
{
  g_return_val_if_fail (RP_IS_STORE (self), NULL);

  return self->database;
}

/**
 * rp_store_get_has_sponsor:
 * @self: a #RpStore
 *
 * Returns: whether a primary sponsor is saved
 */
gboolean
rp_store_get_has_sponsor (RpStore *self)
{
  g_return_val_if_fail (RP_IS_STORE (self), FALSE);

  return self->has_sponsor;
}

/* --- meetings ---------------------------------------------------------- */

/* The columns every meeting query reads, in the order row_to_meeting()
 * expects. */
#define MEETING_COLUMNS \
  "id, name, group_name, program, rrule, first_date, start_time," \
  " duration_minutes, time_zone, excluded_dates, location, address," \
  " online_url, conference_phone, types, tags, notes, home_group, reminder," \
  " archived, directory_feed, directory_slug, created, updated, import_uid," \
  " directory_fingerprint"

#define NOW_SQL "strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"

static GStrv
split_list (const char *text)
{
  if (text == NULL || text[0] == '\0')
    return g_new0 (char *, 1);

  return g_strsplit (text, ",", -1);
}

static RpMeeting *
row_to_meeting (sqlite3_stmt *stmt)
{
  g_autoptr(RpMeeting) meeting = rp_meeting_new ();
  g_autoptr(RpSchedule) schedule = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) types = NULL;
  g_auto(GStrv) tags = NULL;

  rp_meeting_set_id (meeting, sqlite3_column_int64 (stmt, 0));
  rp_meeting_set_name (meeting, rp_database_column_text (stmt, 1));
  rp_meeting_set_group_name (meeting, rp_database_column_text (stmt, 2));
  rp_meeting_set_program (meeting, rp_database_column_text (stmt, 3));

  /* The CHECKs keep the columns well-formed, but a rule this build cannot
   * read (written by a bug) must not hide the meeting: it is listed
   * without a schedule, and the editor asks for one. */
  schedule = rp_schedule_new_from_storage (rp_database_column_text (stmt, 4),
                                           rp_database_column_text (stmt, 5),
                                           rp_database_column_text (stmt, 6),
                                           (guint) sqlite3_column_int (stmt, 7),
                                           rp_database_column_text (stmt, 8),
                                           rp_database_column_text (stmt, 9),
                                           &error);
  if (schedule == NULL)
    g_warning ("Meeting %" G_GINT64_FORMAT " has a schedule that cannot be read (error %d)",
               rp_meeting_get_id (meeting), error->code);
  rp_meeting_set_schedule (meeting, schedule);

  rp_meeting_set_location (meeting, rp_database_column_text (stmt, 10));
  rp_meeting_set_address (meeting, rp_database_column_text (stmt, 11));
  rp_meeting_set_online_url (meeting, rp_database_column_text (stmt, 12));
  rp_meeting_set_conference_phone (meeting, rp_database_column_text (stmt, 13));
  types = split_list (rp_database_column_text (stmt, 14));
  rp_meeting_set_types (meeting, (const char * const *) types);
  tags = split_list (rp_database_column_text (stmt, 15));
  rp_meeting_set_tags (meeting, (const char * const *) tags);
  rp_meeting_set_notes (meeting, rp_database_column_text (stmt, 16));
  rp_meeting_set_home_group (meeting, sqlite3_column_int (stmt, 17) != 0);
  rp_meeting_set_reminder (meeting, CLAMP (sqlite3_column_int (stmt, 18),
                                           RP_MEETING_REMINDER_OFF,
                                           RP_MEETING_MAX_REMINDER_MINUTES));
  rp_meeting_set_archived (meeting, sqlite3_column_int (stmt, 19) != 0);
  rp_meeting_set_directory_feed (meeting, rp_database_column_text (stmt, 20));
  rp_meeting_set_directory_slug (meeting, rp_database_column_text (stmt, 21));
  rp_meeting_set_timestamps (meeting, rp_database_column_text (stmt, 22),
                             rp_database_column_text (stmt, 23));
  rp_meeting_set_import_uid (meeting, rp_database_column_text (stmt, 24));
  rp_meeting_set_directory_fingerprint (meeting, rp_database_column_text (stmt, 25));

  return g_steal_pointer (&meeting);
}

/* Binds parameters 1..24 in the order of the INSERT and UPDATE below. The
 * meeting has been validated, so it has a schedule. */
void
rp_store_bind_meeting (sqlite3_stmt *stmt,
                       RpMeeting    *meeting)
{
  RpSchedule *schedule = rp_meeting_get_schedule (meeting);
  g_autofree char *rrule = rp_schedule_to_rrule (schedule);
  g_autofree char *first_date = rp_schedule_dup_first_date_string (schedule);
  g_autofree char *start_time = rp_schedule_dup_start_time_string (schedule);
  g_autofree char *excluded_dates = rp_schedule_dup_excluded_dates_string (schedule);
  g_autofree char *types = g_strjoinv (",", (char **) rp_meeting_get_types (meeting));
  g_autofree char *tags = g_strjoinv (",", (char **) rp_meeting_get_tags (meeting));
  const GDate *last = rp_schedule_get_last_date (schedule);
  g_autofree char *last_date = NULL;

  sqlite3_bind_text (stmt, 1, rp_meeting_get_name (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, rp_meeting_get_group_name (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, rp_meeting_get_program (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, rrule, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, first_date, -1, SQLITE_TRANSIENT);
  if (last != NULL && g_date_valid (last))
    {
      last_date = rp_schedule_format_storage_date (last);
      sqlite3_bind_text (stmt, 6, last_date, -1, SQLITE_TRANSIENT);
    }
  else
    {
      sqlite3_bind_null (stmt, 6);
    }
  sqlite3_bind_text (stmt, 7, start_time, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 8, (int) rp_schedule_get_duration_minutes (schedule));
  sqlite3_bind_text (stmt, 9, rp_schedule_get_time_zone_id (schedule), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 10, excluded_dates, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 11, rp_meeting_get_location (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 12, rp_meeting_get_address (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 13, rp_meeting_get_online_url (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 14, rp_meeting_get_conference_phone (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 15, types, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 16, tags, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 17, rp_meeting_get_notes (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 18, rp_meeting_get_home_group (meeting) ? 1 : 0);
  sqlite3_bind_int (stmt, 19, rp_meeting_get_reminder (meeting));
  sqlite3_bind_int (stmt, 20, rp_meeting_get_archived (meeting) ? 1 : 0);
  sqlite3_bind_text (stmt, 21, rp_meeting_get_directory_feed (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 22, rp_meeting_get_directory_slug (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 23, rp_meeting_get_import_uid (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 24, rp_meeting_get_directory_fingerprint (meeting), -1, SQLITE_TRANSIENT);
}

static int
compare_meetings (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  RpMeeting *meeting_a = (RpMeeting *) a;
  RpMeeting *meeting_b = (RpMeeting *) b;
  g_autofree char *name_a = g_utf8_casefold (rp_meeting_get_name (meeting_a), -1);
  g_autofree char *name_b = g_utf8_casefold (rp_meeting_get_name (meeting_b), -1);
  int result = g_utf8_collate (name_a, name_b);
  gint64 id_a;
  gint64 id_b;

  if (result != 0)
    return result;

  /* A stable order for meetings of the same name. */
  id_a = rp_meeting_get_id (meeting_a);
  id_b = rp_meeting_get_id (meeting_b);

  return (id_a > id_b) - (id_a < id_b);
}

/* g_ptr_array_sort_with_data() passes pointers to the array's slots. */
static int
compare_meeting_slots (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  return compare_meetings (*(RpMeeting * const *) a, *(RpMeeting * const *) b, user_data);
}

static gboolean
find_meeting (RpStore *self,
              gint64   meeting_id,
              guint   *out_position)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->meetings));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(RpMeeting) meeting = g_list_model_get_item (G_LIST_MODEL (self->meetings), i);

      if (rp_meeting_get_id (meeting) == meeting_id)
        {
          *out_position = i;
          return TRUE;
        }
    }

  return FALSE;
}

static void
remove_from_model (RpStore *self,
                   gint64   meeting_id)
{
  guint position;

  if (find_meeting (self, meeting_id, &position))
    g_list_store_remove (self->meetings, position);
}

/* My meetings that are not archived, in the order of the list. */
GPtrArray *
rp_store_read_meetings (RpStore  *self,
                        GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  stmt = rp_database_prepare (self->database,
                              "SELECT " MEETING_COLUMNS " FROM meeting WHERE archived = 0",
                              error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (meetings, row_to_meeting (stmt));

  if (rc != SQLITE_DONE)
    {
      rp_database_set_error_from_sqlite (self->database, rc, error);
      return NULL;
    }

  g_ptr_array_sort_with_data (meetings, compare_meeting_slots, NULL);

  return g_steal_pointer (&meetings);
}

/* The oldest meeting imported from the calendar event @import_uid, or
 * %NULL (without an error) when there is none. */
RpMeeting *
rp_store_find_meeting_by_uid (RpStore     *self,
                              const char  *import_uid,
                              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = rp_database_prepare (self->database,
                              "SELECT " MEETING_COLUMNS " FROM meeting"
                              " WHERE import_uid = ?1 ORDER BY id LIMIT 1",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, import_uid, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return row_to_meeting (stmt);
  if (rc != SQLITE_DONE)
    rp_database_set_error_from_sqlite (self->database, rc, error);

  return NULL;
}

/* The oldest meeting added from the directory entry @slug of the feed
 * @feed_key, archived or not, or %NULL (without an error). */
RpMeeting *
rp_store_find_linked_meeting (RpStore     *self,
                              const char  *feed_key,
                              const char  *slug,
                              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = rp_database_prepare (self->database,
                              "SELECT " MEETING_COLUMNS " FROM meeting"
                              " WHERE directory_feed = ?1 AND directory_slug = ?2"
                              " ORDER BY id LIMIT 1",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, feed_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, slug, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return row_to_meeting (stmt);
  if (rc != SQLITE_DONE)
    rp_database_set_error_from_sqlite (self->database, rc, error);

  return NULL;
}

/* Makes @model hold @items (sorted, new objects) with as small an
 * items-changed as a common start and end allow. An object of @model
 * that is the same as its new one stays, so that views keep their rows
 * and a selection its item. Returns whether @model changed. */
gboolean
rp_store_update_model (GListStore          *model,
                       GPtrArray           *items,
                       RpStoreItemIdFunc    get_id,
                       RpStoreItemSameFunc  same)
{
  g_autoptr(GHashTable) old_by_id = NULL;
  g_autoptr(GPtrArray) old_items = NULL;
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (model));
  guint n_new = items->len;
  guint prefix = 0;
  guint suffix = 0;

  old_items = g_ptr_array_new_full (n_old, g_object_unref);
  old_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < n_old; i++)
    {
      gpointer item = g_list_model_get_item (G_LIST_MODEL (model), i);
      gint64 *id = g_new (gint64, 1);

      g_ptr_array_add (old_items, item);
      *id = get_id (item);
      g_hash_table_insert (old_by_id, id, item);
    }

  for (guint i = 0; i < n_new; i++)
    {
      gint64 id = get_id (g_ptr_array_index (items, i));
      gpointer old = g_hash_table_lookup (old_by_id, &id);

      if (old != NULL && old != g_ptr_array_index (items, i) &&
          same (old, g_ptr_array_index (items, i)))
        {
          g_object_unref (g_ptr_array_index (items, i));
          g_ptr_array_index (items, i) = g_object_ref (old);
        }
    }

  while (prefix < n_old && prefix < n_new &&
         g_ptr_array_index (old_items, prefix) == g_ptr_array_index (items, prefix))
    prefix++;

  while (suffix < n_old - prefix && suffix < n_new - prefix &&
         g_ptr_array_index (old_items, n_old - 1 - suffix) ==
         g_ptr_array_index (items, n_new - 1 - suffix))
    suffix++;

  if (prefix == n_old && prefix == n_new)
    return FALSE;

  g_list_store_splice (model, prefix, n_old - prefix - suffix,
                       items->pdata + prefix, n_new - prefix - suffix);

  return TRUE;
}

static gint64
meeting_id_of (gpointer item)
{
  return rp_meeting_get_id (item);
}

static gboolean
same_meeting (gpointer old_item,
              gpointer new_item)
{
  return rp_meeting_equal (old_item, new_item);
}

/* Reads My meetings again; emits `changed::meeting` when the list or a
 * meeting in it changed. */
gboolean
rp_store_refresh_meetings (RpStore  *self,
                           GError  **error)
{
  g_autoptr(GPtrArray) meetings = rp_store_read_meetings (self, error);

  if (meetings == NULL)
    return FALSE;

  if (rp_store_update_model (self->meetings, meetings, meeting_id_of, same_meeting))
    rp_store_emit_changed (self, "meeting");

  return TRUE;
}

/* Deletes row @id of @table (a constant of ours, never user input) and
 * closes the gap its position leaves: positions stay 0…n-1, so that Undo
 * puts the row back exactly where it was. *out_found says whether there
 * was such a row. The caller holds the write transaction. */
gboolean
rp_store_delete_positioned (RpStore     *self,
                            const char  *table,
                            gint64       id,
                            gboolean    *out_found,
                            GError     **error)
{
  g_autofree char *delete_sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1 RETURNING position",
                                                 table);
  g_autofree char *gap_sql = g_strdup_printf ("UPDATE %s SET position = position - 1"
                                              " WHERE position > ?1", table);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) close_gap = NULL;
  int position;
  int rc;

  *out_found = FALSE;
  stmt = rp_database_prepare (self->database, delete_sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  *out_found = TRUE;
  position = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  close_gap = rp_database_prepare (self->database, gap_sql, error);
  if (close_gap == NULL)
    return FALSE;
  sqlite3_bind_int (close_gap, 1, position);

  return rp_database_step_done (self->database, close_gap, error);
}

void
rp_store_emit_changed (RpStore    *self,
                       const char *kind)
{
  /* Any change may count for a goal. */
  rp_store_forget_goal_streaks (self);
  g_signal_emit (self, signals[CHANGED], g_quark_from_string (kind), kind);
}

static void
emit_changed (RpStore    *self,
              const char *kind)
{
  rp_store_emit_changed (self, kind);
}

/* An INSERT of the parameters rp_store_bind_meeting() binds, returning
 * the id and timestamps (see rp_store_step_returning()). */
sqlite3_stmt *
rp_store_prepare_insert_meeting (RpStore  *self,
                                 GError  **error)
{
  return rp_database_prepare (self->database,
                              "INSERT INTO meeting (name, group_name, program, rrule,"
                              " first_date, last_date, start_time, duration_minutes, time_zone,"
                              " excluded_dates, location, address, online_url, conference_phone,"
                              " types, tags, notes, home_group, reminder, archived,"
                              " directory_feed, directory_slug, import_uid,"
                              " directory_fingerprint, created, updated)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,"
                              " ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24,"
                              " " NOW_SQL ", " NOW_SQL ")"
                              " RETURNING id, created, updated",
                              error);
}

/* Runs a write statement whose RETURNING row gives the timestamps (and,
 * for an insert, the id first). A failure leaves the transaction for the
 * caller to roll back. */
gboolean
rp_store_step_returning (RpStore       *self,
                         sqlite3_stmt  *stmt,
                         RpMeeting     *meeting,
                         gboolean       with_id,
                         gboolean      *out_found,
                         GError       **error)
{
  int column = 0;
  int rc;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      *out_found = FALSE;
      return TRUE;
    }
  if (rc != SQLITE_ROW)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  *out_found = TRUE;
  if (with_id)
    rp_meeting_set_id (meeting, sqlite3_column_int64 (stmt, column++));
  rp_meeting_set_timestamps (meeting, rp_database_column_text (stmt, column),
                             rp_database_column_text (stmt, column + 1));

  /* A statement still running would keep COMMIT from ending the
   * transaction. */
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  return TRUE;
}

gboolean
rp_store_set_not_found (GError **error)
{
  g_set_error_literal (error, RP_MEETING_ERROR, RP_MEETING_ERROR_NOT_FOUND,
                       _("This meeting has been deleted. Close it and look in My meetings."));
  return FALSE;
}

/**
 * rp_store_get_meetings:
 * @self: a #RpStore
 *
 * My meetings that are not archived, sorted by name. The store keeps the
 * model up to date with its own writes.
 *
 * Returns: (transfer none): a #GListModel of #RpMeeting
 */
GListModel *
rp_store_get_meetings (RpStore *self)
{
  g_return_val_if_fail (RP_IS_STORE (self), NULL);

  return G_LIST_MODEL (self->meetings);
}

/**
 * rp_store_load_meeting:
 * @self: a #RpStore
 * @meeting_id: a meeting's id
 * @error: return location for a #RpMeetingError or #RpDatabaseError
 *
 * Reads one meeting, archived or not, as it is saved now.
 *
 * Returns: (transfer full): a new #RpMeeting, or %NULL with @error set
 */
RpMeeting *
rp_store_load_meeting (RpStore  *self,
                       gint64    meeting_id,
                       GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = rp_database_prepare (self->database,
                              "SELECT " MEETING_COLUMNS " FROM meeting WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, meeting_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      rp_store_set_not_found (error);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      rp_database_set_error_from_sqlite (self->database, rc, error);
      return NULL;
    }

  return row_to_meeting (stmt);
}

/**
 * rp_store_list_archived_meetings:
 * @self: a #RpStore
 * @error: return location for a #RpDatabaseError
 *
 * The archived meetings, sorted by name, read now: they are not kept in a
 * model because only the My meetings list shows them, on demand. Listen to
 * `changed::meeting` to read them again.
 *
 * Returns: (transfer container) (element-type RpMeeting): the meetings,
 *   or %NULL with @error set
 */
GPtrArray *
rp_store_list_archived_meetings (RpStore  *self,
                                 GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  int rc;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = rp_database_prepare (self->database,
                              "SELECT " MEETING_COLUMNS " FROM meeting WHERE archived = 1",
                              error);
  if (stmt == NULL)
    return NULL;

  meetings = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (meetings, row_to_meeting (stmt));

  if (rc != SQLITE_DONE)
    {
      rp_database_set_error_from_sqlite (self->database, rc, error);
      return NULL;
    }

  g_ptr_array_sort_with_data (meetings, compare_meeting_slots, NULL);

  return g_steal_pointer (&meetings);
}

/**
 * rp_store_add_meeting:
 * @self: a #RpStore
 * @meeting: a new meeting (id 0)
 * @error: return location for a #RpMeetingError or #RpDatabaseError
 *
 * Validates and saves @meeting, then sets its id and timestamps and, unless
 * it is archived, adds it to rp_store_get_meetings(). Emits
 * `changed::meeting`.
 *
 * Returns: %TRUE on success; on failure nothing was saved
 */
gboolean
rp_store_add_meeting (RpStore    *self,
                      RpMeeting  *meeting,
                      GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found = FALSE;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (RP_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (rp_meeting_get_id (meeting) == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rp_meeting_validate (meeting, error))
    return FALSE;

  /* Every meeting gets the UID its exports carry from the start, so that
   * importing an exported calendar again updates instead of duplicating. */
  if (rp_meeting_get_import_uid (meeting) == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      g_autofree char *uid = g_strconcat (uuid, "@reprieve", NULL);

      rp_meeting_set_import_uid (meeting, uid);
    }

  stmt = rp_store_prepare_insert_meeting (self, error);
  if (stmt == NULL)
    return FALSE;

  rp_store_bind_meeting (stmt, meeting);

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  if (!rp_store_step_returning (self, stmt, meeting, TRUE, &found, error) ||
      !rp_database_commit (self->database, error))
    {
      rp_database_rollback (self->database);
      rp_meeting_set_id (meeting, 0);
      rp_meeting_set_timestamps (meeting, NULL, NULL);
      return FALSE;
    }

  if (!rp_meeting_get_archived (meeting))
    g_list_store_insert_sorted (self->meetings, meeting, compare_meetings, NULL);

  emit_changed (self, "meeting");

  return TRUE;
}

/**
 * rp_store_update_meeting:
 * @self: a #RpStore
 * @meeting: a saved meeting, changed
 * @error: return location for a #RpMeetingError or #RpDatabaseError
 *
 * Validates and saves @meeting over the saved one with its id. The list
 * from rp_store_get_meetings() then holds @meeting itself, so an editor
 * should work on an rp_meeting_copy() and hand that over. Emits
 * `changed::meeting`.
 *
 * Returns: %TRUE on success; on failure nothing was saved
 */
gboolean
rp_store_update_meeting (RpStore    *self,
                         RpMeeting  *meeting,
                         GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 meeting_id;
  gboolean found = FALSE;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (RP_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (rp_meeting_get_id (meeting) > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rp_meeting_validate (meeting, error))
    return FALSE;

  stmt = rp_database_prepare (self->database,
                              "UPDATE meeting SET name = ?1, group_name = ?2, program = ?3,"
                              " rrule = ?4, first_date = ?5, last_date = ?6, start_time = ?7,"
                              " duration_minutes = ?8, time_zone = ?9, excluded_dates = ?10,"
                              " location = ?11, address = ?12, online_url = ?13,"
                              " conference_phone = ?14, types = ?15, tags = ?16, notes = ?17,"
                              " home_group = ?18, reminder = ?19, archived = ?20,"
                              " directory_feed = ?21, directory_slug = ?22,"
                              " import_uid = ?23, directory_fingerprint = ?24,"
                              " updated = " NOW_SQL
                              " WHERE id = ?25"
                              " RETURNING created, updated",
                              error);
  if (stmt == NULL)
    return FALSE;

  meeting_id = rp_meeting_get_id (meeting);
  rp_store_bind_meeting (stmt, meeting);
  sqlite3_bind_int64 (stmt, 25, meeting_id);

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  if (!rp_store_step_returning (self, stmt, meeting, FALSE, &found, error) ||
      (!found && !rp_store_set_not_found (error)) ||
      !rp_database_commit (self->database, error))
    {
      rp_database_rollback (self->database);
      return FALSE;
    }

  /* The name may have changed, and with it the place in the list. */
  remove_from_model (self, meeting_id);
  if (!rp_meeting_get_archived (meeting))
    g_list_store_insert_sorted (self->meetings, meeting, compare_meetings, NULL);

  emit_changed (self, "meeting");

  return TRUE;
}

/**
 * rp_store_delete_meeting:
 * @self: a #RpStore
 * @meeting_id: the id of a saved meeting
 * @error: return location for a #RpMeetingError or #RpDatabaseError
 *
 * Deletes the meeting and its attendance. Emits `changed::meeting` and
 * `changed::attendance`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_delete_meeting (RpStore  *self,
                         gint64    meeting_id,
                         GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = rp_database_prepare (self->database, "DELETE FROM meeting WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, meeting_id);

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  if (!rp_database_step_done (self->database, stmt, error) ||
      (sqlite3_changes (sqlite3_db_handle (stmt)) == 0 && !rp_store_set_not_found (error)) ||
      !rp_database_commit (self->database, error))
    {
      rp_database_rollback (self->database);
      return FALSE;
    }

  remove_from_model (self, meeting_id);

  emit_changed (self, "meeting");
  emit_changed (self, "attendance");

  return TRUE;
}

/**
 * rp_store_set_meeting_archived:
 * @self: a #RpStore
 * @meeting_id: the id of a saved meeting
 * @archived: whether to archive it or bring it back
 * @error: return location for a #RpMeetingError or #RpDatabaseError
 *
 * Archiving takes the meeting out of rp_store_get_meetings() and keeps its
 * attendance. Emits `changed::meeting`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_set_meeting_archived (RpStore   *self,
                               gint64     meeting_id,
                               gboolean   archived,
                               GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(RpMeeting) meeting = NULL;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = rp_database_prepare (self->database,
                              "UPDATE meeting SET archived = ?2, updated = " NOW_SQL
                              " WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, meeting_id);
  sqlite3_bind_int (stmt, 2, archived ? 1 : 0);

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  if (!rp_database_step_done (self->database, stmt, error) ||
      (sqlite3_changes (sqlite3_db_handle (stmt)) == 0 && !rp_store_set_not_found (error)) ||
      !rp_database_commit (self->database, error))
    {
      rp_database_rollback (self->database);
      return FALSE;
    }

  remove_from_model (self, meeting_id);
  if (!archived)
    {
      g_autoptr(GError) local_error = NULL;

      /* Saved already: failing to read it back only delays its return to
       * the list until the next start. */
      meeting = rp_store_load_meeting (self, meeting_id, &local_error);
      if (meeting != NULL)
        g_list_store_insert_sorted (self->meetings, meeting, compare_meetings, NULL);
      else
        g_warning ("Could not read back a restored meeting: %s", local_error->message);
    }

  emit_changed (self, "meeting");

  return TRUE;
}

/* --- another process wrote -------------------------------------------- */

/**
 * rp_store_reload:
 * @self: a #RpStore
 * @error: return location for a #RpDatabaseError
 *
 * Reads My meetings, the Directory, the contacts and, once they have been
 * read, the reading library again, after another process (the command
 * line) wrote to the database. Each list model gets one items-changed
 * covering what differs, and unchanged items keep their objects. Emits
 * `changed::meeting`, `changed::directory`, `changed::contact` and
 * `changed::reading` when those changed, and `changed::attendance`,
 * `changed::call-log`, `changed::reading-log`, `changed::recovery`,
 * `changed::inventory` and `changed::step` always (they are not kept in a
 * model, or not read yet).
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_reload (RpStore  *self,
                 GError  **error)
{
  gboolean directory_changed = FALSE;
  gboolean contacts_changed = FALSE;
  gboolean readings_changed = FALSE;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rp_store_refresh_meetings (self, error) ||
      !rp_store_refresh_directory (self, NULL, &directory_changed, error) ||
      !rp_store_refresh_contacts (self, &contacts_changed, error) ||
      !rp_store_refresh_readings (self, &readings_changed, error) ||
      !rp_store_refresh_recoveries (self, error) ||
      !rp_store_refresh_goals (self, NULL, error))
    return FALSE;

  if (contacts_changed)
    rp_store_emit_changed (self, "contact");
  /* Until the reading models are read, the daily reading may still have
   * changed. */
  if (readings_changed || !self->readings_loaded)
    rp_store_emit_changed (self, "reading");
  rp_store_emit_changed (self, "reading-log");
  /* The call log is not kept in a model: its readers count again. */
  rp_store_emit_changed (self, "call-log");
  rp_store_emit_changed (self, "inventory");
  /* Goals count from all of the above: their readers count again. */
  rp_store_emit_changed (self, "goal");

  /* Nobody holds the Directory's model yet; its feeds may have changed. */
  if (directory_changed || !self->directory_loaded)
    rp_store_emit_changed (self, "directory");
  rp_store_emit_changed (self, "attendance");
  rp_store_emit_changed (self, "recovery");
  rp_store_emit_changed (self, "step");

  return TRUE;
}
