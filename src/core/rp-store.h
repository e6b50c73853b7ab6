/* rp-store.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rp-contact.h"
#include "rp-daily-reading.h"
#include "rp-import-markdown.h"
#include "rp-reading.h"
#include "rp-reading-collection.h"
#include "rp-reading-search.h"
#include "rp-database.h"
#include "rp-directory-feed.h"
#include "rp-directory-import.h"
#include "rp-directory-meeting.h"
#include "rp-meeting.h"
#include "rp-reminder.h"
#include "rp-store-goals.h"

G_BEGIN_DECLS

/**
 * RpAttendanceKey:
 * @meeting_id: the meeting's id
 * @date: the occurrence's date in the meeting's time zone
 *
 * Which occurrence an attendance record is about.
 */
typedef struct
{
  gint64 meeting_id;
  GDate  date;
} RpAttendanceKey;

#define RP_TYPE_STORE (rp_store_get_type ())

G_DECLARE_FINAL_TYPE (RpStore, rp_store, RP, STORE, GObject)

RpStore    *rp_store_new             (RpDatabase *database);
RpDatabase *rp_store_get_database    (RpStore    *self);
gboolean    rp_store_get_has_sponsor (RpStore    *self);

GListModel *rp_store_get_meetings          (RpStore             *self);
gboolean    rp_store_add_meeting           (RpStore             *self,
                                            RpMeeting           *meeting,
                                            GError             **error);
gboolean    rp_store_update_meeting        (RpStore             *self,
                                            RpMeeting           *meeting,
                                            GError             **error);
gboolean    rp_store_delete_meeting        (RpStore             *self,
                                            gint64               meeting_id,
                                            GError             **error);
gboolean    rp_store_set_meeting_archived  (RpStore             *self,
                                            gint64               meeting_id,
                                            gboolean             archived,
                                            GError             **error);
RpMeeting  *rp_store_load_meeting          (RpStore             *self,
                                            gint64               meeting_id,
                                            GError             **error);
GPtrArray  *rp_store_list_archived_meetings (RpStore            *self,
                                             GError            **error);

gboolean    rp_store_set_attendance        (RpStore             *self,
                                            gint64               meeting_id,
                                            const GDate         *date,
                                            RpAttendanceStatus   status,
                                            const char          *note,
                                            GError             **error);
gboolean    rp_store_clear_attendance      (RpStore             *self,
                                            gint64               meeting_id,
                                            const GDate         *date,
                                            GError             **error);
GPtrArray  *rp_store_get_attendance_history (RpStore            *self,
                                             gint64              meeting_id,
                                             GError            **error);
GArray     *rp_store_get_attended          (RpStore             *self,
                                            const GDate         *from,
                                            const GDate         *to,
                                            GError             **error);
gboolean    rp_store_count_attended        (RpStore             *self,
                                            const GDate         *from,
                                            const GDate         *to,
                                            guint               *out_count,
                                            GError             **error);
gboolean    rp_store_count_days_with_meeting (RpStore           *self,
                                              const GDate       *today,
                                              guint              n_days,
                                              guint             *out_count,
                                              GError           **error);

gboolean    rp_store_reload                (RpStore             *self,
                                            GError             **error);
gboolean    rp_store_import_meetings       (RpStore             *self,
                                            GPtrArray           *meetings,
                                            guint               *out_imported,
                                            guint               *out_updated,
                                            GError             **error);

GListModel *rp_store_get_directory         (RpStore             *self);
GPtrArray  *rp_store_list_directory_feeds  (RpStore             *self,
                                            GError             **error);
gboolean    rp_store_remove_directory_feed (RpStore             *self,
                                            gint64               feed_id,
                                            GError             **error);

RpDirectoryImport *rp_store_preview_directory_import        (RpStore              *self,
                                                             GBytes               *feed,
                                                             const char           *file_name,
                                                             GError              **error);
