/* rp-store-private.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-store.h"

G_BEGIN_DECLS

/* RpStore is written in seven files: rp-store.c (the object, and reading
 * again what another process wrote), rp-store-meetings.c (My meetings),
 * rp-store-attendance.c, rp-store-calendar.c (My meetings from .ics
 * files), rp-store-directory.c (the Directory and its links), rp-store-import.c (directory imports,
 * on the main thread or in a worker) and rp-store-reminders.c (the
 * records of fired reminders). This is what they share. Everything here
 * runs on the main thread. rp-store-contacts.c holds the support network,
 * rp-store-contact-import.c its imports and rp-store-call-log.c the call
 * log. The reading library is in the rp-store-reading*.c files (see
 * below). */

struct _RpStore
{
  GObject     parent_instance;

  RpDatabase *database;
  GListStore *meetings;
  GListStore *directory;         /* RpDirectoryMeeting, read on first use */
  guint       directory_loaded : 1;
  guint       import_running : 1;  /* a worker writes the Directory */
  guint       has_sponsor : 1;
  GListStore *contacts;          /* RpContact, in the user's order */
  GListStore *reading_collections; /* RpReadingCollection, read on first use */
  GListStore *readings;          /* RpReading without body, read on first use */
  guint       readings_loaded : 1;
  guint       reading_snippet_registered : 1;  /* rp-store-reading-search.c */
  GListStore *recoveries;        /* RpRecovery, read on first use (rp-store-recovery.c) */
  guint       recoveries_loaded : 1;
  GListStore *goals;             /* RpGoal, read on first use (rp-store-goals.c) */
  guint       goals_loaded : 1;
  /* Goal id → the streak last computed (rp-store-goal-counts.c): the
   * Today card and the Progress section ask for the same ten years of
   * counts. Emptied on every ::changed, whatever its kind. */
  GHashTable *goal_streaks;
};

typedef gint64   (*RpStoreItemIdFunc)   (gpointer item);
typedef gboolean (*RpStoreItemSameFunc) (gpointer old_item,
                                         gpointer new_item);

gboolean    rp_store_delete_positioned   (RpStore             *self,
                                          const char          *table,
                                          gint64               id,
                                          gboolean            *out_found,
                                          GError             **error);
void        rp_store_emit_changed        (RpStore             *self,
                                          const char          *kind);
gboolean    rp_store_set_not_found       (GError             **error);
void        rp_store_bind_meeting        (sqlite3_stmt        *stmt,
                                          RpMeeting           *meeting);
sqlite3_stmt *rp_store_prepare_insert_meeting (RpStore        *self,
                                               GError        **error);
gboolean    rp_store_step_returning      (RpStore             *self,
                                          sqlite3_stmt        *stmt,
                                          RpMeeting           *meeting,
                                          gboolean             with_id,
                                          gboolean            *out_found,
                                          GError             **error);
GPtrArray  *rp_store_read_meetings       (RpStore             *self,
                                          GError             **error);
RpMeeting  *rp_store_find_meeting_by_uid (RpStore             *self,
                                          const char          *import_uid,
                                          GError             **error);
RpMeeting  *rp_store_find_linked_meeting (RpStore             *self,
                                          const char          *feed_key,
                                          const char          *slug,
                                          GError             **error);
gboolean    rp_store_update_model        (GListStore          *model,
                                          GPtrArray           *items,
                                          RpStoreItemIdFunc    get_id,
                                          RpStoreItemSameFunc  same);
gboolean    rp_store_refresh_meetings    (RpStore             *self,
                                          GError             **error);
gboolean    rp_store_refresh_directory   (RpStore             *self,
                                          GPtrArray           *meetings,
                                          gboolean            *out_changed,
                                          GError             **error);
char       *rp_store_format_time         (GDateTime           *moment);
gboolean    rp_store_refresh_contacts    (RpStore             *self,
                                          gboolean            *out_changed,
                                          GError             **error);
gboolean    rp_store_insert_contact      (RpStore             *self,
                                          RpContact           *contact,
                                          int                  position,
                                          gboolean             keep_id,
                                          GError             **error);
gboolean    rp_store_update_contact_row  (RpStore             *self,
                                          RpContact           *contact,
                                          GError             **error);
void        rp_store_contacts_written    (RpStore             *self);
gboolean    rp_store_check_no_import     (RpStore             *self,
                                          GError             **error);

/* The FTS5 index of readings (rp-store-reading-search.c). Every write to
 * the reading table calls remove before it (with the row still as it was)
 * and add after it, inside the same transaction; see migration 6 for why
 * no trigger does it. */
gboolean    rp_store_reading_fts_remove  (RpStore             *self,
                                          gint64               reading_id,
                                          GError             **error);
gboolean    rp_store_reading_fts_add     (RpStore             *self,
                                          gint64               reading_id,
                                          GError             **error);
/* Before deleting a collection: its readings go with it (ON DELETE
 * CASCADE), which the index would not notice. */
