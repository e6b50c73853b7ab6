/* rp-directory-import.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-directory-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rp-directory-import-private.h"
#include "rp-directory-meeting-private.h"
#include "rp-meeting.h"

/* The Directory's side of a Meeting Guide import, in three steps that
 * RpStore runs on the main thread or in a worker: parse (the feed's bytes
 * to rows, no database), plan (compare with what the Directory holds: the
 * preview, read-only) and write (the plan again under the write lock,
 * then every change in one transaction). RpDirectoryImport carries the
 * parsed feed and, after plan or write, the counts; it is immutable once
 * made, and each step returns a new one, so it may cross threads.
 *
 * Which feed is "the same feed" on re-import:
 *  - a feed that names its publisher gets the key "site:HOST", HOST being
 *    the host most of its meetings give in entity_url (or, without it, in
 *    their own page links, url: Meeting Guide feeds come from the
 *    intergroup's own site), else "entity:NAME" from the entity most of
 *    them name. These stay the same when the file is renamed (downloads
 *    get "meetings (1).json"), and differ between intergroups even when
 *    their files share a name and their slugs overlap (WordPress slugs are
 *    often numbers);
 *  - a feed naming none gets "file:NAME" from the file's name; on
 *    re-import it is found by the meetings it shares with such a feed,
 *    a meeting counting when it has the same ID and the same name (IDs
 *    alone do not tell: many feeds number their meetings 1, 2, 3...): at
 *    least half of the new feed's meetings, or any when the file's name
 *    is the same. A feed of the same file name sharing none is another
 *    feed and gets "file:NAME#2".
 * A file-named feed that later names its publisher is re-keyed by the same
 * rule, so it is not duplicated. A publisher that changes its web site
 * makes a new feed; the old one stays until the user removes it.
 *
 * Privacy: nothing here logs a value from the feed. */


G_DEFINE_BOXED_TYPE (RpDirectoryImport, rp_directory_import,
                     rp_directory_import_ref, rp_directory_import_unref)

/* The cap of directory_feed.name and file_name. */
#define MAX_FEED_NAME 255

/* --- the boxed types -------------------------------------------------- */

static void
import_clear (gpointer data)
{
  RpDirectoryImport *self = data;

  g_clear_pointer (&self->meetings, g_ptr_array_unref);
  g_clear_pointer (&self->report, rp_feed_report_unref);
  g_clear_pointer (&self->file_name, g_free);
  g_clear_pointer (&self->publisher_key, g_free);
  g_clear_pointer (&self->feed_name, g_free);
  g_clear_pointer (&self->entity, g_free);
  g_clear_pointer (&self->entity_url, g_free);
  g_clear_pointer (&self->feed_key, g_free);
}

RpDirectoryImport *
rp_directory_import_ref (RpDirectoryImport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
rp_directory_import_unref (RpDirectoryImport *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, import_clear);
}

/* A new import sharing the parsed feed of @parsed, without counts. */
RpDirectoryImport *
rp_directory_import_new_from_parsed (RpDirectoryImport *parsed)
{
  RpDirectoryImport *self = g_atomic_rc_box_new0 (RpDirectoryImport);

  self->meetings = g_ptr_array_ref (parsed->meetings);
  self->report = rp_feed_report_ref (parsed->report);
  self->file_name = g_strdup (parsed->file_name);
  self->publisher_key = g_strdup (parsed->publisher_key);
  self->feed_name = g_strdup (parsed->feed_name);
  self->entity = g_strdup (parsed->entity);
  self->entity_url = g_strdup (parsed->entity_url);

  return self;
}

/* --- getters ---------------------------------------------------------- */

#define GETTER(type, name, expression, fallback) \
  type \
  rp_directory_import_get_##name (RpDirectoryImport *self) \
  { \
    g_return_val_if_fail (self != NULL, fallback); \
    return expression; \
  }

GETTER (const char *, feed_name, self->feed_name, NULL)
GETTER (const char *, feed_key, self->feed_key, NULL)
GETTER (const char *, file_name, self->file_name, NULL)
GETTER (gboolean, is_new_feed, self->new_feed, FALSE)
GETTER (gboolean, applied, self->applied, FALSE)
GETTER (guint, n_meetings, self->meetings->len, 0)
GETTER (guint, n_new, self->n_new, 0)
GETTER (guint, n_updated, self->n_updated, 0)
GETTER (guint, n_unchanged, self->n_unchanged, 0)
GETTER (guint, n_removed, self->n_removed, 0)
GETTER (guint, n_skipped, rp_feed_report_get_n_skipped (self->report), 0)
GETTER (guint, n_with_warnings, rp_feed_report_get_n_with_warnings (self->report), 0)
GETTER (guint, n_by_appointment, rp_feed_report_get_n_by_appointment (self->report), 0)
GETTER (guint, n_linked_changed, self->n_linked_changed, 0)
GETTER (guint, n_linked_vanished, self->n_linked_vanished, 0)
GETTER (const char * const *, entities, rp_feed_report_get_entities (self->report), NULL)
GETTER (RpFeedReport *, report, self->report, NULL)