RpDirectoryImport *rp_store_apply_directory_import          (RpStore              *self,
                                                             RpDirectoryImport    *preview,
                                                             GError              **error);
RpDirectoryImport *rp_store_import_directory                (RpStore              *self,
                                                             GBytes               *feed,
                                                             const char           *file_name,
                                                             GError              **error);
void               rp_store_preview_directory_file_async    (RpStore              *self,
                                                             GFile                *file,
                                                             GCancellable         *cancellable,
                                                             GAsyncReadyCallback   callback,
                                                             gpointer              user_data);
RpDirectoryImport *rp_store_preview_directory_file_finish   (RpStore              *self,
                                                             GAsyncResult         *result,
                                                             GError              **error);
void               rp_store_apply_directory_import_async    (RpStore              *self,
                                                             RpDirectoryImport    *preview,
                                                             GCancellable         *cancellable,
                                                             RpImportProgressFunc  progress,
                                                             gpointer              progress_data,
                                                             GDestroyNotify        progress_data_destroy,
                                                             GAsyncReadyCallback   callback,
                                                             gpointer              user_data);
RpDirectoryImport *rp_store_apply_directory_import_finish   (RpStore              *self,
                                                             GAsyncResult         *result,
                                                             GError              **error);
void               rp_store_import_directory_file_async     (RpStore              *self,
                                                             GFile                *file,
                                                             GCancellable         *cancellable,
                                                             RpImportProgressFunc  progress,
                                                             gpointer              progress_data,
                                                             GDestroyNotify        progress_data_destroy,
                                                             GAsyncReadyCallback   callback,
                                                             gpointer              user_data);
RpDirectoryImport *rp_store_import_directory_file_finish    (RpStore              *self,
                                                             GAsyncResult         *result,
                                                             GError              **error);

RpMeeting  *rp_store_add_directory_meeting (RpStore             *self,
                                            RpDirectoryMeeting  *entry,
                                            GDateTime           *now,
                                            GError             **error);
gboolean    rp_store_get_directory_link_changes (RpStore        *self,
                                                 GPtrArray     **out_changed,
                                                 GPtrArray     **out_vanished,
                                                 GError        **error);
gboolean    rp_store_accept_directory_link_change (RpStore      *self,
                                                   gint64        meeting_id,
                                                   GError      **error);

gboolean    rp_store_claim_reminder          (RpStore              *self,
                                              const RpReminder     *reminder,
                                              RpFiredReminderState  state,
                                              GDateTime            *now,
                                              gboolean             *out_claimed,
                                              GError              **error);
gboolean    rp_store_snooze_reminder         (RpStore              *self,
                                              const RpReminder     *reminder,
                                              GDateTime            *until,
                                              GError              **error);
gboolean    rp_store_set_reminder_pending    (RpStore              *self,
                                              const RpReminder     *reminder,
                                              GDateTime            *now,
                                              GError              **error);
GPtrArray  *rp_store_list_fired_reminders    (RpStore              *self,
                                              GDateTime            *since,
                                              GError              **error);
GPtrArray  *rp_store_take_pending_reminders  (RpStore              *self,
                                              GDateTime            *now,
                                              GError              **error);
gboolean    rp_store_forget_fired_reminders  (RpStore              *self,
                                              GDateTime            *before,
                                              GError              **error);

/* The support network (rp-store-contacts.c). The contacts model holds
 * RpContact in the user's order; the Support page groups it by role. */
GListModel *rp_store_get_contacts            (RpStore              *self);
RpContact  *rp_store_get_sponsor             (RpStore              *self);
RpContact  *rp_store_find_contact            (RpStore              *self,
                                              gint64                contact_id);
gboolean    rp_store_add_contact             (RpStore              *self,
                                              RpContact            *contact,
                                              gboolean              replace_sponsor,
                                              GError              **error);
gboolean    rp_store_update_contact          (RpStore              *self,
                                              RpContact            *contact,
                                              gboolean              replace_sponsor,
                                              GError              **error);
