/* rp-reader.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpReader shows one reading, for the Reading page: its text in an
 * RpMarkdownView at a comfortable line length, and after the text the
 * source note, Mark as Read Today and when it was last read; for a link,
 * its description and the button that opens it (and, for a document on
 * disk, the user's own page or percent mark). The text size is the
 * `reader-font-scale` setting, shared by every reading; the place the user
 * stopped is saved per reading, a moment after scrolling stops and when
 * the reader is left. It talks to the store only. */

#define G_LOG_DOMAIN "rp-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "rp-link-opener.h"
#include "rp-markdown-view.h"
#include "rp-reader.h"
#include "rp-toast.h"

#define FONT_SCALE_KEY  "reader-font-scale"
#define MIN_FONT_SCALE  0.5
#define MAX_FONT_SCALE  3.0
#define FONT_SCALE_STEP 0.1

/* How long after the last scroll, or the last change of a document's
 * mark, the place is written: not on every frame of a scroll. */
#define SAVE_POSITION_DELAY_MS 1000
#define SAVE_PROGRESS_DELAY_MS 500

struct _RpReader
{
  AdwBin             parent_instance;

  AdwWindowTitle    *window_title;
  GtkToggleButton   *favourite_button;
  GtkMenuButton     *menu_button;
  GtkScrolledWindow *scrolled_window;
  RpMarkdownView    *view;
  GtkWidget         *footer;
  GtkLabel          *source_label;
  GtkButton         *open_button;
  GtkWidget         *progress_group;
  GtkSpinButton     *page_spin;
  GtkSpinButton     *pages_spin;
  GtkSpinButton     *percent_spin;
  GtkWidget         *read_button;
  GtkWidget         *read_box;
  GtkWidget         *undo_button;
  GtkLabel          *last_read_label;
  GtkWidget         *zoom_box;
  GtkButton         *zoom_reset_button;

  RpStore           *store;
  RpClock           *clock;
  GSettings         *settings;
  RpReading         *reading;          /* a full copy, body included */
  int                saved_offset;     /* the place as the store has it */
  guint              save_position_id;
  guint              save_progress_id;
  gboolean           updating;         /* widgets being set from the reading */
};

G_DEFINE_FINAL_TYPE (RpReader, rp_reader, ADW_TYPE_BIN)

