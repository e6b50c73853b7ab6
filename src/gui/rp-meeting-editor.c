/* rp-meeting-editor.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpMeetingEditor: the modal window that adds one of My meetings or edits
 * one. It only maps widgets to an RpMeetingFormValues and back: the rules
 * (what blocks saving, what to tell the user) live in rp-meeting-form, and
 * saving goes through RpStore. Whoever opens it gets "saved" afterwards;
 * the views follow the store's "changed" signal anyway.
 */

#define G_LOG_DOMAIN "rp-meeting-editor"

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "rp-date-row.h"
#include "rp-form-field.h"
#include "rp-meeting-editor.h"
#include "rp-meeting-form.h"
#include "rp-meeting-types-row.h"
#include "rp-time-zone-chooser.h"
#include "rp-weekdays-row.h"

struct _RpMeetingEditor
{
  AdwWindow          parent_instance;

  RpStore           *store;
  RpMeeting         *meeting;

  AdwWindowTitle    *window_title;
  AdwToastOverlay   *toast_overlay;
  AdwEntryRow       *name_row;
  AdwEntryRow       *group_name_row;
  AdwEntryRow       *program_row;
  AdwComboRow       *kind_row;
  RpWeekdaysRow     *weekdays_row;
  AdwComboRow       *monthly_nth_row;
  AdwComboRow       *monthly_weekday_row;
  AdwEntryRow       *first_date_row;
  AdwEntryRow       *last_date_row;
  AdwEntryRow       *start_time_row;
  AdwComboRow       *end_kind_row;
  AdwEntryRow       *end_time_row;
  GtkWidget         *duration_row;
  GtkSpinButton     *duration_spin;
  AdwEntryRow       *time_zone_row;
  RpTimeZoneChooser *time_zone_chooser;
  AdwActionRow      *time_zone_hint;
  AdwEntryRow       *location_row;
  AdwEntryRow       *address_row;
  AdwEntryRow       *online_url_row;
  AdwEntryRow       *conference_phone_row;
  RpMeetingTypesRow *types_row;
  AdwEntryRow       *tags_row;
  GtkTextView       *notes_view;
  GtkSwitch         *home_group_switch;
  AdwComboRow       *reminder_row;
  GtkWidget         *reminder_minutes_row;
  GtkSpinButton     *reminder_minutes_spin;

  GtkWidget         *fields[RP_MEETING_FORM_N_FIELDS];
  GtkWidget         *problems[RP_MEETING_FORM_N_FIELDS];
  GtkImage          *problem_icons[RP_MEETING_FORM_N_FIELDS];

  char              *local_time_zone;
  guint              touched;
  guint              loading : 1;
  guint              syncing : 1;
  guint              end_follows_start : 1;
};

G_DEFINE_FINAL_TYPE (RpMeetingEditor, rp_meeting_editor, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The template's names for each field's input and problem widgets. */
static const struct {
  RpMeetingFormField  field;
  const char         *input;
  const char         *problem;
} field_widgets[] = {
  { RP_MEETING_FORM_FIELD_GENERAL, NULL, "problem_general" },
  { RP_MEETING_FORM_FIELD_NAME, "name_row", "problem_name" },
  { RP_MEETING_FORM_FIELD_GROUP_NAME, "group_name_row", "problem_group_name" },
  { RP_MEETING_FORM_FIELD_PROGRAM, "program_row", "problem_program" },
  { RP_MEETING_FORM_FIELD_WEEKDAYS, "weekdays_row", "problem_weekdays" },
  { RP_MEETING_FORM_FIELD_MONTHLY_DAY, "monthly_nth_row", "problem_monthly_day" },
  { RP_MEETING_FORM_FIELD_FIRST_DATE, "first_date_row", "problem_first_date" },
  { RP_MEETING_FORM_FIELD_LAST_DATE, "last_date_row", "problem_last_date" },
  { RP_MEETING_FORM_FIELD_START_TIME, "start_time_row", "problem_start_time" },
  { RP_MEETING_FORM_FIELD_END_TIME, "end_time_row", "problem_end_time" },
  { RP_MEETING_FORM_FIELD_DURATION, "duration_row", "problem_duration" },
  { RP_MEETING_FORM_FIELD_TIME_ZONE, "time_zone_row", "problem_time_zone" },
  { RP_MEETING_FORM_FIELD_LOCATION, "location_row", "problem_location" },
  { RP_MEETING_FORM_FIELD_ADDRESS, "address_row", "problem_address" },
  { RP_MEETING_FORM_FIELD_ONLINE_URL, "online_url_row", "problem_online_url" },
  { RP_MEETING_FORM_FIELD_CONFERENCE_PHONE, "conference_phone_row", "problem_conference_phone" },
  { RP_MEETING_FORM_FIELD_TYPES, "types_row", "problem_types" },
  { RP_MEETING_FORM_FIELD_TAGS, "tags_row", "problem_tags" },
  { RP_MEETING_FORM_FIELD_NOTES, "notes_view", "problem_notes" },
  { RP_MEETING_FORM_FIELD_REMINDER, "reminder_minutes_row", "problem_reminder" },
};

/* The "Repeats" choices, in the order of the combo row. */
static const RpScheduleKind kinds[] = {
  RP_SCHEDULE_WEEKLY, RP_SCHEDULE_MONTHLY, RP_SCHEDULE_ONCE,
};

#define FIELD_BIT(field) (1u << (field))

static RpScheduleKind
get_kind (RpMeetingEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);

  return selected < G_N_ELEMENTS (kinds) ? kinds[selected] : RP_SCHEDULE_WEEKLY;
}

