/* rp-meetings-page.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpMeetingsPage is the Meetings page of the main window. Without any
 * meeting it is an empty state with the first steps; otherwise four views
 * switched at its top (Agenda, Calendar, My Meetings, Directory), and a
 * meeting's detail that slides in over them (an AdwLeaflet that never
 * unfolds, so swipe and Alt+Left go back too). Anything that shows a
 * meeting activates `meetings.show-meeting` with its id and occurrence
 * date. The page owns the one timer that moves the agenda and the
 * calendar on: armed for the agenda's next change, never polling. */

#define G_LOG_DOMAIN "rp-meetings-page"

#include "config.h"

#include "rp-agenda-view.h"
#include "rp-directory-view.h"
#include "rp-meeting-detail.h"
#include "rp-meeting-list.h"
#include "rp-meetings-page.h"
#include "rp-month-calendar.h"
#include "rp-toast.h"

struct _RpMeetingsPage
{
  AdwBin           parent_instance;

  RpStore         *store;
  GDateTime       *now;
  guint            refresh_source;
  gint64           detail_meeting_id;

  GtkStack        *page_stack;
  AdwLeaflet      *leaflet;
  AdwViewStack    *view_stack;
  RpAgendaView    *agenda_view;
  RpMonthCalendar *month_calendar;
  RpMeetingList   *meeting_list;
  RpDirectoryView *directory_view;
  RpMeetingDetail *detail;

  /* The views get the store when the page is first shown: Reprieve opens
   * on Today, and thirty weekly meetings' agenda rows, month and list cost
   * a third of the start. */
  gboolean         views_bound;
};

G_DEFINE_FINAL_TYPE (RpMeetingsPage, rp_meetings_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_NOW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


/* The views, or the first steps when there is nothing to show: archived
 * meetings count, so that they can be brought back. */
static void
update_empty_state (RpMeetingsPage *self)
{
  gboolean has_meetings = FALSE;

  if (self->store != NULL)
    {
      has_meetings = g_list_model_get_n_items (rp_store_get_meetings (self->store)) > 0;
      if (!has_meetings)
        {
          g_autoptr(GPtrArray) archived = rp_store_list_archived_meetings (self->store, NULL);

          has_meetings = archived != NULL && archived->len > 0;
        }
    }

  /* An imported directory is something to show too, even before the
   * user adds any meeting of their own from it. */
  if (!has_meetings && self->store != NULL)
    {
      g_autoptr(GPtrArray) feeds = rp_store_list_directory_feeds (self->store, NULL);

      if (feeds != NULL && feeds->len > 0)
        {
          has_meetings = TRUE;
          if (g_list_model_get_n_items (rp_store_get_meetings (self->store)) == 0)
            adw_view_stack_set_visible_child_name (self->view_stack, "directory");
        }
    }

  gtk_stack_set_visible_child_name (self->page_stack, has_meetings ? "meetings" : "empty");
}

/* The Directory is read from the database the first time it is shown, not
 * at start-up: an intergroup feed can hold thousands of meetings. */
static void
load_directory_if_shown (RpMeetingsPage *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);

  if (self->store != NULL && g_strcmp0 (name, "directory") == 0 &&
      rp_directory_view_get_store (self->directory_view) != self->store)
    rp_directory_view_set_store (self->directory_view, self->store);
}

static gboolean refresh_timeout_cb (gpointer user_data);

static void
bind_views (RpMeetingsPage *self)
{
  self->views_bound = TRUE;
  rp_agenda_view_set_store (self->agenda_view, self->store);
  rp_month_calendar_set_store (self->month_calendar, self->store);
  rp_meeting_list_set_store (self->meeting_list, self->store);
}

static void
schedule_refresh (RpMeetingsPage *self)
{
  g_autoptr(GDateTime) now = NULL;
  GDateTime *next;
  GTimeSpan span;
  guint seconds;

  g_clear_handle_id (&self->refresh_source, g_source_remove);

  /* A fixed "now" (tests) never moves on. */
  if (self->now != NULL || self->store == NULL)
    return;

  next = rp_agenda_view_get_next_change (self->agenda_view);
  if (next == NULL)
    return;

  now = g_date_time_new_now_local ();
  span = g_date_time_difference (next, now);
  /* Whole seconds let the system group wakeups; one more second makes
   * sure the boundary has passed when the timer fires. */
  seconds = span <= 0 ? 1 : (guint) MIN (span / G_TIME_SPAN_SECOND + 1, G_MAXUINT / 1000);

  self->refresh_source = g_timeout_add_seconds (seconds, refresh_timeout_cb, self);
  g_source_set_name_by_id (self->refresh_source, "[reprieve] meetings page refresh");
}

static void
refresh_views (RpMeetingsPage *self)
{
  rp_agenda_view_refresh (self->agenda_view);
  rp_month_calendar_refresh (self->month_calendar);
  schedule_refresh (self);
}

static gboolean
refresh_timeout_cb (gpointer user_data)
{
  RpMeetingsPage *self = RP_MEETINGS_PAGE (user_data);

  self->refresh_source = 0;
  refresh_views (self);

  return G_SOURCE_REMOVE;
}

