/* rp-agenda-row.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpAgendaRow is one occurrence in the agenda and in the calendar's day
 * list: its times in the viewer's zone (and the meeting's own time, with
 * its zone, when that is another), the meeting's name, its place or
 * "Online", and a Join button for an online meeting that has not ended.
 * Activating it asks the Meetings page, through the
 * `meetings.show-meeting` action, to show the meeting's detail. */

#define G_LOG_DOMAIN "rp-agenda-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-agenda-row.h"
#include "rp-link-opener.h"

struct _RpAgendaRow
{
  AdwActionRow  parent_instance;

  RpAgendaItem *item;
  GtkWidget    *attended_icon;
};

G_DEFINE_FINAL_TYPE (RpAgendaRow, rp_agenda_row, ADW_TYPE_ACTION_ROW)

static void
activated_cb (RpAgendaRow *self)
{
  g_autofree char *date = NULL;

  date = rp_schedule_format_storage_date (&self->item->date);
  gtk_widget_activate_action (GTK_WIDGET (self), "meetings.show-meeting", "(xs)",
                              rp_meeting_get_id (self->item->meeting), date);
}

static void
join_clicked_cb (RpAgendaRow *self,
                 GtkButton   *button)
{
  rp_link_opener_open (GTK_WIDGET (button), rp_meeting_get_online_url (self->item->meeting));
}

static char *
describe_place (RpMeeting *meeting)
{
  const char *location = rp_meeting_get_location (meeting);
  const char *address = rp_meeting_get_address (meeting);
  gboolean online = rp_meeting_get_online_url (meeting) != NULL ||
                    rp_meeting_get_conference_phone (meeting) != NULL;
  const char *place = location != NULL ? location : address;

  if (place != NULL && online)
    /* Translators: a meeting held both in a place and online */
    return g_strdup_printf (_("%s and online"), place);
  if (place != NULL)
    return g_strdup (place);
  if (online)
    return g_strdup (_("Online"));

  return NULL;
}