static gboolean
ends_at_time (RpMeetingEditor *self)
{
  return adw_combo_row_get_selected (self->end_kind_row) == 0;
}

static const char *
get_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* --- reading the form -------------------------------------------------- */

/* @types and @notes take the chosen codes and the notes' text, which
 * @values points to. */
static void
collect_values (RpMeetingEditor     *self,
                RpMeetingFormValues *values,
                GStrv               *types,
                char               **notes)
{
  guint nth_index;
  int reminder_index;

  memset (values, 0, sizeof *values);

  values->name = get_text (self->name_row);
  values->group_name = get_text (self->group_name_row);
  values->program = get_text (self->program_row);
  values->kind = get_kind (self);

  values->weekdays = rp_weekdays_row_get_weekdays (self->weekdays_row);

  nth_index = adw_combo_row_get_selected (self->monthly_nth_row);
  values->monthly_nth = nth_index < 4 ? (int) nth_index + 1 : RP_SCHEDULE_LAST;
  values->monthly_weekday = adw_combo_row_get_selected (self->monthly_weekday_row) + 1;

  values->first_date = get_text (self->first_date_row);
  values->last_date = get_text (self->last_date_row);
  values->start_time = get_text (self->start_time_row);
  values->end_kind = ends_at_time (self) ? RP_MEETING_FORM_END_AT_TIME
                                         : RP_MEETING_FORM_END_AFTER_DURATION;
  values->end_time = get_text (self->end_time_row);
  values->duration_minutes = gtk_spin_button_get_value_as_int (self->duration_spin);
  values->time_zone = get_text (self->time_zone_row);
  values->location = get_text (self->location_row);
  values->address = get_text (self->address_row);
  values->online_url = get_text (self->online_url_row);
  values->conference_phone = get_text (self->conference_phone_row);

  *types = rp_meeting_types_row_dup_types (self->types_row);
  values->types = (const char * const *) *types;
  values->tags = get_text (self->tags_row);
  *notes = rp_form_field_dup_view_text (self->notes_view);
  values->notes = *notes;
  values->home_group = gtk_switch_get_active (self->home_group_switch);

  reminder_index = adw_combo_row_get_selected (self->reminder_row);
  values->reminder_kind = reminder_index == 1 ? RP_MEETING_FORM_REMINDER_CUSTOM
                          : reminder_index == 2 ? RP_MEETING_FORM_REMINDER_OFF
                          : RP_MEETING_FORM_REMINDER_DEFAULT;
  values->reminder_minutes = gtk_spin_button_get_value_as_int (self->reminder_minutes_spin);
}

/* --- showing problems ---------------------------------------------------- */