enum {
  BACK,
  EDIT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void show_error (RpReader   *self,
                        const char *format,
                        ...) G_GNUC_PRINTF (2, 3);

static void
show_error (RpReader   *self,
            const char *format,
            ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  rp_toast_show (GTK_WIDGET (self), message);
}

static gint64
get_id (RpReader *self)
{
  return self->reading != NULL ? rp_reading_get_id (self->reading) : 0;
}

static gboolean
is_text (RpReader *self)
{
  return self->reading != NULL && rp_reading_get_kind (self->reading) == RP_READING_KIND_TEXT;
}

/* --- the place ---------------------------------------------------------- */

/**
 * rp_reader_save_position:
 *
 * Writes the place the user stopped now, when it changed.
 */
void
rp_reader_save_position (RpReader *self)
{
  g_autoptr(GError) error = NULL;
  int offset;

  g_return_if_fail (RP_IS_READER (self));

  g_clear_handle_id (&self->save_position_id, g_source_remove);

  if (self->store == NULL || !is_text (self))
    return;

  offset = rp_markdown_view_get_top_offset (self->view);
  if (offset == self->saved_offset)
    return;

  if (!rp_store_set_reading_read_offset (self->store, get_id (self), offset, &error))
    {
      /* Translators: %s says why */
      show_error (self, _("The place you stopped could not be saved: %s"), error->message);
      return;
    }

  self->saved_offset = offset;
  rp_reading_set_read_offset (self->reading, offset);
}

static gboolean
save_position_cb (gpointer user_data)
{
  RpReader *self = user_data;

  self->save_position_id = 0;
  rp_reader_save_position (self);

  return G_SOURCE_REMOVE;
}

static void
scrolled_cb (RpReader *self)
{
  if (!is_text (self))
    return;

  g_clear_handle_id (&self->save_position_id, g_source_remove);
  self->save_position_id = g_timeout_add (SAVE_POSITION_DELAY_MS, save_position_cb, self);
}

/* --- a document's mark -------------------------------------------------- */

static void
save_progress (RpReader *self)
{
  g_autoptr(GError) error = NULL;
  int page, pages, percent;

  g_clear_handle_id (&self->save_progress_id, g_source_remove);

  if (self->store == NULL || self->reading == NULL || !rp_reading_is_document (self->reading))
    return;

  /* 0 in a spin button: no mark. */
  page = gtk_spin_button_get_value_as_int (self->page_spin);
  pages = gtk_spin_button_get_value_as_int (self->pages_spin);
  percent = gtk_spin_button_get_value_as_int (self->percent_spin);
  page = page > 0 ? page : -1;
  percent = percent > 0 ? percent : -1;
  if (pages > 0 && page > pages)
    page = pages;

  if (page == rp_reading_get_progress_page (self->reading) &&
      pages == rp_reading_get_progress_pages (self->reading) &&
      percent == rp_reading_get_progress_percent (self->reading))
    return;

  if (!rp_store_set_reading_progress (self->store, get_id (self), page, pages, percent, &error))
    {
      /* Translators: %s says why */
      show_error (self, _("Your mark could not be saved: %s"), error->message);
      return;
    }

  rp_reading_set_progress (self->reading, page, pages, percent);
}

static gboolean
save_progress_cb (gpointer user_data)
{
  RpReader *self = user_data;

  self->save_progress_id = 0;
  save_progress (self);

  return G_SOURCE_REMOVE;
}

static void
progress_changed_cb (RpReader *self)
{
  int pages = gtk_spin_button_get_value_as_int (self->pages_spin);

  if (self->updating)
    return;

  /* The page can be no further than the last one. */
  gtk_adjustment_set_upper (gtk_spin_button_get_adjustment (self->page_spin),
                            pages > 0 ? pages : 100000);

  g_clear_handle_id (&self->save_progress_id, g_source_remove);
  self->save_progress_id = g_timeout_add (SAVE_PROGRESS_DELAY_MS, save_progress_cb, self);
}

/* Everything waiting to be written, written now. */
static void
save_all (RpReader *self)
{
  rp_reader_save_position (self);
  if (self->save_progress_id != 0)
    save_progress (self);
}

/* --- read today --------------------------------------------------------- */

static char *
format_day (const char *day)
{
  g_autoptr(GDateTime) noon = NULL;
  int year, month, date;

  if (sscanf (day, "%d-%d-%d", &year, &month, &date) != 3)
    return NULL;
  noon = g_date_time_new_local (year, month, date, 12, 0, 0);
  if (noon == NULL)
    return NULL;

  /* Translators: the day a reading was last read, g_date_time_format() notation */
  return g_date_time_format (noon, C_("last read", "%-d %B %Y"));
}

static void
update_read_state (RpReader *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GPtrArray) days = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = NULL;
  g_autofree char *last_text = NULL;
  const char *last_day = NULL;
  gboolean read_today = FALSE;
  gboolean focus_was_on_button;

  if (self->store == NULL || self->reading == NULL)
    return;

  now = self->clock != NULL ? rp_clock_now (self->clock) : g_date_time_new_now_local ();
  today = g_date_time_format (now, "%Y-%m-%d");
  days = rp_store_list_reading_days (self->store, get_id (self),
                                     g_date_time_get_timezone (now), &error);
  if (days == NULL)
    {
      g_debug ("Could not read the reading log: %s", error->message);
      days = g_ptr_array_new ();
    }

