/* rp-meeting-detail.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpMeetingDetail: everything about one of My meetings, with what can be
 * done with it (join, copy the address, open a map, mark attendance for an
 * occurrence, edit, archive, delete) as "meeting.*" widget actions, and
 * its attendance history. The Meetings page owns it; it follows the
 * store's "changed" signal and emits "closed" when the meeting it shows
 * is deleted or archived, so the page goes back.
 */

#define G_LOG_DOMAIN "rp-meeting-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-attendance-history.h"
#include "rp-link-opener.h"
#include "rp-meeting-detail.h"
#include "rp-meeting-editor.h"
#include "rp-meeting-types.h"
#include "rp-toast.h"
#include "rp-uri-policy.h"

struct _RpMeetingDetail
{
  AdwBin           parent_instance;

  RpStore         *store;
  RpMeeting       *meeting;
  GDate            occurrence_date;
  gboolean         closed;
  gboolean         syncing;
  RpAttendanceStatus status;
  gboolean         has_status;
  GPtrArray       *type_rows;

  AdwToastOverlay *toast_overlay;
  GtkLabel        *title_label;
  GtkLabel        *subtitle_label;
  GtkWidget       *join_button;
  AdwActionRow    *when_row;
  AdwActionRow    *next_row;
  GtkWidget       *place_group;
  AdwActionRow    *location_row;
  AdwActionRow    *address_row;
  AdwActionRow    *online_row;
  AdwActionRow    *phone_row;
  AdwPreferencesGroup *attendance_group;
  AdwActionRow    *occurrence_row;
  GtkToggleButton *attended_button;
  GtkToggleButton *missed_button;
  AdwEntryRow     *note_row;
  AdwPreferencesGroup *types_group;
  AdwActionRow    *tags_row;
  AdwActionRow    *notes_row;
  AdwActionRow    *home_group_row;
  AdwActionRow    *reminder_row;
  RpAttendanceHistory *history_group;
};

G_DEFINE_FINAL_TYPE (RpMeetingDetail, rp_meeting_detail, ADW_TYPE_BIN)

enum {
  SIGNAL_CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Toasts go to the window's overlay when there is one, so that an Undo
 * stays on screen after the page has gone back. */
static AdwToastOverlay *
get_toast_overlay (RpMeetingDetail *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));
  GtkWidget *overlay = parent != NULL ? gtk_widget_get_ancestor (parent, ADW_TYPE_TOAST_OVERLAY)
                                      : NULL;

  return overlay != NULL ? ADW_TOAST_OVERLAY (overlay) : self->toast_overlay;
}

static void
show_message (RpMeetingDetail *self,
              const char      *message)
{
  adw_toast_overlay_add_toast (get_toast_overlay (self), rp_toast_new (message));
}

/* Adwaita rows show "" as an empty line: hide what has no value. */
static void
set_row (AdwActionRow *row,
         const char   *value)
{
  gboolean has_value = value != NULL && value[0] != '\0';

  adw_action_row_set_subtitle (row, has_value ? value : "");
  gtk_widget_set_visible (GTK_WIDGET (row), has_value);
}

/* --- which occurrence ------------------------------------------------------ */

/* The occurrence the user came from, or the latest one that has started
 * (what "I went" is usually about), or else the next one. */
static void
choose_occurrence (RpMeetingDetail *self,
                   RpSchedule      *schedule,
                   GDate           *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) from = g_date_time_add_days (now, -62);
  g_autoptr(GDateTime) to = g_date_time_add_minutes (now, 1);
  g_autoptr(GPtrArray) past = rp_schedule_occurrences (schedule, from, to, 64);
  g_autoptr(RpOccurrence) next = NULL;

  if (past->len > 0)
    {
      RpOccurrence *latest = g_ptr_array_index (past, past->len - 1);

      *date = latest->date;
      return;
    }

  next = rp_schedule_next_occurrence (schedule, now);
  *date = next != NULL ? next->date : *rp_schedule_get_first_date (schedule);
}

/* --- showing the meeting ------------------------------------------------------ */