/**
 * rp_meetings_page_show_meeting:
 * @self: a #RpMeetingsPage
 * @meeting_id: the meeting's id
 * @occurrence_date: (nullable): the occurrence's date in the meeting's zone
 *   (what "Mark attended" applies to), or %NULL for the meeting itself
 *
 * Shows the meeting's detail, archived or not. A meeting that no longer
 * exists is reported in a toast.
 */
void
rp_meetings_page_show_meeting (RpMeetingsPage *self,
                               gint64          meeting_id,
                               const GDate    *occurrence_date)
{
  g_autoptr(RpMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (RP_IS_MEETINGS_PAGE (self));
  g_return_if_fail (occurrence_date == NULL || g_date_valid (occurrence_date));

  if (self->store == NULL)
    return;

  meeting = rp_store_load_meeting (self->store, meeting_id, &error);
  if (meeting == NULL)
    {
      rp_toast_show (GTK_WIDGET (self), error->message);
      return;
    }

  self->detail_meeting_id = meeting_id;
  rp_meeting_detail_set_meeting (self->detail, self->store, meeting, occurrence_date);

  update_empty_state (self);
  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

/**
 * rp_meetings_page_go_back:
 * @self: a #RpMeetingsPage
 *
 * Leaves the detail for the view it was opened from.
 */
void
rp_meetings_page_go_back (RpMeetingsPage *self)
{
  g_return_if_fail (RP_IS_MEETINGS_PAGE (self));

  adw_leaflet_set_visible_child_name (self->leaflet, "overview");
}

/**
 * rp_meetings_page_get_showing_detail:
 * @self: a #RpMeetingsPage
 *
 * Returns: whether a meeting's detail is shown
 */
gboolean
rp_meetings_page_get_showing_detail (RpMeetingsPage *self)
{
  g_return_val_if_fail (RP_IS_MEETINGS_PAGE (self), FALSE);

  return g_strcmp0 (gtk_stack_get_visible_child_name (self->page_stack), "meetings") == 0 &&
         g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "detail") == 0;
}

/**
 * rp_meetings_page_show_view:
 * @self: a #RpMeetingsPage
 * @view_name: "agenda", "calendar", "my-meetings" or "directory"
 *
 * Shows one of the views (leaving a detail that is open).
 */
void
rp_meetings_page_show_view (RpMeetingsPage *self,
                            const char     *view_name)
{
  g_return_if_fail (RP_IS_MEETINGS_PAGE (self));
  g_return_if_fail (view_name != NULL);

  if (adw_view_stack_get_child_by_name (self->view_stack, view_name) == NULL)
    {
      g_warning ("No meetings view named “%s”", view_name);
      return;
    }

  adw_view_stack_set_visible_child_name (self->view_stack, view_name);
  rp_meetings_page_go_back (self);
}

const char *
rp_meetings_page_get_visible_view (RpMeetingsPage *self)
{
  g_return_val_if_fail (RP_IS_MEETINGS_PAGE (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

static void
show_meeting_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  gint64 meeting_id;
  const char *date_text;
  GDate date;

  g_variant_get (parameter, "(x&s)", &meeting_id, &date_text);

  g_date_clear (&date, 1);
  if (date_text[0] != '\0' && !rp_schedule_parse_storage_date (date_text, &date, NULL))
    g_date_clear (&date, 1);

  rp_meetings_page_show_meeting (RP_MEETINGS_PAGE (widget), meeting_id,
                                 g_date_valid (&date) ? &date : NULL);
}

static void
back_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  rp_meetings_page_go_back (RP_MEETINGS_PAGE (widget));
}

static void
leaflet_child_changed_cb (RpMeetingsPage *self)
{
  gboolean detail = g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet),
                               "detail") == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.back", detail);
  if (!detail)
    self->detail_meeting_id = 0;
}

static void
detail_closed_cb (RpMeetingsPage *self)
{
  rp_meetings_page_go_back (self);
}

/* Leaves a detail whose meeting was deleted elsewhere (from the command
 * line, say). */
static void
meetings_changed_cb (RpMeetingsPage *self)
{
  update_empty_state (self);

  if (self->detail_meeting_id != 0)
    {
      g_autoptr(RpMeeting) meeting = NULL;
      g_autoptr(GError) error = NULL;

      meeting = rp_store_load_meeting (self->store, self->detail_meeting_id, &error);
      if (meeting == NULL && g_error_matches (error, RP_MEETING_ERROR, RP_MEETING_ERROR_NOT_FOUND))
        rp_meetings_page_go_back (self);
    }
}

RpStore *
rp_meetings_page_get_store (RpMeetingsPage *self)
{
  g_return_val_if_fail (RP_IS_MEETINGS_PAGE (self), NULL);

  return self->store;
}