  for (guint i = 0; i < days->len; i++)
    {
      const char *day = g_ptr_array_index (days, i);

      if (g_strcmp0 (day, today) == 0)
        read_today = TRUE;
      else if (last_day == NULL && g_strcmp0 (day, today) < 0)
        last_day = day;
    }

  focus_was_on_button = gtk_widget_has_focus (self->read_button) ||
                        gtk_widget_has_focus (self->undo_button);
  gtk_widget_set_visible (self->read_button, !read_today);
  gtk_widget_set_visible (self->read_box, read_today);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.mark-read", !read_today);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.undo-read", read_today);
  /* Keyboard users stay on the button that replaced the one they pressed. */
  if (focus_was_on_button)
    gtk_widget_grab_focus (read_today ? self->undo_button : self->read_button);

  if (last_day != NULL)
    {
      g_autofree char *date = format_day (last_day);

      /* Translators: %s is a date such as “3 March 2026” */
      last_text = date != NULL ? g_strdup_printf (_("Last read on %s"), date) : NULL;
    }
  gtk_label_set_text (self->last_read_label, last_text != NULL ? last_text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->last_read_label), last_text != NULL);
}

static void
mark_read (RpReader *self,
           gboolean  read)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;
  gboolean done;

  if (self->store == NULL || self->reading == NULL)
    return;

  now = self->clock != NULL ? rp_clock_now (self->clock) : g_date_time_new_now_local ();
  if (read)
    done = rp_store_mark_reading_read (self->store, get_id (self), now, &error);
  else
    done = rp_store_unmark_reading_read (self->store, get_id (self), now, &error);

  if (!done)
    /* Translators: %s says why */
    show_error (self, _("The reading log could not be changed: %s"), error->message);

  update_read_state (self);
}

/* --- favourite ---------------------------------------------------------- */

static void
update_favourite (RpReader *self)
{
  gboolean favourite = self->reading != NULL && rp_reading_get_favourite (self->reading);
  const char *label = favourite ? _("Remove from Favourites") : _("Add to Favourites");

  self->updating = TRUE;
  gtk_toggle_button_set_active (self->favourite_button, favourite);
  self->updating = FALSE;

  gtk_button_set_icon_name (GTK_BUTTON (self->favourite_button),
                            favourite ? "starred-symbolic" : "non-starred-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->favourite_button), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->favourite_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
favourite_toggled_cb (RpReader *self)
{
  g_autoptr(GError) error = NULL;
  gboolean favourite = gtk_toggle_button_get_active (self->favourite_button);

  if (self->updating || self->store == NULL || self->reading == NULL)
    return;

  if (rp_store_set_reading_favourite (self->store, get_id (self), favourite, &error))
    rp_reading_set_favourite (self->reading, favourite);
  else
    /* Translators: %s says why */
    show_error (self, _("The favourites could not be changed: %s"), error->message);

  update_favourite (self);
}

/* --- text size ---------------------------------------------------------- */

static void
font_scale_changed_cb (RpReader *self)
{
  double scale = g_settings_get_double (self->settings, FONT_SCALE_KEY);
  g_autofree char *label = NULL;

  rp_markdown_view_set_font_scale (self->view, scale);

  /* Translators: the reader's text size as a percentage, “100%” */
  label = g_strdup_printf (_("%d%%"), (int) (scale * 100 + 0.5));
  gtk_button_set_label (self->zoom_reset_button, label);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.zoom-in",
                                 scale < MAX_FONT_SCALE - FONT_SCALE_STEP / 2);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.zoom-out",
                                 scale > MIN_FONT_SCALE + FONT_SCALE_STEP / 2);
}

static void
zoom (RpReader *self,
      int       steps)
{
  double scale = g_settings_get_double (self->settings, FONT_SCALE_KEY);

  /* Whole steps, whatever was stored. */
  scale = steps == 0 ? 1.0 : (int) (scale / FONT_SCALE_STEP + 0.5 + steps) * FONT_SCALE_STEP;
  g_settings_set_double (self->settings, FONT_SCALE_KEY,
                         CLAMP (scale, MIN_FONT_SCALE, MAX_FONT_SCALE));
}