static void
build (RpAgendaRow      *self,
       RpAgendaRowFlags  flags,
       GtkSizeGroup     *times_group)
{
  gboolean show_day = (flags & RP_AGENDA_ROW_SHOW_DAY) != 0;
  RpAgendaItem *item = self->item;
  g_autofree char *start = rp_agenda_format_time_of_day (item->start);
  g_autofree char *end = rp_agenda_format_time_of_day (item->end);
  g_autofree char *place = describe_place (item->meeting);
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget *times;
  GtkWidget *label;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), rp_meeting_get_name (item->meeting));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (self), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);

  if (item->time_zone_id != NULL)
    {
      g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (item->time_zone_id);
      g_autoptr(GDateTime) there = NULL;
      g_autofree char *there_time = NULL;
      g_autofree char *zone_label = NULL;

      there = g_date_time_to_timezone (item->start, zone);
      there_time = rp_agenda_format_time_of_day (there);
      /* Translators: the meeting's own start time and its time zone's
       * abbreviation, shown when it is in another zone: “19:00 EST” */
      zone_label = g_strdup_printf (C_("meeting's own time", "%s %s"), there_time,
                                    g_date_time_get_timezone_abbreviation (there));
      if (place != NULL)
        /* Translators: the place (or “Online”), then the meeting's own time */
        subtitle = g_strdup_printf (C_("place and meeting's own time", "%s · %s"),
                                    place, zone_label);
      else
        subtitle = g_steal_pointer (&zone_label);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), item->time_zone_id);
    }
  else
    {
      subtitle = g_steal_pointer (&place);
    }

  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);

  times = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_valign (times, GTK_ALIGN_CENTER);
  if (show_day)
    {
      /* Translators: a short weekday and day of the month above a
       * meeting's time in the agenda, in g_date_time_format() notation:
       * “Thu 26” */
      g_autofree char *day = g_date_time_format (item->start, C_("agenda day", "%a %-d"));

      label = gtk_label_new (day);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_widget_add_css_class (label, "accent");
      gtk_box_append (GTK_BOX (times), label);
    }
  label = gtk_label_new (start);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (times), label);
  label = gtk_label_new (end);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (times), label);
  adw_action_row_add_prefix (ADW_ACTION_ROW (self), times);
  /* The names line up whether a row shows its day or not. */
  if (times_group != NULL)
    gtk_size_group_add_widget (times_group, times);

  /* Screen readers hear the times, not two bare numbers. */
  /* Translators: a meeting's start and end times, read to screen reader users */
  if (show_day)
    {
      /* Translators: a date read to screen reader users, in
       * g_date_time_format() notation: “Thursday 26 November” */
      g_autofree char *day = g_date_time_format (item->start, C_("agenda day", "%A %-d %B"));

      /* Translators: a meeting's day, start and end times, read to screen
       * reader users */
      accessible = g_strdup_printf (_("%s, from %s to %s"), day, start, end);
    }
  else
    {
      accessible = g_strdup_printf (_("From %s to %s"), start, end);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (times),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  self->attended_icon = gtk_image_new_from_icon_name ("object-select-symbolic");
  gtk_widget_add_css_class (self->attended_icon, "success");
  gtk_widget_set_tooltip_text (self->attended_icon, _("Attended"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->attended_icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Attended"),
                                  -1);
  gtk_widget_set_visible (self->attended_icon, FALSE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->attended_icon);

  if ((flags & RP_AGENDA_ROW_CAN_JOIN) && rp_meeting_get_online_url (item->meeting) != NULL)
    {
      GtkWidget *join = gtk_button_new_with_mnemonic (_("_Join"));
      g_autofree char *tooltip = NULL;

      gtk_widget_set_valign (join, GTK_ALIGN_CENTER);
      if (flags & RP_AGENDA_ROW_IN_PROGRESS)
        gtk_widget_add_css_class (join, "suggested-action");
      /* Translators: the tooltip of a meeting's Join button */
      tooltip = g_strdup_printf (_("Join “%s” online"), rp_meeting_get_name (item->meeting));
      gtk_widget_set_tooltip_text (join, tooltip);
      g_signal_connect_object (join, "clicked", G_CALLBACK (join_clicked_cb), self,
                               G_CONNECT_SWAPPED);
      adw_action_row_add_suffix (ADW_ACTION_ROW (self), join);
    }

  g_signal_connect (self, "activated", G_CALLBACK (activated_cb), NULL);
}

static void
rp_agenda_row_finalize (GObject *object)
{
  RpAgendaRow *self = RP_AGENDA_ROW (object);

  g_clear_pointer (&self->item, rp_agenda_item_free);

  G_OBJECT_CLASS (rp_agenda_row_parent_class)->finalize (object);
}

static void
rp_agenda_row_class_init (RpAgendaRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rp_agenda_row_finalize;
}

static void
rp_agenda_row_init (RpAgendaRow *self)
{
}

/**
 * rp_agenda_row_new:
 * @item: the occurrence (copied)
 * @flags: what the row offers
 * @times_group: (nullable): a size group for the times column, shared by
 *   the rows of one list so that their names line up
 *
 * Returns: (transfer floating): a new #RpAgendaRow
 */
GtkWidget *
rp_agenda_row_new (const RpAgendaItem *item,
                   RpAgendaRowFlags    flags,
                   GtkSizeGroup       *times_group)
{
  RpAgendaRow *self;

  g_return_val_if_fail (item != NULL, NULL);

  self = g_object_new (RP_TYPE_AGENDA_ROW, NULL);
  self->item = rp_agenda_item_copy (item);
  build (self, flags, times_group);

  return GTK_WIDGET (self);
}

const RpAgendaItem *
rp_agenda_row_get_item (RpAgendaRow *self)
{
  g_return_val_if_fail (RP_IS_AGENDA_ROW (self), NULL);

  return self->item;
}

void
rp_agenda_row_set_attended (RpAgendaRow *self,
                            gboolean     attended)
{
  g_return_if_fail (RP_IS_AGENDA_ROW (self));

  gtk_widget_set_visible (self->attended_icon, attended);
}