static char *
describe_reminder (int reminder)
{
  if (reminder == RP_MEETING_REMINDER_OFF)
    return g_strdup (_("Off"));
  if (reminder == RP_MEETING_REMINDER_DEFAULT || reminder < 0)
    return g_strdup (_("At the usual time before (see Preferences)"));
  if (reminder == 0)
    return g_strdup (_("When it starts"));
  if (reminder % 60 == 0)
    return g_strdup_printf (ngettext ("%d hour before", "%d hours before", reminder / 60),
                            reminder / 60);

  return g_strdup_printf (ngettext ("%d minute before", "%d minutes before", reminder), reminder);
}

static char *
describe_next (RpSchedule *schedule)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(RpOccurrence) next = rp_schedule_next_occurrence (schedule, now);
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autofree char *end_text = NULL;
  g_autofree char *start_text = NULL;

  if (next == NULL)
    return g_strdup (_("No more meetings on this schedule"));

  /* In the viewer's own time: the schedule line above is on the meeting's clock. */
  start = g_date_time_to_timezone (next->start, local);
  end = g_date_time_to_timezone (next->end, local);
  end_text = g_date_time_format (end, "%H:%M");

  if (g_date_time_compare (start, now) <= 0)
    /* Translators: %s is the end time, 20:30 */
    return g_strdup_printf (_("In progress, until %s"), end_text);

  /* Translators: the next meeting's start in g_date_time_format() notation */
  start_text = g_date_time_format (start, C_("next meeting", "%A %-d %B, %H:%M"));
  if (g_strcmp0 (g_time_zone_get_identifier (local), rp_schedule_get_time_zone_id (schedule)) != 0)
    /* Translators: the start (“Monday 23 November, 19:00”), then the end
     * time, both in the viewer's zone, which is not the meeting's */
    return g_strdup_printf (C_("next meeting", "%s to %s, your time"), start_text, end_text);

  /* Translators: the start (“Monday 23 November, 19:00”), then the end time */
  return g_strdup_printf (C_("next meeting", "%s to %s"), start_text, end_text);
}

static void
update_types (RpMeetingDetail *self)
{
  const char * const *types = rp_meeting_get_types (self->meeting);

  for (guint i = 0; i < self->type_rows->len; i++)
    adw_preferences_group_remove (self->types_group, g_ptr_array_index (self->type_rows, i));
  g_ptr_array_set_size (self->type_rows, 0);

  for (guint i = 0; types != NULL && types[i] != NULL; i++)
    {
      const char *meaning = rp_meeting_type_get_meaning (types[i]);
      GtkWidget *row = adw_action_row_new ();

      /* "12 Steps & 12 Traditions": not markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), meaning != NULL ? meaning : types[i]);
      if (meaning != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), types[i]);
      adw_preferences_group_add (self->types_group, row);
      g_ptr_array_add (self->type_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->types_group), self->type_rows->len > 0);
}

static void
update_attendance (RpMeetingDetail *self)
{
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) noon = NULL;
  g_autofree char *occurrence = NULL;
  const RpAttendanceRecord *current = NULL;

  history = rp_store_get_attendance_history (self->store, rp_meeting_get_id (self->meeting), &error);
  if (history == NULL)
    {
      show_message (self, error->message);
      history = g_ptr_array_new ();
    }

  rp_attendance_history_set_records (self->history_group, history);
  for (guint i = 0; i < history->len; i++)
    {
      const RpAttendanceRecord *record = g_ptr_array_index (history, i);

      if (g_date_compare (&record->date, &self->occurrence_date) == 0)
        current = record;
    }

  noon = g_date_time_new_local (g_date_get_year (&self->occurrence_date),
                                g_date_get_month (&self->occurrence_date),
                                g_date_get_day (&self->occurrence_date), 12, 0, 0);
  /* Translators: the occurrence attendance is recorded for, g_date_time_format() notation */
  occurrence = g_date_time_format (noon, C_("attendance", "%A %-d %B %Y"));
  adw_preferences_group_set_description (self->attendance_group, occurrence);
  self->has_status = current != NULL;
  self->status = current != NULL ? current->status : RP_ATTENDANCE_MISSED;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->occurrence_row),
                                 current == NULL ? _("Not recorded")
                                 : current->status == RP_ATTENDANCE_ATTENDED ? _("You went")
                                 : _("You missed it"));

  self->syncing = TRUE;
  gtk_toggle_button_set_active (self->attended_button,
                                self->has_status && self->status == RP_ATTENDANCE_ATTENDED);
  gtk_toggle_button_set_active (self->missed_button,
                                self->has_status && self->status == RP_ATTENDANCE_MISSED);
  if (current != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->note_row), current->note != NULL ? current->note : "");
  self->syncing = FALSE;
}