static void
show_problem (RpMeetingEditor            *self,
              RpMeetingFormField          field,
              const RpMeetingFormProblem *problem)
{
  GtkWidget *widget = self->problems[field];
  GtkWidget *input = self->fields[field];
  gboolean quiet;
  const char *style;
  const char *icon;

  gtk_widget_remove_css_class (widget, "error");
  gtk_widget_remove_css_class (widget, "warning");
  gtk_widget_remove_css_class (widget, "dim-label");
  if (input != NULL)
    {
      gtk_widget_remove_css_class (input, "error");
      gtk_widget_remove_css_class (input, "warning");
    }

  if (problem == NULL)
    {
      gtk_widget_set_visible (widget, FALSE);
      if (input != NULL)
        {
          gtk_accessible_update_state (GTK_ACCESSIBLE (input), GTK_ACCESSIBLE_STATE_INVALID,
                                       GTK_ACCESSIBLE_INVALID_FALSE, -1);
          gtk_accessible_reset_property (GTK_ACCESSIBLE (input),
                                         GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
        }
      return;
    }

  /* An empty required field the user has not reached yet is a hint, not
   * an error: a new form should not open in red. */
  quiet = problem->severity == RP_MEETING_FORM_MISSING && !(self->touched & FIELD_BIT (field));
  if (quiet)
    {
      style = "dim-label";
      icon = "dialog-information-symbolic";
    }
  else if (problem->severity == RP_MEETING_FORM_WARNING)
    {
      style = "warning";
      icon = "dialog-warning-symbolic";
    }
  else
    {
      style = "error";
      icon = "dialog-error-symbolic";
    }

  if (ADW_IS_PREFERENCES_ROW (widget))
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), problem->message);
  else
    gtk_label_set_text (GTK_LABEL (widget), problem->message);
  if (self->problem_icons[field] != NULL)
    gtk_image_set_from_icon_name (self->problem_icons[field], icon);
  gtk_widget_add_css_class (widget, style);
  gtk_widget_set_visible (widget, TRUE);

  if (input != NULL)
    {
      if (!quiet)
        gtk_widget_add_css_class (input, style);
      gtk_accessible_update_state (GTK_ACCESSIBLE (input), GTK_ACCESSIBLE_STATE_INVALID,
                                   problem->severity == RP_MEETING_FORM_WARNING
                                   ? GTK_ACCESSIBLE_INVALID_FALSE : GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (input),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, problem->message,
                                      -1);
    }
}

static void
update_visibility (RpMeetingEditor *self)
{
  RpScheduleKind kind = get_kind (self);
  gboolean repeating = kind != RP_SCHEDULE_ONCE;

  gtk_widget_set_visible (GTK_WIDGET (self->weekdays_row), kind == RP_SCHEDULE_WEEKLY);
  gtk_widget_set_visible (GTK_WIDGET (self->monthly_nth_row), kind == RP_SCHEDULE_MONTHLY);
  gtk_widget_set_visible (GTK_WIDGET (self->monthly_weekday_row), kind == RP_SCHEDULE_MONTHLY);
  gtk_widget_set_visible (GTK_WIDGET (self->last_date_row), repeating);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->first_date_row),
                                 repeating ? _("_Starting") : _("_Date"));

  gtk_widget_set_visible (GTK_WIDGET (self->end_time_row), ends_at_time (self));
  gtk_widget_set_visible (self->duration_row, !ends_at_time (self));
  gtk_widget_set_visible (self->reminder_minutes_row,
                          adw_combo_row_get_selected (self->reminder_row) == 1);
}

static void
update_time_zone_hint (RpMeetingEditor *self,
                       GPtrArray       *problems)
{
  g_autofree char *zone = g_strstrip (g_strdup (get_text (self->time_zone_row)));
  gboolean other = zone[0] != '\0' &&
                   rp_meeting_form_find_problem (problems, RP_MEETING_FORM_FIELD_TIME_ZONE) == NULL &&
                   g_strcmp0 (zone, self->local_time_zone) != 0;

  if (other)
    {
      g_autofree char *text = NULL;

      /* Translators: %s is the user's own time zone, such as Europe/London */
      text = g_strdup_printf (_("Not your time zone (%s): the times above are on the meeting’s clock."),
                              self->local_time_zone);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->time_zone_hint), text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->time_zone_hint), other);
}

static void
validate (RpMeetingEditor *self)
{
  RpMeetingFormValues values;
  g_auto(GStrv) types = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *notes = NULL;

  if (self->loading)
    return;

  update_visibility (self);

  collect_values (self, &values, &types, &notes);
  problems = rp_meeting_form_check (&values);

  for (guint i = 0; i < G_N_ELEMENTS (field_widgets); i++)
    show_problem (self, field_widgets[i].field,
                  rp_meeting_form_find_problem (problems, field_widgets[i].field));

  update_time_zone_hint (self, problems);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save",
                                 rp_meeting_form_can_save (problems));
}

/* --- keeping the end in step with the start ---------------------------- */