/* --- actions ------------------------------------------------------------ */

static void
open_link (RpReader *self)
{
  const char *uri;

  if (self->reading == NULL || rp_reading_get_kind (self->reading) != RP_READING_KIND_LINK)
    return;

  uri = rp_reading_get_uri (self->reading);
  if (rp_reading_is_document (self->reading))
    rp_link_opener_open_document (GTK_WIDGET (self), uri);
  else
    rp_link_opener_open (GTK_WIDGET (self), uri);
}

static void
reader_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RpReader *self = RP_READER (widget);

  if (g_str_equal (action_name, "reader.back"))
    {
      save_all (self);
      g_signal_emit (self, signals[BACK], 0);
    }
  else if (g_str_equal (action_name, "reader.zoom-in"))
    zoom (self, 1);
  else if (g_str_equal (action_name, "reader.zoom-out"))
    zoom (self, -1);
  else if (g_str_equal (action_name, "reader.zoom-reset"))
    zoom (self, 0);
  else if (g_str_equal (action_name, "reader.edit"))
    {
      if (self->reading != NULL && rp_reading_is_editable (self->reading))
        g_signal_emit (self, signals[EDIT], 0, get_id (self));
    }
  else if (g_str_equal (action_name, "reader.open-link"))
    open_link (self);
  else if (g_str_equal (action_name, "reader.mark-read"))
    mark_read (self, TRUE);
  else if (g_str_equal (action_name, "reader.undo-read"))
    mark_read (self, FALSE);
}

static void
link_activated_cb (RpReader   *self,
                   const char *uri)
{
  rp_link_opener_open (GTK_WIDGET (self), uri);
}

/* --- showing a reading -------------------------------------------------- */

static void
show_current (RpReader *self)
{
  RpReading *reading = self->reading;
  RpReadingCollection *collection;
  gboolean link = rp_reading_get_kind (reading) == RP_READING_KIND_LINK;
  gboolean document = rp_reading_is_document (reading);
  const char *source_note = rp_reading_get_source_note (reading);

  adw_window_title_set_title (self->window_title, rp_reading_get_title (reading));
  collection = rp_store_find_reading_collection (self->store,
                                                 rp_reading_get_collection_id (reading));
  adw_window_title_set_subtitle (self->window_title,
                                 collection != NULL
                                 ? rp_reading_collection_get_display_name (collection)
                                 : NULL);

  if (link)
    rp_markdown_view_set_text (self->view, rp_reading_get_description (reading),
                               RP_READING_FORMAT_PLAIN);
  else
    rp_markdown_view_set_text (self->view, rp_reading_get_body (reading),
                               rp_reading_get_format (reading));
  self->saved_offset = rp_reading_get_read_offset (reading);
  if (!link)
    rp_markdown_view_scroll_to_offset (self->view, self->saved_offset);

  gtk_label_set_text (self->source_label, source_note != NULL ? source_note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->source_label),
                          source_note != NULL && source_note[0] != '\0');

  gtk_widget_set_visible (GTK_WIDGET (self->open_button), link);
  gtk_button_set_label (self->open_button,
                        document ? _("_Open Document") : _("_Open in Browser"));

  gtk_widget_set_visible (self->progress_group, document);
  self->updating = TRUE;
  gtk_spin_button_set_value (self->pages_spin, rp_reading_get_progress_pages (reading));
  gtk_adjustment_set_upper (gtk_spin_button_get_adjustment (self->page_spin),
                            rp_reading_get_progress_pages (reading) > 0
                            ? rp_reading_get_progress_pages (reading) : 100000);
  gtk_spin_button_set_value (self->page_spin, MAX (rp_reading_get_progress_page (reading), 0));
  gtk_spin_button_set_value (self->percent_spin,
                             MAX (rp_reading_get_progress_percent (reading), 0));
  self->updating = FALSE;

  update_favourite (self);
  update_read_state (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.edit",
                                 rp_reading_is_editable (reading));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.open-link", link);
}