static void
update (RpMeetingDetail *self)
{
  RpMeeting *meeting = self->meeting;
  RpSchedule *schedule;
  g_autoptr(GTimeZone) local = NULL;
  g_autofree char *when = NULL;
  g_autofree char *next = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *tags = NULL;
  g_autofree char *reminder = NULL;
  const char *group_name;
  const char *program;
  const char *online;
  gboolean has_place;

  gtk_widget_set_sensitive (GTK_WIDGET (self), meeting != NULL);
  if (meeting == NULL)
    return;

  schedule = rp_meeting_get_schedule (meeting);
  local = g_time_zone_new_local ();
  when = rp_schedule_describe (schedule, local);
  next = describe_next (schedule);

  gtk_label_set_text (self->title_label, rp_meeting_get_name (meeting));
  group_name = rp_meeting_get_group_name (meeting);
  program = rp_meeting_get_program (meeting);
  if (group_name != NULL && program != NULL)
    /* Translators: the group's name, then the program (AA, NA, …) */
    subtitle = g_strdup_printf (C_("group and program", "%s · %s"), group_name, program);
  else
    subtitle = g_strdup (group_name != NULL ? group_name : program);
  if (rp_meeting_get_archived (meeting))
    {
      char *longer = subtitle != NULL
                     /* Translators: “Archived”, then the group and program */
                     ? g_strdup_printf (C_("group and program", "Archived · %s"), subtitle)
                     : g_strdup (_("Archived"));

      g_free (subtitle);
      subtitle = longer;
    }
  gtk_label_set_text (self->subtitle_label, subtitle != NULL ? subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle != NULL);

  adw_action_row_set_subtitle (self->when_row, when);
  adw_action_row_set_subtitle (self->next_row, next);

  online = rp_meeting_get_online_url (meeting);
  set_row (self->location_row, rp_meeting_get_location (meeting));
  set_row (self->address_row, rp_meeting_get_address (meeting));
  set_row (self->online_row, online);
  set_row (self->phone_row, rp_meeting_get_conference_phone (meeting));
  has_place = rp_meeting_get_location (meeting) != NULL || rp_meeting_get_address (meeting) != NULL ||
              online != NULL || rp_meeting_get_conference_phone (meeting) != NULL;
  gtk_widget_set_visible (self->place_group, has_place);
  gtk_widget_set_visible (self->join_button, online != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.archive",
                                 !rp_meeting_get_archived (meeting));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.unarchive",
                                 rp_meeting_get_archived (meeting));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.join", online != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.copy-address",
                                 rp_meeting_get_address (meeting) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.open-map",
                                 rp_meeting_get_address (meeting) != NULL);

  update_types (self);

  tags = g_strjoinv (", ", (char **) rp_meeting_get_tags (meeting));
  reminder = describe_reminder (rp_meeting_get_reminder (meeting));
  set_row (self->tags_row, tags);
  set_row (self->notes_row, rp_meeting_get_notes (meeting));
  set_row (self->home_group_row,
           rp_meeting_get_home_group (meeting) ? _("This is your home group") : NULL);
  set_row (self->reminder_row, reminder);

  update_attendance (self);
}