static void
set_end_from_duration (RpMeetingEditor *self)
{
  guint start;
  guint duration = gtk_spin_button_get_value_as_int (self->duration_spin);
  g_autofree char *end = NULL;

  if (!rp_meeting_form_parse_time (get_text (self->start_time_row), &start) ||
      start + duration >= 24 * 60)
    return;

  end = rp_meeting_form_format_time (start + duration);
  self->syncing = TRUE;
  rp_form_field_set_text (self->end_time_row, end);
  self->syncing = FALSE;
}

static void
set_duration_from_end (RpMeetingEditor *self)
{
  guint start, end;

  if (!rp_meeting_form_parse_time (get_text (self->start_time_row), &start) ||
      !rp_meeting_form_parse_time (get_text (self->end_time_row), &end) ||
      end <= start)
    return;

  self->syncing = TRUE;
  gtk_spin_button_set_value (self->duration_spin, end - start);
  self->syncing = FALSE;
}

static void
entry_changed_cb (RpMeetingEditor *self,
                  GtkWidget       *entry)
{
  RpMeetingFormField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "rp-field"));

  if (self->loading || self->syncing)
    return;

  self->touched |= FIELD_BIT (field);

  /* Until the user sets an end of their own, it follows the start and
   * keeps the length (an hour for a new meeting). */
  if (field == RP_MEETING_FORM_FIELD_START_TIME && self->end_follows_start)
    set_end_from_duration (self);
  else if (field == RP_MEETING_FORM_FIELD_END_TIME)
    {
      self->end_follows_start = FALSE;
      set_duration_from_end (self);
    }

  validate (self);
}

static void
field_changed_cb (RpMeetingEditor *self)
{
  if (self->loading || self->syncing)
    return;

  if (ends_at_time (self) && !gtk_widget_get_visible (GTK_WIDGET (self->end_time_row)))
    {
      /* Back from a duration to an end time: show the same length. */
      self->end_follows_start = TRUE;
      set_end_from_duration (self);
    }

  validate (self);
}

static void
weekdays_changed_cb (RpMeetingEditor *self)
{
  if (self->loading)
    return;

  self->touched |= FIELD_BIT (RP_MEETING_FORM_FIELD_WEEKDAYS);
  validate (self);
}

/* --- time zones ------------------------------------------------------------- */

static void
time_zone_chosen_cb (RpMeetingEditor *self,
                     const char      *zone)
{
  rp_form_field_set_text (self->time_zone_row, zone);
}

/* --- loading -------------------------------------------------------------- */

static void
load_meeting (RpMeetingEditor *self)
{
  RpMeeting *meeting = self->meeting;
  RpSchedule *schedule = rp_meeting_get_schedule (meeting);
  g_autofree char *tags = rp_meeting_form_join_tags (rp_meeting_get_tags (meeting));
  const char *notes = rp_meeting_get_notes (meeting);
  int reminder = rp_meeting_get_reminder (meeting);

  rp_form_field_set_text (self->name_row, rp_meeting_get_name (meeting));
  rp_form_field_set_text (self->group_name_row, rp_meeting_get_group_name (meeting));
  rp_form_field_set_text (self->program_row, rp_meeting_get_program (meeting));
  rp_form_field_set_text (self->location_row, rp_meeting_get_location (meeting));
  rp_form_field_set_text (self->address_row, rp_meeting_get_address (meeting));
  rp_form_field_set_text (self->online_url_row, rp_meeting_get_online_url (meeting));
  rp_form_field_set_text (self->conference_phone_row, rp_meeting_get_conference_phone (meeting));
  rp_form_field_set_text (self->tags_row, tags);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            notes != NULL ? notes : "", -1);
  gtk_switch_set_active (self->home_group_switch, rp_meeting_get_home_group (meeting));

  rp_meeting_types_row_set_types (self->types_row, rp_meeting_get_types (meeting));

  if (reminder == RP_MEETING_REMINDER_OFF)
    adw_combo_row_set_selected (self->reminder_row, 2);
  else if (reminder >= 0)
    {
      adw_combo_row_set_selected (self->reminder_row, 1);
      gtk_spin_button_set_value (self->reminder_minutes_spin, reminder);
    }

  if (schedule != NULL)
    {
      RpScheduleKind kind = rp_schedule_get_kind (schedule);
      RpWeekdays weekdays = rp_schedule_get_weekdays (schedule);
      const GDate *last = rp_schedule_get_last_date (schedule);
      guint start = rp_schedule_get_start_minute (schedule);
      guint duration = rp_schedule_get_duration_minutes (schedule);
      g_autofree char *first_text = rp_schedule_dup_first_date_string (schedule);
      g_autofree char *last_text = last != NULL ? rp_schedule_format_storage_date (last) : NULL;
      g_autofree char *start_text = rp_meeting_form_format_time (start);
      g_autofree char *end_text = rp_meeting_form_format_time (start + duration);

      for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
        {
          if (kinds[i] == kind)
            adw_combo_row_set_selected (self->kind_row, i);
        }

      if (kind == RP_SCHEDULE_WEEKLY)
        rp_weekdays_row_set_weekdays (self->weekdays_row, weekdays);
      for (GDateWeekday day = G_DATE_MONDAY; day <= G_DATE_SUNDAY; day++)
        {
          if (kind == RP_SCHEDULE_MONTHLY && (weekdays & RP_WEEKDAY_BIT (day)) != 0)
            adw_combo_row_set_selected (self->monthly_weekday_row, day - 1);
        }
      if (kind == RP_SCHEDULE_MONTHLY)
        {
          int nth = rp_schedule_get_nth (schedule);

          adw_combo_row_set_selected (self->monthly_nth_row,
                                      nth >= 1 && nth <= 4 ? (guint) nth - 1 : 4);
        }

      rp_form_field_set_text (self->first_date_row, first_text);
      rp_form_field_set_text (self->last_date_row, last_text);
      rp_form_field_set_text (self->start_time_row, start_text);
      gtk_spin_button_set_value (self->duration_spin, duration);
      /* A meeting past midnight is described by its length. */
      if (start + duration < 24 * 60)
        rp_form_field_set_text (self->end_time_row, end_text);
      else
        adw_combo_row_set_selected (self->end_kind_row, 1);
      rp_form_field_set_text (self->time_zone_row, rp_schedule_get_time_zone_id (schedule));
      rp_time_zone_chooser_add_zone (self->time_zone_chooser,
                                     rp_schedule_get_time_zone_id (schedule));
    }

  adw_window_title_set_title (self->window_title, _("Edit Meeting"));
  gtk_window_set_title (GTK_WINDOW (self), _("Edit Meeting"));
}