/**
 * rp_reader_show_reading:
 * @reading_id: a reading's id
 *
 * Shows the reading at the place it was left (first writing the place in
 * the reading shown until now).
 *
 * Returns: %FALSE when there is no such reading (nothing changes then)
 */
gboolean
rp_reader_show_reading (RpReader *self,
                        gint64    reading_id)
{
  g_autoptr(RpReading) reading = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (RP_IS_READER (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  reading = rp_store_load_reading (self->store, reading_id, &error);
  if (reading == NULL)
    {
      if (!g_error_matches (error, RP_READING_ERROR, RP_READING_ERROR_NOT_FOUND))
        /* Translators: %s says why */
        show_error (self, _("The reading could not be opened: %s"), error->message);
      return FALSE;
    }

  save_all (self);
  g_set_object (&self->reading, reading);
  show_current (self);
  /* The keys read on at once: arrows, Page Down, Home and End scroll. */
  gtk_widget_grab_focus (GTK_WIDGET (self->view));

  return TRUE;
}

gint64
rp_reader_get_reading_id (RpReader *self)
{
  g_return_val_if_fail (RP_IS_READER (self), 0);

  return get_id (self);
}

/* Someone else changed the reading (the editor, the page's menu): show it
 * as it is now, at the same place; or leave when it is gone. */
static void
reading_changed_cb (RpReader *self)
{
  RpReading *current;

  if (self->reading == NULL)
    return;

  current = rp_store_find_reading (self->store, get_id (self));
  if (current == NULL)
    {
      g_clear_handle_id (&self->save_position_id, g_source_remove);
      g_clear_handle_id (&self->save_progress_id, g_source_remove);
      g_clear_object (&self->reading);
      g_signal_emit (self, signals[BACK], 0);
      return;
    }

  if (g_strcmp0 (rp_reading_get_updated (current), rp_reading_get_updated (self->reading)) != 0)
    {
      rp_reader_show_reading (self, get_id (self));
      return;
    }

  if (rp_reading_get_favourite (current) != rp_reading_get_favourite (self->reading))
    {
      rp_reading_set_favourite (self->reading, rp_reading_get_favourite (current));
      update_favourite (self);
    }
}

/**
 * rp_reader_set_store:
 * @clock: what "today" is for Mark as Read Today
 */
void
rp_reader_set_store (RpReader *self,
                     RpStore  *store,
                     RpClock  *clock)
{
  g_return_if_fail (RP_IS_READER (self));
  g_return_if_fail (RP_IS_STORE (store));
  g_return_if_fail (clock == NULL || RP_IS_CLOCK (clock));

  if (self->store != NULL)
    {
      save_all (self);
      g_signal_handlers_disconnect_by_data (self->store, self);
      g_clear_object (&self->reading);
    }

  g_set_object (&self->store, store);
  g_set_object (&self->clock, clock);

  g_signal_connect_object (store, "changed::reading", G_CALLBACK (reading_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "changed::reading-log", G_CALLBACK (update_read_state), self,
                           G_CONNECT_SWAPPED);
}

/* --- the widget --------------------------------------------------------- */

static void
rp_reader_unmap (GtkWidget *widget)
{
  save_all (RP_READER (widget));

  GTK_WIDGET_CLASS (rp_reader_parent_class)->unmap (widget);
}

static void
rp_reader_dispose (GObject *object)
{
  RpReader *self = RP_READER (object);

  if (self->reading != NULL)
    save_all (self);
  g_clear_handle_id (&self->save_position_id, g_source_remove);
  g_clear_handle_id (&self->save_progress_id, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_READER);

  g_clear_object (&self->reading);
  g_clear_object (&self->settings);
  g_clear_object (&self->clock);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rp_reader_parent_class)->dispose (object);
}

static void
rp_reader_class_init (RpReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const char *actions[] = {
    "reader.back", "reader.zoom-in", "reader.zoom-out", "reader.zoom-reset", "reader.edit",
    "reader.open-link", "reader.mark-read", "reader.undo-read",
  };

  object_class->dispose = rp_reader_dispose;

  widget_class->unmap = rp_reader_unmap;

  /**
   * RpReader::back:
   *
   * The user asked to leave the reader (Back, Alt+Left, Escape), or the
   * reading is gone. The place is already saved.
   */
  signals[BACK] =
    g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * RpReader::edit:
   * @reading_id: the reading to open in the editor
   */
  signals[EDIT] =
    g_signal_new ("edit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (RP_TYPE_MARKDOWN_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/rp-reader.ui");
  gtk_widget_class_bind_template_child (widget_class, RpReader, window_title);
  gtk_widget_class_bind_template_child (widget_class, RpReader, favourite_button);
  gtk_widget_class_bind_template_child (widget_class, RpReader, menu_button);
  gtk_widget_class_bind_template_child (widget_class, RpReader, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, RpReader, view);
  gtk_widget_class_bind_template_child (widget_class, RpReader, footer);
  gtk_widget_class_bind_template_child (widget_class, RpReader, source_label);
  gtk_widget_class_bind_template_child (widget_class, RpReader, open_button);
  gtk_widget_class_bind_template_child (widget_class, RpReader, progress_group);
  gtk_widget_class_bind_template_child (widget_class, RpReader, page_spin);
  gtk_widget_class_bind_template_child (widget_class, RpReader, pages_spin);
  gtk_widget_class_bind_template_child (widget_class, RpReader, percent_spin);
  gtk_widget_class_bind_template_child (widget_class, RpReader, read_button);
  gtk_widget_class_bind_template_child (widget_class, RpReader, read_box);
  gtk_widget_class_bind_template_child (widget_class, RpReader, undo_button);
  gtk_widget_class_bind_template_child (widget_class, RpReader, last_read_label);
  gtk_widget_class_bind_template_child (widget_class, RpReader, zoom_box);
  gtk_widget_class_bind_template_child (widget_class, RpReader, zoom_reset_button);
  gtk_widget_class_bind_template_callback (widget_class, favourite_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, link_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, progress_changed_cb);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i], NULL, reader_action_cb);
}