void
rp_meetings_page_set_store (RpMeetingsPage *self,
                            RpStore        *store)
{
  g_return_if_fail (RP_IS_MEETINGS_PAGE (self));
  g_return_if_fail (store == NULL || RP_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed::meeting", G_CALLBACK (meetings_changed_cb), self,
                             G_CONNECT_SWAPPED);

  rp_meetings_page_go_back (self);
  self->views_bound = FALSE;
  if (store == NULL || gtk_widget_get_mapped (GTK_WIDGET (self)))
    bind_views (self);
  if (store == NULL)
    rp_directory_view_set_store (self->directory_view, NULL);
  else
    g_signal_connect_object (store, "changed::directory", G_CALLBACK (update_empty_state), self,
                             G_CONNECT_SWAPPED);
  update_empty_state (self);
  load_directory_if_shown (self);
  schedule_refresh (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * rp_meetings_page_get_now:
 * @self: a #RpMeetingsPage
 *
 * Returns: (transfer none) (nullable): the time the page is fixed at, or
 *   %NULL when it follows the clock
 */
GDateTime *
rp_meetings_page_get_now (RpMeetingsPage *self)
{
  g_return_val_if_fail (RP_IS_MEETINGS_PAGE (self), NULL);

  return self->now;
}

/**
 * rp_meetings_page_set_now:
 * @self: a #RpMeetingsPage
 * @now: (nullable): the time to show the agenda and the calendar for, or
 *   %NULL to follow the clock (the default)
 *
 * For tests and screenshots: a fixed time arms no timer.
 */
void
rp_meetings_page_set_now (RpMeetingsPage *self,
                          GDateTime      *now)
{
  g_return_if_fail (RP_IS_MEETINGS_PAGE (self));

  if (self->now == now ||
      (self->now != NULL && now != NULL && g_date_time_equal (self->now, now)))
    return;

  g_clear_pointer (&self->now, g_date_time_unref);
  self->now = now != NULL ? g_date_time_ref (now) : NULL;

  rp_agenda_view_set_now (self->agenda_view, now);
  rp_month_calendar_set_now (self->month_calendar, now);
  schedule_refresh (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOW]);
}

/* Monotonic timers stop while the computer sleeps: coming back into view
 * catches up with the clock. */
static void
rp_meetings_page_map (GtkWidget *widget)
{
  RpMeetingsPage *self = RP_MEETINGS_PAGE (widget);

  GTK_WIDGET_CLASS (rp_meetings_page_parent_class)->map (widget);

  if (!self->views_bound)
    {
      bind_views (self);
      schedule_refresh (self);
    }
  else if (self->store != NULL && self->now == NULL)
    refresh_views (self);
}

static void
rp_meetings_page_dispose (GObject *object)
{
  RpMeetingsPage *self = RP_MEETINGS_PAGE (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_MEETINGS_PAGE);

  G_OBJECT_CLASS (rp_meetings_page_parent_class)->dispose (object);
}

static void
rp_meetings_page_finalize (GObject *object)
{
  RpMeetingsPage *self = RP_MEETINGS_PAGE (object);

  g_clear_pointer (&self->now, g_date_time_unref);

  G_OBJECT_CLASS (rp_meetings_page_parent_class)->finalize (object);
}

static void
rp_meetings_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RpMeetingsPage *self = RP_MEETINGS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_NOW:
      g_value_set_boxed (value, self->now);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_meetings_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RpMeetingsPage *self = RP_MEETINGS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      rp_meetings_page_set_store (self, g_value_get_object (value));
      break;

    case PROP_NOW:
      rp_meetings_page_set_now (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_meetings_page_class_init (RpMeetingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_meetings_page_dispose;
  object_class->finalize = rp_meetings_page_finalize;
  object_class->get_property = rp_meetings_page_get_property;
  object_class->set_property = rp_meetings_page_set_property;

  widget_class->map = rp_meetings_page_map;

  /**
   * RpMeetingsPage:store:
   *
   * Where the meetings come from. The window sets it.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         RP_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RpMeetingsPage:now:
   *
   * The time the agenda and the calendar are shown for; %NULL (the
   * default) follows the clock.
   */
  properties[PROP_NOW] =
    g_param_spec_boxed ("now", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RP_TYPE_AGENDA_VIEW);
  g_type_ensure (RP_TYPE_MONTH_CALENDAR);
  g_type_ensure (RP_TYPE_MEETING_LIST);
  g_type_ensure (RP_TYPE_DIRECTORY_VIEW);
  g_type_ensure (RP_TYPE_MEETING_DETAIL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-meetings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RpMeetingsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingsPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingsPage, agenda_view);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingsPage, month_calendar);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingsPage, meeting_list);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingsPage, directory_view);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingsPage, detail);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_child_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, detail_closed_cb);

  gtk_widget_class_install_action (widget_class, "meetings.show-meeting", "(xs)",
                                   show_meeting_action_cb);
  gtk_widget_class_install_action (widget_class, "meetings.back", NULL, back_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "meetings.back", NULL);
}

static void
rp_meetings_page_init (RpMeetingsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not a bound template child: gtk_widget_dispose_template() would
   * unparent it behind AdwBin's back. */
  self->page_stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));

  g_signal_connect_object (self->agenda_view, "notify::next-change",
                           G_CALLBACK (schedule_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (load_directory_if_shown), self, G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.back", FALSE);
  update_empty_state (self);
}