static void
load_defaults (RpMeetingEditor *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  rp_form_field_set_text (self->first_date_row, today);
  rp_form_field_set_text (self->time_zone_row, self->local_time_zone);
}

/* --- saving ------------------------------------------------------------------ */

static void
save_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpMeetingEditor *self = RP_MEETING_EDITOR (widget);
  RpMeetingFormValues values;
  g_auto(GStrv) types = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(RpMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = NULL;
  gboolean saved;

  collect_values (self, &values, &types, &notes);
  problems = rp_meeting_form_check (&values);
  if (!rp_meeting_form_can_save (problems))
    {
      /* Ctrl+Return with something left to fix: show all of it. */
      self->touched = G_MAXUINT;
      validate (self);
      return;
    }

  meeting = rp_meeting_form_build (&values, self->meeting, &error);
  if (meeting == NULL)
    saved = FALSE;
  else if (self->meeting == NULL)
    saved = rp_store_add_meeting (self->store, meeting, &error);
  else
    saved = rp_store_update_meeting (self->store, meeting, &error);

  if (!saved)
    {
      rp_form_show_error (self->toast_overlay, error->message);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0, meeting);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* --- the class -------------------------------------------------------------- */

static void
update_weekday_columns (RpMeetingEditor *self)
{
  int width = 0;
  int height = 0;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  rp_weekdays_row_set_compact (self->weekdays_row, width > 0 && width < 460);
}

static void
rp_meeting_editor_dispose (GObject *object)
{
  RpMeetingEditor *self = RP_MEETING_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_MEETING_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->meeting);

  G_OBJECT_CLASS (rp_meeting_editor_parent_class)->dispose (object);
}

static void
rp_meeting_editor_finalize (GObject *object)
{
  RpMeetingEditor *self = RP_MEETING_EDITOR (object);

  g_free (self->local_time_zone);

  G_OBJECT_CLASS (rp_meeting_editor_parent_class)->finalize (object);
}