gboolean    rp_store_reading_fts_remove_collection (RpStore   *self,
                                                    gint64     collection_id,
                                                    GError   **error);
gboolean    rp_store_refresh_readings    (RpStore             *self,
                                          gboolean            *out_changed,
                                          GError             **error);

/* The reading library: rp-store-reading-rows.c (its SQL, shared by the
 * others), rp-store-reading-models.c, rp-store-readings.c (the user's
 * writes), rp-store-reading-collections.c, rp-store-reading-import.c and
 * rp-store-reading-log.c. The *_row functions run inside the caller's
 * transaction and keep the search index in step. */
void        rp_store_ensure_readings     (RpStore             *self);
void        rp_store_readings_written    (RpStore             *self);
RpReading  *rp_store_peek_reading        (RpStore             *self,
                                          gint64               reading_id);
gboolean    rp_store_set_reading_not_found    (GError        **error);
gboolean    rp_store_set_collection_not_found (GError        **error);
gboolean    rp_store_get_collection_kind (RpStore             *self,
                                          gint64               collection_id,
                                          RpReadingCollectionKind *out_kind,
                                          GError             **error);
gint64      rp_store_get_builtin_collection_id (RpStore       *self,
                                                RpReadingCollectionKind kind,
                                                GError       **error);
GPtrArray  *rp_store_read_collections    (RpStore             *self,
                                          GError             **error);
GPtrArray  *rp_store_read_all_readings   (RpStore             *self,
                                          GError             **error);
RpReading  *rp_store_read_reading        (RpStore             *self,
                                          gint64               reading_id,
                                          gboolean             with_body,
                                          GError             **error);
RpReading  *rp_store_find_reading_by_key (RpStore             *self,
                                          gint64               collection_id,
                                          const char          *import_key,
                                          GError             **error);
GPtrArray  *rp_store_read_collection_readings (RpStore        *self,
                                               gint64          collection_id,
                                               gboolean        favourites_only,
                                               GError        **error);
gboolean    rp_store_count_collection_readings (RpStore       *self,
                                                gint64         collection_id,
                                                int           *out_count,
                                                GError       **error);
gboolean    rp_store_next_reading_position (RpStore           *self,
                                            gint64             collection_id,
                                            int               *out_position,
                                            GError           **error);
gboolean    rp_store_shift_reading_positions (RpStore         *self,
                                              gint64           collection_id,
                                              int              from_position,
                                              int              delta,
                                              GError         **error);
gboolean    rp_store_insert_reading_row  (RpStore             *self,
                                          RpReading           *reading,
                                          int                  position,
                                          gboolean             keep_id,
                                          GError             **error);
gboolean    rp_store_update_reading_row  (RpStore             *self,
                                          RpReading           *reading,
                                          gint64               collection_id,
                                          int                  position,
                                          GError             **error);
gboolean    rp_store_delete_reading_row  (RpStore             *self,
                                          gint64               reading_id,
                                          gboolean             close_gap,
                                          GError             **error);
gboolean    rp_store_insert_collection_row (RpStore           *self,
                                            RpReadingCollection *collection,
                                            GError         **error);
gboolean    rp_store_reading_same_text   (RpReading           *a,
                                          RpReading           *b);
char       *rp_store_format_local_day    (const char          *stored_time,
                                          GTimeZone           *time_zone);

/* Times in [from, until) of a log table, by local day (rp-store-call-log.c,
 * shared with rp-store-reading-log.c). @select_sql is fixed SQL that
 * selects one column of stored times with ?1 <= time < ?2. */
typedef void (*RpStoreTimeFunc) (GDateTime *at,
                                 gpointer   user_data);

gboolean    rp_store_foreach_time        (RpStore             *self,
                                          const char          *select_sql,
                                          GDateTime           *from,
                                          GDateTime           *until,
                                          RpStoreTimeFunc      func,
                                          gpointer             user_data,
                                          GError             **error);
GArray     *rp_store_count_times_by_days (RpStore             *self,
                                          const char          *select_sql,
                                          const GDate         *first_day,
                                          guint                n_buckets,
                                          guint                days_per_bucket,
                                          GTimeZone           *time_zone,
                                          GError             **error);

/* Clean time (rp-store-recovery.c): reads the recovery dates again when
 * they were read before. */
gboolean    rp_store_refresh_recoveries  (RpStore             *self,
                                          GError             **error);
/* Goals: rp-store-goals.c (rows, check-ins) and rp-store-goal-counts.c
 * (the counts of each day, streaks). */
gboolean    rp_store_refresh_goals       (RpStore             *self,
                                          gboolean            *out_changed,
                                          GError             **error);
GArray     *rp_store_read_goal_check_ins (RpStore             *self,
                                          gint64               goal_id,
                                          const GDate         *first_day,
                                          const GDate         *last_day,
                                          GError             **error);

void        rp_store_forget_goal_streaks (RpStore             *self);
void        rp_store_cached_streak_free  (gpointer             data);

G_END_DECLS
