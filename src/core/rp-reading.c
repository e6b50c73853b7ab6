/* rp-reading.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpReading: one reading of the library — a text (Markdown or plain) or a
 * link to a web page or a document on disk — with what the user keeps
 * about it: favourite, where they stopped, a document's progress mark and
 * the last day they read it. Plain data with validation; RpStore reads
 * and writes it.
 *
 * The rules of a valid reading are in rp-reading-validate.c; the fields
 * are in rp-reading-private.h, which both files share.
 */

#define G_LOG_DOMAIN "rp-reading"

#include "config.h"

#include "rp-reading-private.h"

G_DEFINE_FINAL_TYPE (RpReading, rp_reading, G_TYPE_OBJECT)

G_DEFINE_QUARK (rp-reading-error-quark, rp_reading_error)

enum {
  PROP_0,
  PROP_ID,
  PROP_COLLECTION_ID,
  PROP_KIND,
  PROP_ORIGIN,
  PROP_FORMAT,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_BODY,
  PROP_SOURCE_NOTE,
  PROP_URI,
  PROP_ENTRY_MONTH,
  PROP_ENTRY_DAY,
  PROP_POSITION,
  PROP_FAVOURITE,
  PROP_READ_OFFSET,
  PROP_PROGRESS_PAGE,
  PROP_PROGRESS_PAGES,
  PROP_PROGRESS_PERCENT,
  PROP_LAST_READ,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rp_reading_finalize (GObject *object)
{
  RpReading *self = RP_READING (object);

  g_free (self->title);
  g_free (self->description);
  g_free (self->body);
  g_free (self->source_note);
  g_free (self->uri);
  g_free (self->last_read);
  g_free (self->import_key);
  g_free (self->created);
  g_free (self->updated);

  G_OBJECT_CLASS (rp_reading_parent_class)->finalize (object);
}

static void
rp_reading_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RpReading *self = RP_READING (object);