gboolean    rp_store_delete_contact          (RpStore              *self,
                                              gint64                contact_id,
                                              GError              **error);
gboolean    rp_store_restore_contact         (RpStore              *self,
                                              RpContact            *contact,
                                              GError              **error);
gboolean    rp_store_reorder_contacts        (RpStore              *self,
                                              const gint64         *contact_ids,
                                              guint                 n_contact_ids,
                                              GError              **error);
gboolean    rp_store_import_contacts         (RpStore              *self,
                                              GPtrArray            *contacts,
                                              guint                *out_imported,
                                              guint                *out_updated,
                                              guint                *out_skipped,
                                              GError              **error);

gboolean    rp_store_log_call                (RpStore              *self,
                                              gint64                contact_id,
                                              RpCallKind            kind,
                                              GDateTime            *when,
                                              GError              **error);
gboolean    rp_store_count_calls             (RpStore              *self,
                                              GDateTime            *from,
                                              GDateTime            *until,
                                              guint                *out_count,
                                              GError              **error);
GArray     *rp_store_count_calls_per_day     (RpStore              *self,
                                              const GDate          *first_day,
                                              guint                 n_days,
                                              GTimeZone            *time_zone,
                                              GError              **error);
GArray     *rp_store_count_calls_per_week    (RpStore              *self,
                                              const GDate          *first_day,
                                              guint                 n_weeks,
                                              GTimeZone            *time_zone,
                                              GError              **error);

/* Reading (rp-store-readings.c, rp-store-reading-log.c,
 * rp-store-reading-search.c).
 *
 * The collections model holds RpReadingCollection: the starter library,
 * My Readings, then the user's, in order. The readings model holds every
 * RpReading, by collection then position, WITHOUT its body (a 365-day
 * book or a large library must not sit in memory or slow the start):
 * rp_store_load_reading() gives a full copy for the reader and editor.
 * Both models are read on first use and follow every change; changes emit
 * `changed::reading` (and `changed::reading-log` for read marks). */
GListModel *rp_store_get_reading_collections (RpStore               *self);
GListModel *rp_store_get_readings            (RpStore               *self);
RpReading  *rp_store_find_reading            (RpStore               *self,
                                              gint64                 reading_id);
RpReading  *rp_store_load_reading            (RpStore               *self,
                                              gint64                 reading_id,
                                              GError               **error);
RpReadingCollection *rp_store_find_reading_collection (RpStore      *self,
                                                       gint64        collection_id);
/* The built-in ones, by kind (STARTER or MINE). */
RpReadingCollection *rp_store_get_builtin_collection  (RpStore      *self,
                                                       RpReadingCollectionKind kind);

/* A written text or a link, at the end of its collection (MINE when the
 * reading's collection id is 0). Starter texts are refused (BUILTIN). */
gboolean    rp_store_add_reading             (RpStore               *self,
                                              RpReading             *reading,
                                              GError               **error);
gboolean    rp_store_update_reading          (RpStore               *self,
                                              RpReading             *reading,
                                              GError               **error);
gboolean    rp_store_delete_reading          (RpStore               *self,
                                              gint64                 reading_id,
                                              GError               **error);
/* Undo of a delete: the same id, place, favourite and position. */
gboolean    rp_store_restore_reading         (RpStore               *self,
                                              RpReading             *reading,
                                              GError               **error);
gboolean    rp_store_set_reading_favourite   (RpStore               *self,
                                              gint64                 reading_id,
                                              gboolean               favourite,
                                              GError               **error);
/* Where the reader stopped; no `changed` signal (it is written often),
 * only the model item's "read-offset" notify. */
gboolean    rp_store_set_reading_read_offset (RpStore               *self,
                                              gint64                 reading_id,
                                              int                    read_offset,
                                              GError               **error);
gboolean    rp_store_set_reading_progress    (RpStore               *self,
                                              gint64                 reading_id,
                                              int                    page,
                                              int                    pages,
                                              int                    percent,
                                              GError               **error);