/* Another view, the editor or the command line changed something. */
static void
store_changed_cb (RpMeetingDetail *self,
                  const char      *kind)
{
  g_autoptr(RpMeeting) reloaded = NULL;
  g_autoptr(GError) error = NULL;

  if (self->meeting == NULL || self->closed)
    return;

  if (g_strcmp0 (kind, "attendance") == 0)
    {
      update_attendance (self);
      return;
    }

  if (g_strcmp0 (kind, "meeting") != 0)
    return;

  reloaded = rp_store_load_meeting (self->store, rp_meeting_get_id (self->meeting), &error);
  if (reloaded == NULL && !g_error_matches (error, RP_MEETING_ERROR, RP_MEETING_ERROR_NOT_FOUND))
    {
      show_message (self, error->message);
      return;
    }

  /* Archived from here or elsewhere; an archived meeting the page chose
   * to show stays. */
  if (reloaded == NULL ||
      (rp_meeting_get_archived (reloaded) && !rp_meeting_get_archived (self->meeting)))
    {
      self->closed = TRUE;
      g_signal_emit (self, signals[SIGNAL_CLOSED], 0);
      return;
    }

  g_set_object (&self->meeting, reloaded);
  update (self);
}

/* --- links ---------------------------------------------------------------------- */

/* rp-link-opener applies the link policy (asking first for plain http)
 * and reports errors in the toast overlay around the widget it is given:
 * ours, or the window's. */
static void
open_link (RpMeetingDetail *self,
           const char      *uri)
{
  rp_link_opener_open (GTK_WIDGET (self->title_label), uri);
}

static void
join_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpMeetingDetail *self = RP_MEETING_DETAIL (widget);
  const char *url = self->meeting != NULL ? rp_meeting_get_online_url (self->meeting) : NULL;

  if (url != NULL)
    open_link (self, url);
}

static void
open_map_action_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RpMeetingDetail *self = RP_MEETING_DETAIL (widget);
  const char *address = self->meeting != NULL ? rp_meeting_get_address (self->meeting) : NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GError) error = NULL;

  if (address == NULL)
    return;

  uri = rp_uri_build_map_search (address, &error);
  if (uri == NULL)
    show_message (self, error->message);
  else
    open_link (self, uri);
}

static void
copy_address_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  RpMeetingDetail *self = RP_MEETING_DETAIL (widget);
  const char *address = self->meeting != NULL ? rp_meeting_get_address (self->meeting) : NULL;

  if (address == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), address);
  show_message (self, _("Address copied"));
}

/* --- attendance ------------------------------------------------------------------ */

/* Marking what is already marked takes the mark away. */
static void
mark (RpMeetingDetail    *self,
      RpAttendanceStatus  status)
{
  g_autoptr(GError) error = NULL;
  gint64 id;
  gboolean ok;

  if (self->meeting == NULL || !g_date_valid (&self->occurrence_date))
    return;

  id = rp_meeting_get_id (self->meeting);
  if (self->has_status && self->status == status)
    ok = rp_store_clear_attendance (self->store, id, &self->occurrence_date, &error);
  else
    ok = rp_store_set_attendance (self->store, id, &self->occurrence_date, status,
                                  gtk_editable_get_text (GTK_EDITABLE (self->note_row)), &error);

  if (!ok)
    show_message (self, error->message);
  /* The store said "changed" on success; on failure the buttons go back. */
  update_attendance (self);
}

static void
mark_attended_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  mark (RP_MEETING_DETAIL (widget), RP_ATTENDANCE_ATTENDED);
}

static void
mark_missed_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  mark (RP_MEETING_DETAIL (widget), RP_ATTENDANCE_MISSED);
}

static void
attended_toggled_cb (RpMeetingDetail *self)
{
  if (!self->syncing)
    gtk_widget_activate_action (GTK_WIDGET (self), "meeting.mark-attended", NULL);
}

static void
missed_toggled_cb (RpMeetingDetail *self)
{
  if (!self->syncing)
    gtk_widget_activate_action (GTK_WIDGET (self), "meeting.mark-missed", NULL);
}