  switch (prop_id)
    {
    case PROP_ID:               g_value_set_int64 (value, self->id); break;
    case PROP_COLLECTION_ID:    g_value_set_int64 (value, self->collection_id); break;
    case PROP_KIND:             g_value_set_int (value, self->kind); break;
    case PROP_ORIGIN:           g_value_set_int (value, self->origin); break;
    case PROP_FORMAT:           g_value_set_int (value, self->format); break;
    case PROP_TITLE:            g_value_set_string (value, self->title); break;
    case PROP_DESCRIPTION:      g_value_set_string (value, self->description); break;
    case PROP_BODY:             g_value_set_string (value, self->body); break;
    case PROP_SOURCE_NOTE:      g_value_set_string (value, self->source_note); break;
    case PROP_URI:              g_value_set_string (value, self->uri); break;
    case PROP_ENTRY_MONTH:      g_value_set_int (value, self->entry_month); break;
    case PROP_ENTRY_DAY:        g_value_set_int (value, self->entry_day); break;
    case PROP_POSITION:         g_value_set_int (value, self->position); break;
    case PROP_FAVOURITE:        g_value_set_boolean (value, self->favourite); break;
    case PROP_READ_OFFSET:      g_value_set_int (value, self->read_offset); break;
    case PROP_PROGRESS_PAGE:    g_value_set_int (value, self->progress_page); break;
    case PROP_PROGRESS_PAGES:   g_value_set_int (value, self->progress_pages); break;
    case PROP_PROGRESS_PERCENT: g_value_set_int (value, self->progress_percent); break;
    case PROP_LAST_READ:        g_value_set_string (value, self->last_read); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_reading_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  RpReading *self = RP_READING (object);

  switch (prop_id)
    {
    case PROP_COLLECTION_ID:
      rp_reading_set_collection_id (self, g_value_get_int64 (value));
      break;
    case PROP_TITLE:
      rp_reading_set_title (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      rp_reading_set_description (self, g_value_get_string (value));
      break;
    case PROP_BODY:
      rp_reading_set_body (self, g_value_get_string (value));
      break;
    case PROP_SOURCE_NOTE:
      rp_reading_set_source_note (self, g_value_get_string (value));
      break;
    case PROP_URI:
      rp_reading_set_uri (self, g_value_get_string (value));
      break;
    case PROP_FAVOURITE:
      rp_reading_set_favourite (self, g_value_get_boolean (value));
      break;
    case PROP_READ_OFFSET:
      rp_reading_set_read_offset (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_reading_class_init (RpReadingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rp_reading_finalize;
  object_class->get_property = rp_reading_get_property;
  object_class->set_property = rp_reading_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_COLLECTION_ID] =
    g_param_spec_int64 ("collection-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  /* Ints rather than registered enums: the values are stored, and nothing
   * needs the enums' GTypes. */
  properties[PROP_KIND] = g_param_spec_int ("kind", NULL, NULL, 0, 1, 0, ro);
  properties[PROP_ORIGIN] = g_param_spec_int ("origin", NULL, NULL, 0, 2, 1, ro);
  properties[PROP_FORMAT] = g_param_spec_int ("format", NULL, NULL, 0, 1, 0, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, rw);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, rw);
  properties[PROP_BODY] = g_param_spec_string ("body", NULL, NULL, NULL, rw);
  properties[PROP_SOURCE_NOTE] = g_param_spec_string ("source-note", NULL, NULL, NULL, rw);
  properties[PROP_URI] = g_param_spec_string ("uri", NULL, NULL, NULL, rw);
  properties[PROP_ENTRY_MONTH] = g_param_spec_int ("entry-month", NULL, NULL, 0, 12, 0, ro);
  properties[PROP_ENTRY_DAY] = g_param_spec_int ("entry-day", NULL, NULL, 0, 31, 0, ro);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, -1, G_MAXINT, -1, ro);
  properties[PROP_FAVOURITE] = g_param_spec_boolean ("favourite", NULL, NULL, FALSE, rw);
  properties[PROP_READ_OFFSET] =
    g_param_spec_int ("read-offset", NULL, NULL, 0, G_MAXINT, 0, rw);
  properties[PROP_PROGRESS_PAGE] =
    g_param_spec_int ("progress-page", NULL, NULL, -1, G_MAXINT, -1, ro);
  properties[PROP_PROGRESS_PAGES] =
    g_param_spec_int ("progress-pages", NULL, NULL, 0, G_MAXINT, 0, ro);
  properties[PROP_PROGRESS_PERCENT] =
    g_param_spec_int ("progress-percent", NULL, NULL, -1, 100, -1, ro);
  properties[PROP_LAST_READ] = g_param_spec_string ("last-read", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rp_reading_init (RpReading *self)
{
  self->origin = RP_READING_ORIGIN_WRITTEN;
  self->position = -1;
  self->progress_page = -1;
  self->progress_percent = -1;
}

/**
 * rp_reading_new:
 * @kind: a text or a link
 *
 * Returns: (transfer full): a new reading written by the user, not stored
 */
RpReading *
rp_reading_new (RpReadingKind kind)
{
  RpReading *self = g_object_new (RP_TYPE_READING, NULL);

  self->kind = kind == RP_READING_KIND_LINK ? RP_READING_KIND_LINK : RP_READING_KIND_TEXT;

  return self;
}

/**
 * rp_reading_copy:
 *
 * Returns: (transfer full): a copy to edit, with the same id
 */
RpReading *
rp_reading_copy (RpReading *self)
{
  RpReading *copy;

  g_return_val_if_fail (RP_IS_READING (self), NULL);

  copy = rp_reading_new (self->kind);
  copy->id = self->id;
  copy->collection_id = self->collection_id;
  copy->origin = self->origin;
  copy->format = self->format;
  copy->title = g_strdup (self->title);
  copy->description = g_strdup (self->description);
  copy->body = g_strdup (self->body);
  copy->source_note = g_strdup (self->source_note);
  copy->uri = g_strdup (self->uri);
  copy->entry_month = self->entry_month;
  copy->entry_day = self->entry_day;
  copy->position = self->position;
  copy->favourite = self->favourite;
  copy->read_offset = self->read_offset;
  copy->progress_page = self->progress_page;
  copy->progress_pages = self->progress_pages;
  copy->progress_percent = self->progress_percent;
  copy->last_read = g_strdup (self->last_read);
  copy->import_key = g_strdup (self->import_key);
  copy->created = g_strdup (self->created);
  copy->updated = g_strdup (self->updated);

  return copy;
}

/* Empty text is stored as NULL, so "" and unset compare equal. */
static void
set_text (RpReading   *self,
          char       **field,
          const char  *value,
          int          prop_id)
{
  if (value != NULL && value[0] == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  if (prop_id != PROP_0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_int (RpReading *self,
         int       *field,
         int        value,
         int        prop_id)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

gint64
rp_reading_get_id (RpReading *self)
{
  g_return_val_if_fail (RP_IS_READING (self), 0);
  return self->id;
}

void
rp_reading_set_id (RpReading *self,
                   gint64     id)
{
  g_return_if_fail (RP_IS_READING (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
rp_reading_get_collection_id (RpReading *self)
{
  g_return_val_if_fail (RP_IS_READING (self), 0);
  return self->collection_id;
}

void
rp_reading_set_collection_id (RpReading *self,
                              gint64     collection_id)
{
  g_return_if_fail (RP_IS_READING (self));

  if (self->collection_id == collection_id)
    return;
  self->collection_id = collection_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLLECTION_ID]);
}

RpReadingKind
rp_reading_get_kind (RpReading *self)
{
  g_return_val_if_fail (RP_IS_READING (self), RP_READING_KIND_TEXT);
  return self->kind;
}

RpReadingOrigin
rp_reading_get_origin (RpReading *self)
{
  g_return_val_if_fail (RP_IS_READING (self), RP_READING_ORIGIN_WRITTEN);
  return self->origin;
}

void
rp_reading_set_origin (RpReading       *self,
                       RpReadingOrigin  origin)
{
  g_return_if_fail (RP_IS_READING (self));
  g_return_if_fail (origin <= RP_READING_ORIGIN_IMPORTED);

  set_int (self, (int *) &self->origin, origin, PROP_ORIGIN);
}

RpReadingFormat
rp_reading_get_format (RpReading *self)
{
  g_return_val_if_fail (RP_IS_READING (self), RP_READING_FORMAT_MARKDOWN);
  return self->format;
}

void
rp_reading_set_format (RpReading       *self,
                       RpReadingFormat  format)
{
  g_return_if_fail (RP_IS_READING (self));
  g_return_if_fail (format <= RP_READING_FORMAT_PLAIN);

  set_int (self, (int *) &self->format, format, PROP_FORMAT);
}

const char *
rp_reading_get_title (RpReading *self)
{
  g_return_val_if_fail (RP_IS_READING (self), NULL);
  return self->title;
}

void
rp_reading_set_title (RpReading  *self,
                      const char *title)
{
  g_return_if_fail (RP_IS_READING (self));
  set_text (self, &self->title, title, PROP_TITLE);
}

const char *
rp_reading_get_description (RpReading *self)
{
  g_return_val_if_fail (RP_IS_READING (self), NULL);
  return self->description;
}

void
rp_reading_set_description (RpReading  *self,
                            const char *description)
{
  g_return_if_fail (RP_IS_READING (self));
  set_text (self, &self->description, description, PROP_DESCRIPTION);
}

/**
 * rp_reading_get_body:
 *
 * Returns: (nullable): the text; %NULL for a link, and for the items of
 *   the store's readings model, which carry no body (see
 *   rp_store_load_reading())
 */
const char *
rp_reading_get_body (RpReading *self)
{
  g_return_val_if_fail (RP_IS_READING (self), NULL);
  return self->body;
}

void
rp_reading_set_body (RpReading  *self,
                     const char *body)
{
  g_return_if_fail (RP_IS_READING (self));
  set_text (self, &self->body, body, PROP_BODY);
}

const char *
rp_reading_get_source_note (RpReading *self)
{
  g_return_val_if_fail (RP_IS_READING (self), NULL);
  return self->source_note;
}

void
rp_reading_set_source_note (RpReading  *self,
                            const char *source_note)
{
  g_return_if_fail (RP_IS_READING (self));
  set_text (self, &self->source_note, source_note, PROP_SOURCE_NOTE);
}

const char *
rp_reading_get_uri (RpReading *self)
{
  g_return_val_if_fail (RP_IS_READING (self), NULL);
  return self->uri;
}

void
rp_reading_set_uri (RpReading  *self,
                    const char *uri)
{
  g_return_if_fail (RP_IS_READING (self));
  set_text (self, &self->uri, uri, PROP_URI);
}

int
rp_reading_get_entry_month (RpReading *self)
{
  g_return_val_if_fail (RP_IS_READING (self), 0);
  return self->entry_month;
}

int
rp_reading_get_entry_day (RpReading *self)
{
  g_return_val_if_fail (RP_IS_READING (self), 0);
  return self->entry_day;
}

/**
 * rp_reading_set_entry_date:
 * @month: 1–12, or 0 for an undated reading
 * @day: 1–31 (checked by rp_reading_validate()), or 0
 */
void
rp_reading_set_entry_date (RpReading *self,
                           int        month,
                           int        day)
{
  g_return_if_fail (RP_IS_READING (self));

  g_object_freeze_notify (G_OBJECT (self));
  set_int (self, &self->entry_month, CLAMP (month, 0, 12), PROP_ENTRY_MONTH);
  set_int (self, &self->entry_day, CLAMP (day, 0, 31), PROP_ENTRY_DAY);
  g_object_thaw_notify (G_OBJECT (self));
}

int
rp_reading_get_position (RpReading *self)
{
  g_return_val_if_fail (RP_IS_READING (self), -1);
  return self->position;
}

void
rp_reading_set_position (RpReading *self,
                         int        position)
{
  g_return_if_fail (RP_IS_READING (self));
  set_int (self, &self->position, position, PROP_POSITION);
}

gboolean
rp_reading_get_favourite (RpReading *self)
{
  g_return_val_if_fail (RP_IS_READING (self), FALSE);
  return self->favourite;
}

void
rp_reading_set_favourite (RpReading *self,
                          gboolean   favourite)
{
  g_return_if_fail (RP_IS_READING (self));
  set_int (self, &self->favourite, !!favourite, PROP_FAVOURITE);
}

int
rp_reading_get_read_offset (RpReading *self)
{
  g_return_val_if_fail (RP_IS_READING (self), 0);
  return self->read_offset;
}

void
rp_reading_set_read_offset (RpReading *self,
                            int        read_offset)
{
  g_return_if_fail (RP_IS_READING (self));
  set_int (self, &self->read_offset, MAX (read_offset, 0), PROP_READ_OFFSET);
}

int
rp_reading_get_progress_page (RpReading *self)
{
  g_return_val_if_fail (RP_IS_READING (self), -1);
  return self->progress_page;
}

int
rp_reading_get_progress_pages (RpReading *self)
{
  g_return_val_if_fail (RP_IS_READING (self), 0);
  return self->progress_pages;
}

int
rp_reading_get_progress_percent (RpReading *self)
{
  g_return_val_if_fail (RP_IS_READING (self), -1);
  return self->progress_percent;
}

/**
 * rp_reading_set_progress:
 * @page: the page reached, or -1
 * @pages: how many pages the document has, or 0 when not known
 * @percent: how far, 0–100, or -1
 *
 * The user's own mark for a document on disk, which Reprieve cannot read.
 * Checked by rp_reading_validate().
 */
void
rp_reading_set_progress (RpReading *self,
                         int        page,
                         int        pages,
                         int        percent)
{
  g_return_if_fail (RP_IS_READING (self));

  g_object_freeze_notify (G_OBJECT (self));
  set_int (self, &self->progress_page, page, PROP_PROGRESS_PAGE);
  set_int (self, &self->progress_pages, pages, PROP_PROGRESS_PAGES);
  set_int (self, &self->progress_percent, percent, PROP_PROGRESS_PERCENT);
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
rp_reading_get_last_read (RpReading *self)
{
  g_return_val_if_fail (RP_IS_READING (self), NULL);
  return self->last_read;
}

void
rp_reading_set_last_read (RpReading  *self,
                          const char *last_read)
{
  g_return_if_fail (RP_IS_READING (self));
  set_text (self, &self->last_read, last_read, PROP_LAST_READ);
}

const char *
rp_reading_get_import_key (RpReading *self)
{
  g_return_val_if_fail (RP_IS_READING (self), NULL);
  return self->import_key;
}

void
rp_reading_set_import_key (RpReading  *self,
                           const char *import_key)
{
  g_return_if_fail (RP_IS_READING (self));
  set_text (self, &self->import_key, import_key, PROP_0);
}

const char *
rp_reading_get_created (RpReading *self)
{
  g_return_val_if_fail (RP_IS_READING (self), NULL);
  return self->created;
}

const char *
rp_reading_get_updated (RpReading *self)
{
  g_return_val_if_fail (RP_IS_READING (self), NULL);
  return self->updated;
}

void
rp_reading_set_timestamps (RpReading  *self,
                           const char *created,
                           const char *updated)
{
  g_return_if_fail (RP_IS_READING (self));

  set_text (self, &self->created, created, PROP_0);
  set_text (self, &self->updated, updated, PROP_0);
}

gboolean
rp_reading_is_document (RpReading *self)
{
  g_return_val_if_fail (RP_IS_READING (self), FALSE);

  return self->kind == RP_READING_KIND_LINK && self->uri != NULL &&
         g_str_has_prefix (self->uri, "file://");
}

gboolean
rp_reading_is_editable (RpReading *self)
{
  g_return_val_if_fail (RP_IS_READING (self), FALSE);

  return self->origin != RP_READING_ORIGIN_STARTER;
}