gboolean    rp_store_add_reading_collection    (RpStore             *self,
                                                RpReadingCollection *collection,
                                                GError             **error);
gboolean    rp_store_rename_reading_collection (RpStore             *self,
                                                gint64               collection_id,
                                                const char          *name,
                                                GError             **error);
/* Deletes the collection and its readings (their read marks stay
 * counted). The built-in ones are refused (BUILTIN). */
gboolean    rp_store_delete_reading_collection (RpStore             *self,
                                                gint64               collection_id,
                                                GError             **error);

/* Brings the starter collection in line with @readings (from
 * rp_starter_library_load()), matched by import key: new texts added,
 * changed ones updated (favourite, position and read marks kept), texts no
 * longer shipped removed. Does nothing when @version (from
 * rp_starter_library_get_version()) is the one synced last. */
gboolean    rp_store_sync_starter_library    (RpStore               *self,
                                              GPtrArray             *readings,
                                              const char            *version,
                                              GError               **error);
/* All or nothing. A dated collection (import->collection_name set) is
 * found again by its import key or made; a single reading goes to My
 * Readings. A reading is found again by its import key in its collection
 * and updated when it changed; an unchanged one counts as neither imported
 * nor updated. out_skipped is import->skipped->len. */
gboolean    rp_store_import_readings         (RpStore               *self,
                                              RpReadingImport       *import,
                                              guint                 *out_imported,
                                              guint                 *out_updated,
                                              guint                 *out_skipped,
                                              gint64                *out_collection_id,
                                              GError               **error);
/* The daily reading for @day (see rp_daily_reading_choose()), loaded with
 * its body; NULL without error when the collection is empty. A collection
 * id that no longer exists falls back to the starter library. */
RpReading  *rp_store_get_daily_reading       (RpStore               *self,
                                              gint64                 collection_id,
                                              RpDailyReadingOrder    order,
                                              const GDate           *start,
                                              const GDate           *day,
                                              GError               **error);

/* The reading log: at most one mark per reading per local day (marking
 * again that day changes nothing). */
gboolean    rp_store_mark_reading_read       (RpStore               *self,
                                              gint64                 reading_id,
                                              GDateTime             *when,
                                              GError               **error);
/* Removes the marks of @when's local day. */
gboolean    rp_store_unmark_reading_read     (RpStore               *self,
                                              gint64                 reading_id,
                                              GDateTime             *when,
                                              GError               **error);
/* The local days it was read, newest first ("YYYY-MM-DD" strings). */
GPtrArray  *rp_store_list_reading_days       (RpStore               *self,
                                              gint64                 reading_id,
                                              GTimeZone             *time_zone,
                                              GError               **error);
gboolean    rp_store_count_readings_read     (RpStore               *self,
                                              GDateTime             *from,
                                              GDateTime             *until,
                                              guint                 *out_count,
                                              GError               **error);
GArray     *rp_store_count_readings_read_per_day  (RpStore          *self,
                                                   const GDate      *first_day,
                                                   guint             n_days,
                                                   GTimeZone        *time_zone,
                                                   GError          **error);
GArray     *rp_store_count_readings_read_per_week (RpStore          *self,
                                                   const GDate      *first_day,
                                                   guint             n_weeks,
                                                   GTimeZone        *time_zone,
                                                   GError          **error);

/* Full-text search (FTS5) over titles, descriptions and bodies, best
 * first; @text is what the user typed (see rp_reading_search_build_query).
 * Returns RpReadingMatch; empty when nothing matches or nothing is
 * searchable in @text. */
GPtrArray  *rp_store_search_readings         (RpStore               *self,
                                              const char            *text,
                                              guint                  limit,
                                              GError               **error);

G_END_DECLS

/* Each area's part of the store, declared after RpStore. */
#include "rp-store-inventory.h"
#include "rp-store-today.h"
#include "rp-store-recovery.h"
#include "rp-store-steps.h"