/* A note changed after marking is saved with the mark. */
static void
note_apply_cb (RpMeetingDetail *self)
{
  g_autoptr(GError) error = NULL;

  if (self->meeting == NULL || !self->has_status)
    return;

  if (!rp_store_set_attendance (self->store, rp_meeting_get_id (self->meeting),
                                &self->occurrence_date, self->status,
                                gtk_editable_get_text (GTK_EDITABLE (self->note_row)), &error))
    show_message (self, error->message);
}

/* --- edit, archive, delete ------------------------------------------------------- */

static void
edit_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpMeetingDetail *self = RP_MEETING_DETAIL (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->meeting != NULL)
    rp_meeting_editor_present (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                               self->store, self->meeting);
}

/* Called with the store: this view may be gone (an archived meeting's
 * detail closes). */
static void
undo_archive (GObject *store,
              gint64   id)
{
  g_autoptr(GError) error = NULL;

  if (!rp_store_set_meeting_archived (RP_STORE (store), id, FALSE, &error))
    g_warning ("Could not bring back an archived meeting: %s", error->message);
}

static void
archive_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RpMeetingDetail *self = RP_MEETING_DETAIL (widget);
  g_autoptr(RpStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToastOverlay *overlay;
  gint64 id;

  if (self->meeting == NULL)
    return;

  /* Looked up before "closed" may move this view out of the window. */
  overlay = get_toast_overlay (self);
  store = g_object_ref (self->store);
  id = rp_meeting_get_id (self->meeting);
  /* Translators: %s is the meeting's name */
  title = g_strdup_printf (_("“%s” archived"), rp_meeting_get_name (self->meeting));

  if (!rp_store_set_meeting_archived (store, id, TRUE, &error))
    {
      show_message (self, error->message);
      return;
    }

  adw_toast_overlay_add_toast (overlay, rp_toast_new_undo (title, G_OBJECT (store), id,
                                                         undo_archive));
}

static void
unarchive_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RpMeetingDetail *self = RP_MEETING_DETAIL (widget);
  g_autoptr(GError) error = NULL;

  if (self->meeting != NULL &&
      !rp_store_set_meeting_archived (self->store, rp_meeting_get_id (self->meeting), FALSE, &error))
    show_message (self, error->message);
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    RpMeetingDetail  *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0 || self->meeting == NULL)
    return;

  if (!rp_store_delete_meeting (self->store, rp_meeting_get_id (self->meeting), &error))
    show_message (self, error->message);
}