static void
rp_meeting_editor_class_init (RpMeetingEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_meeting_editor_dispose;
  object_class->finalize = rp_meeting_editor_finalize;

  /**
   * RpMeetingEditor::saved:
   * @meeting: the meeting as saved (with its id)
   *
   * The meeting was saved; the editor closes next.
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, RP_TYPE_MEETING);

  g_type_ensure (RP_TYPE_DATE_ROW);
  g_type_ensure (RP_TYPE_MEETING_TYPES_ROW);
  g_type_ensure (RP_TYPE_TIME_ZONE_CHOOSER);
  g_type_ensure (RP_TYPE_WEEKDAYS_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-meeting-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RpMeetingEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingEditor, group_name_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingEditor, program_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingEditor, weekdays_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingEditor, monthly_nth_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingEditor, monthly_weekday_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingEditor, first_date_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingEditor, last_date_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingEditor, start_time_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingEditor, end_kind_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingEditor, end_time_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingEditor, duration_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingEditor, duration_spin);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingEditor, time_zone_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingEditor, time_zone_chooser);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingEditor, time_zone_hint);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingEditor, location_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingEditor, address_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingEditor, online_url_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingEditor, conference_phone_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingEditor, types_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingEditor, tags_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingEditor, home_group_switch);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingEditor, reminder_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingEditor, reminder_minutes_row);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingEditor, reminder_minutes_spin);
  /* The problem widgets are looked up by name, from field_widgets. */
  for (guint i = 0; i < G_N_ELEMENTS (field_widgets); i++)
    gtk_widget_class_bind_template_child_full (widget_class, field_widgets[i].problem, FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, weekdays_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, time_zone_chosen_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rp_meeting_editor_init (RpMeetingEditor *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_init_template (widget);

  self->local_time_zone = rp_meeting_form_dup_local_time_zone (NULL);
  self->end_follows_start = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (field_widgets); i++)
    {
      RpMeetingFormField field = field_widgets[i].field;
      GtkWidget *problem = (GtkWidget *) gtk_widget_get_template_child (widget, RP_TYPE_MEETING_EDITOR,
                                                          field_widgets[i].problem);

      self->problems[field] = problem;
      if (ADW_IS_ACTION_ROW (problem))
        {
          self->problem_icons[field] = GTK_IMAGE (gtk_image_new ());
          adw_action_row_add_prefix (ADW_ACTION_ROW (problem),
                                     GTK_WIDGET (self->problem_icons[field]));
        }

      if (field_widgets[i].input == NULL)
        continue;

      self->fields[field] = (GtkWidget *) gtk_widget_get_template_child (widget, RP_TYPE_MEETING_EDITOR,
                                                           field_widgets[i].input);
      if (ADW_IS_ENTRY_ROW (self->fields[field]))
        {
          g_object_set_data (G_OBJECT (self->fields[field]), "rp-field", GUINT_TO_POINTER (field));
          g_signal_connect_object (self->fields[field], "changed",
                                   G_CALLBACK (entry_changed_cb), self, G_CONNECT_SWAPPED);
        }
    }

  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect (self, "notify::default-width", G_CALLBACK (update_weekday_columns), NULL);
  update_weekday_columns (self);
  rp_time_zone_chooser_add_zone (self->time_zone_chooser, self->local_time_zone);
}

/**
 * rp_meeting_editor_new:
 * @store: where the meeting is saved
 * @meeting: (nullable): the meeting to edit (it is not changed: a copy is
 *   saved), or %NULL for a new one
 *
 * Returns: (transfer none): a new editor, not shown yet; like every
 *   window, GTK owns it until it is destroyed
 */
RpMeetingEditor *
rp_meeting_editor_new (RpStore   *store,
                       RpMeeting *meeting)
{
  RpMeetingEditor *self;

  g_return_val_if_fail (RP_IS_STORE (store), NULL);
  g_return_val_if_fail (meeting == NULL || RP_IS_MEETING (meeting), NULL);

  self = g_object_new (RP_TYPE_MEETING_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->meeting = meeting != NULL ? g_object_ref (meeting) : NULL;

  self->loading = TRUE;
  if (meeting != NULL)
    load_meeting (self);
  else
    load_defaults (self);
  self->loading = FALSE;

  validate (self);

  return self;
}

/**
 * rp_meeting_editor_present:
 * @parent: (nullable): the window it belongs to
 * @store: where the meeting is saved
 * @meeting: (nullable): the meeting to edit, or %NULL for a new one
 *
 * Opens the editor, modal and transient for @parent. It destroys itself
 * when closed or saved.
 */
void
rp_meeting_editor_present (GtkWindow *parent,
                           RpStore   *store,
                           RpMeeting *meeting)
{
  RpMeetingEditor *self;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  self = rp_meeting_editor_new (store, meeting);
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  gtk_window_present (GTK_WINDOW (self));
}