#undef GETTER

/* Whether the applied import changed what rp_store_get_directory() shows:
 * an unchanged re-import need not read 5,000 rows back. */
gboolean
rp_directory_import_changes_list (RpDirectoryImport *self)
{
  return self->applied &&
         (self->new_feed || self->feed_renamed ||
          self->n_new + self->n_updated + self->n_removed > 0);
}

/**
 * rp_directory_import_dup_skipped_reasons:
 * @self: a #RpDirectoryImport
 *
 * Why each skipped entry of the feed was skipped, one line each, naming
 * the entry by its position (from 1) and never quoting the feed's values:
 * what the command line prints on stderr.
 *
 * Returns: (transfer full): the reasons
 */
GStrv
rp_directory_import_dup_skipped_reasons (RpDirectoryImport *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const GPtrArray *warnings;
  guint n_listed = 0;
  guint n_skipped;

  g_return_val_if_fail (self != NULL, NULL);

  warnings = rp_feed_report_get_warnings (self->report);
  for (guint i = 0; i < warnings->len; i++)
    {
      const RpFeedWarning *warning = g_ptr_array_index (warnings, i);
      g_autofree char *line = NULL;

      if (warning->kind != RP_FEED_WARNING_SKIPPED)
        continue;

      /* Translators: a skipped entry of a meeting feed, counted from 1, then why */
      line = g_strdup_printf (_("Entry %u: %s"), warning->position + 1, warning->reason);
      g_strv_builder_add (builder, line);
      n_listed++;
    }

  /* The report keeps a limited number of warnings. */
  n_skipped = rp_feed_report_get_n_skipped (self->report);
  if (n_skipped > n_listed)
    {
      g_autofree char *line = NULL;

      line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u more entry was skipped.",
                                           "%u more entries were skipped.",
                                           n_skipped - n_listed),
                              n_skipped - n_listed);
      g_strv_builder_add (builder, line);
    }

  return g_strv_builder_end (builder);
}

/* --- parse ------------------------------------------------------------ */

static void
meeting_data_free (gpointer data)
{
  rp_directory_meeting_data_clear (data);
  g_free (data);
}

static char *
dup_text (const char *text)
{
  return text != NULL && text[0] != '\0' ? g_strdup (text) : NULL;
}

/* Keeps the items a stored list can hold apart: the parser never gives
 * types with a comma or tags with a newline, but the columns rely on it. */
static GStrv
dup_list (char * const *items,
          char          separator)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      if (items[i][0] != '\0' && strchr (items[i], separator) == NULL)
        g_strv_builder_add (builder, items[i]);
    }

  return g_strv_builder_end (builder);
}

/* The Directory's slug cap is that of meeting.directory_slug, so every
 * entry can be linked; a longer ID gets a stable stand-in. */
static char *
directory_slug (const char *slug)
{
  g_autofree char *checksum = NULL;

  if (g_utf8_strlen (slug, -1) <= RP_MEETING_MAX_DIRECTORY_SLUG_LENGTH)
    return g_strdup (slug);

  checksum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, slug, -1);

  return g_strconcat ("rp-", checksum, NULL);
}

static RpDirectoryMeetingData *
data_from_feed_meeting (const RpFeedMeeting *feed_meeting)
{
  RpDirectoryMeetingData *data = g_new (RpDirectoryMeetingData, 1);

  rp_directory_meeting_data_init (data);
  g_strfreev (data->types);
  g_strfreev (data->custom_tags);

  data->slug = directory_slug (feed_meeting->slug);
  data->name = dup_text (feed_meeting->name);
  data->group_name = dup_text (feed_meeting->group);
  if (!feed_meeting->by_appointment && feed_meeting->weekdays != 0 &&
      feed_meeting->start_minute >= 0 && feed_meeting->start_minute < 1440)
    {
      data->weekdays = feed_meeting->weekdays & RP_WEEKDAYS_ALL;
      data->start_minute = feed_meeting->start_minute;
      if (feed_meeting->end_minute >= 0 && feed_meeting->end_minute < 1440)
        data->end_minute = feed_meeting->end_minute;
    }
  data->time_zone = dup_text (feed_meeting->timezone);
  data->location = dup_text (feed_meeting->location);
  data->address = dup_text (feed_meeting->address);
  data->approximate = feed_meeting->approximate;
  data->region = dup_text (feed_meeting->region);
  data->online_url = dup_text (feed_meeting->conference_url);
  data->conference_phone = dup_text (feed_meeting->conference_phone);
  data->types = dup_list (feed_meeting->types, ',');
  data->custom_tags = dup_list (feed_meeting->custom_tags, '\n');
  data->notes = dup_text (feed_meeting->notes);
  data->entity = dup_text (feed_meeting->entity);
  data->entity_url = dup_text (feed_meeting->entity_url);
  data->url = dup_text (feed_meeting->url);
  data->fingerprint = rp_directory_meeting_data_fingerprint (data);

  return data;
}