static void
delete_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RpMeetingDetail *self = RP_MEETING_DETAIL (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  guint n_records;

  if (self->meeting == NULL)
    return;

  n_records = rp_attendance_history_get_n_records (self->history_group);
  /* Translators: %s is the meeting's name */
  heading = g_strdup_printf (_("Delete “%s”?"), rp_meeting_get_name (self->meeting));
  if (n_records > 0)
    body = g_strdup_printf (ngettext ("Its attendance history (%u meeting recorded) is deleted too. "
                                      "To keep the history, archive the meeting instead.",
                                      "Its attendance history (%u meetings recorded) is deleted too. "
                                      "To keep the history, archive the meeting instead.",
                                      n_records),
                            n_records);
  else
    body = g_strdup (_("Its reminders stop and it leaves your calendar. To keep it for later, "
                       "archive it instead."));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       heading, body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* --- the class ------------------------------------------------------------------- */

static void
rp_meeting_detail_dispose (GObject *object)
{
  RpMeetingDetail *self = RP_MEETING_DETAIL (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_MEETING_DETAIL);
  g_clear_pointer (&self->type_rows, g_ptr_array_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->meeting);

  G_OBJECT_CLASS (rp_meeting_detail_parent_class)->dispose (object);
}

static void
rp_meeting_detail_class_init (RpMeetingDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_meeting_detail_dispose;

  /**
   * RpMeetingDetail::closed:
   *
   * The meeting shown was deleted or archived: whoever shows this view
   * goes back.
   */
  signals[SIGNAL_CLOSED] =
    g_signal_new ("closed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (RP_TYPE_ATTENDANCE_HISTORY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-meeting-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, RpMeetingDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingDetail, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingDetail, join_button);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingDetail, when_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingDetail, next_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingDetail, place_group);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingDetail, location_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingDetail, address_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingDetail, online_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingDetail, phone_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingDetail, attendance_group);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingDetail, occurrence_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingDetail, attended_button);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingDetail, missed_button);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingDetail, note_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingDetail, types_group);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingDetail, tags_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingDetail, notes_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingDetail, home_group_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingDetail, reminder_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingDetail, history_group);
  gtk_widget_class_bind_template_callback (widget_class, attended_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, missed_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, note_apply_cb);

  gtk_widget_class_install_action (widget_class, "meeting.join", NULL, join_action_cb);
  gtk_widget_class_install_action (widget_class, "meeting.copy-address", NULL,
                                   copy_address_action_cb);
  gtk_widget_class_install_action (widget_class, "meeting.open-map", NULL, open_map_action_cb);
  gtk_widget_class_install_action (widget_class, "meeting.mark-attended", NULL,
                                   mark_attended_action_cb);
  gtk_widget_class_install_action (widget_class, "meeting.mark-missed", NULL,
                                   mark_missed_action_cb);
  gtk_widget_class_install_action (widget_class, "meeting.edit", NULL, edit_action_cb);
  gtk_widget_class_install_action (widget_class, "meeting.archive", NULL, archive_action_cb);
  gtk_widget_class_install_action (widget_class, "meeting.unarchive", NULL, unarchive_action_cb);
  gtk_widget_class_install_action (widget_class, "meeting.delete", NULL, delete_action_cb);
}

static void
rp_meeting_detail_init (RpMeetingDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Not a bound template child: gtk_widget_dispose_template() would
   * unparent it behind AdwBin's back. */
  self->toast_overlay = ADW_TOAST_OVERLAY (adw_bin_get_child (ADW_BIN (self)));
  g_date_clear (&self->occurrence_date, 1);
  self->type_rows = g_ptr_array_new ();
  update (self);
}

GtkWidget *
rp_meeting_detail_new (void)
{
  return g_object_new (RP_TYPE_MEETING_DETAIL, NULL);
}

/**
 * rp_meeting_detail_set_meeting:
 * @store: (nullable): the store @meeting is saved in
 * @meeting: (nullable): a saved meeting, or %NULL to show nothing
 * @occurrence_date: (nullable): the occurrence the user came from (a date
 *   in the meeting's zone), for marking attendance; %NULL for the latest
 *   one that has started, or else the next one
 */
void
rp_meeting_detail_set_meeting (RpMeetingDetail *self,
                               RpStore         *store,
                               RpMeeting       *meeting,
                               const GDate     *occurrence_date)
{
  g_return_if_fail (RP_IS_MEETING_DETAIL (self));
  g_return_if_fail (store == NULL || RP_IS_STORE (store));
  g_return_if_fail (meeting == NULL || RP_IS_MEETING (meeting));
  g_return_if_fail (meeting == NULL || store != NULL);

  if (self->store != store)
    {
      if (self->store != NULL)
        g_signal_handlers_disconnect_by_data (self->store, self);
      g_set_object (&self->store, store);
      if (store != NULL)
        g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                                 G_CONNECT_SWAPPED);
    }

  g_set_object (&self->meeting, meeting);
  self->closed = FALSE;
  g_date_clear (&self->occurrence_date, 1);
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), "");

  if (meeting != NULL)
    {
      if (occurrence_date != NULL && g_date_valid (occurrence_date))
        self->occurrence_date = *occurrence_date;
      else
        choose_occurrence (self, rp_meeting_get_schedule (meeting), &self->occurrence_date);
    }

  update (self);
}

/**
 * rp_meeting_detail_get_meeting:
 *
 * Returns: (transfer none) (nullable): the meeting shown, as last saved
 */
RpMeeting *
rp_meeting_detail_get_meeting (RpMeetingDetail *self)
{
  g_return_val_if_fail (RP_IS_MEETING_DETAIL (self), NULL);

  return self->meeting;
}
