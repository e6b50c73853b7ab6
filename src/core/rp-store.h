/* rp-store.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rp-contact.h"
#include "rp-database.h"
#include "rp-directory-feed.h"
#include "rp-directory-import.h"
#include "rp-directory-meeting.h"
#include "rp-meeting.h"
#include "rp-reminder.h"

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

G_END_DECLS