static char *
url_host (const char *url)
{
  g_autoptr(GUri) uri = NULL;
  const char *host;

  if (url == NULL)
    return NULL;

  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  host = uri != NULL ? g_uri_get_host (uri) : NULL;
  if (host == NULL || host[0] == '\0')
    return NULL;

  if (g_ascii_strncasecmp (host, "www.", 4) == 0 && host[4] != '\0')
    host += 4;

  return g_ascii_strdown (host, -1);
}

static void
count_value (GHashTable *counts,
             char       *value)
{
  if (value == NULL)
    return;

  g_hash_table_insert (counts, value,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, value)) + 1));
}

/* The value most meetings give; a tie goes to the first in byte order, so
 * that the answer does not depend on the feed's order. */
static char *
most_common (GHashTable *counts)
{
  GHashTableIter iter;
  gpointer key;
  gpointer value;
  const char *best = NULL;
  guint best_count = 0;

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint count = GPOINTER_TO_UINT (value);

      if (count > best_count || (count == best_count && strcmp (key, best) < 0))
        {
          best = key;
          best_count = count;
        }
    }

  return g_strdup (best);
}

static char *
cap_text (const char *text,
          glong       max_length)
{
  return g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, -1), max_length));
}

static void
find_publisher (RpDirectoryImport *self)
{
  g_autoptr(GHashTable) entities = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) entity_urls = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) entity_hosts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) page_hosts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *entity_host = NULL;
  g_autofree char *page_host = NULL;

  for (guint i = 0; i < self->meetings->len; i++)
    {
      const RpDirectoryMeetingData *data = g_ptr_array_index (self->meetings, i);

      count_value (entities, g_strdup (data->entity));
      count_value (entity_urls, g_strdup (data->entity_url));
      count_value (entity_hosts, url_host (data->entity_url));
      count_value (page_hosts, url_host (data->url));
    }

  self->entity = most_common (entities);
  self->entity_url = most_common (entity_urls);
  entity_host = most_common (entity_hosts);
  page_host = most_common (page_hosts);

  if (entity_host != NULL)
    self->publisher_key = g_strconcat ("site:", entity_host, NULL);
  else if (self->entity != NULL)
    {
      g_autofree char *folded = g_utf8_casefold (self->entity, -1);

      self->publisher_key = g_strconcat ("entity:", folded, NULL);
    }
  else if (page_host != NULL)
    self->publisher_key = g_strconcat ("site:", page_host, NULL);

  if (self->entity != NULL)
    self->feed_name = g_strdup (self->entity);
  else if (entity_host != NULL || page_host != NULL)
    self->feed_name = cap_text (entity_host != NULL ? entity_host : page_host, MAX_FEED_NAME);
  else
    self->feed_name = g_strdup (self->file_name);
}

/**
 * rp_directory_import_parse:
 * @feed: the file's bytes
 * @file_name: the file's name (a display name, not a path)
 * @error: return location for a #RpImportError
 *
 * Returns: (transfer full): the parsed feed, not yet compared with the
 *   Directory, or %NULL with @error set when the parser refuses the file
 */
RpDirectoryImport *
rp_directory_import_parse (GBytes      *feed,
                           const char  *file_name,
                           GError     **error)
{
  g_autoptr(RpDirectoryImport) self = NULL;
  g_autoptr(GPtrArray) parsed = NULL;
  g_autoptr(GHashTable) slugs = NULL;
  g_autofree char *trimmed = NULL;
  RpFeedReport *report = NULL;

  g_return_val_if_fail (feed != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  parsed = rp_import_meeting_guide_parse_bytes (feed, &report, error);
  if (parsed == NULL)
    return NULL;

  self = g_atomic_rc_box_new0 (RpDirectoryImport);
  self->report = report;
  self->meetings = g_ptr_array_new_full (parsed->len, meeting_data_free);

  trimmed = g_strstrip (g_utf8_make_valid (file_name, -1));
  self->file_name = trimmed[0] != '\0' ? cap_text (trimmed, MAX_FEED_NAME)
                                       : g_strdup (C_("feed without a file name", "Meeting feed"));

  slugs = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < parsed->len; i++)
    {
      RpDirectoryMeetingData *data = data_from_feed_meeting (g_ptr_array_index (parsed, i));

      /* The parser's slugs are unique; a made-up stand-in for a long one
       * could only repeat one by a SHA-256 collision. */
      if (!g_hash_table_add (slugs, data->slug))
        {
          meeting_data_free (data);
          continue;
        }
      g_ptr_array_add (self->meetings, data);
    }

  find_publisher (self);

  return g_steal_pointer (&self);
}