static void
add_shortcut (GtkShortcutController *controller,
              const char            *triggers,
              const char            *action)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string (triggers),
                                                          gtk_named_action_new (action)));
}

static void
rp_reader_init (RpReader *self)
{
  GtkEventController *shortcuts;
  GtkPopover *popover;

  gtk_widget_init_template (GTK_WIDGET (self));

  rp_markdown_view_set_footer (self->view, self->footer);
  popover = gtk_menu_button_get_popover (self->menu_button);
  gtk_popover_menu_add_child (GTK_POPOVER_MENU (popover), self->zoom_box, "zoom");

  shortcuts = gtk_shortcut_controller_new ();
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                "<Control>plus|<Control>equal|<Control>KP_Add", "reader.zoom-in");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                "<Control>minus|<Control>KP_Subtract", "reader.zoom-out");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control>0|<Control>KP_0",
                "reader.zoom-reset");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Alt>Left|Escape", "reader.back");
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scrolled_window),
                           "value-changed", G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);

  self->settings = g_settings_new (APPLICATION_ID);
  g_signal_connect_object (self->settings, "changed::" FONT_SCALE_KEY,
                           G_CALLBACK (font_scale_changed_cb), self, G_CONNECT_SWAPPED);
  font_scale_changed_cb (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.edit", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.open-link", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.mark-read", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.undo-read", FALSE);
}

GtkWidget *
rp_reader_new (void)
{
  return g_object_new (RP_TYPE_READER, NULL);
}
