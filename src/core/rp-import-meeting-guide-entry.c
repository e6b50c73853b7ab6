/* rp-import-meeting-guide-entry.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include <math.h>
#include <string.h>

#include "rp-import-meeting-guide-private.h"
#include "rp-meeting-types.h"

/* One entry of a Meeting Guide feed made into an RpFeedMeeting: every
 * field but the schedule, the slug that names it, and the checks that it
 * is a meeting at all. Apart from rp-import-meeting-guide.c, which handles
 * the file as a whole and the records it returns. */

/* Members whose presence makes an object look like a meeting. */
static const char * const meeting_members[] = {
  "slug", "day", "days", "time", "formatted_address", "address", "city",
  "location", "conference_url", "conference_phone", "types",
};

/* --- other fields ----------------------------------------------------- */

static char *
read_timezone (Parser     *parser,
               JsonObject *object)
{
  g_autofree char *raw = rp_meeting_guide_read_raw (parser, object, "timezone");
  gpointer known;

  if (raw == NULL)
    return NULL;

  known = g_hash_table_lookup (parser->zones, raw);
  if (known == NULL)
    {
      gboolean plausible = g_ascii_isalpha (*raw) && strlen (raw) <= RP_FEED_MAX_TIMEZONE;
      g_autoptr(GTimeZone) zone = NULL;

      /* Only names like "America/Argentina/Buenos_Aires" or "Etc/GMT+5":
       * GLib would also take offsets such as "+05:00", which are not IANA
       * zones and do not follow daylight-saving changes, and the name
       * becomes a path under /usr/share/zoneinfo. */
      for (const char *p = raw; plausible && *p != '\0'; p++)
        plausible = g_ascii_isalnum (*p) || *p == '/' || *p == '_' || *p == '-' || *p == '+';
      if (plausible)
        zone = g_time_zone_new_identifier (raw);

      known = GINT_TO_POINTER (zone != NULL ? 1 : 2);
      g_hash_table_insert (parser->zones, g_strdup (raw), known);
    }

  if (GPOINTER_TO_INT (known) != 1)
    {
      rp_meeting_guide_warn (parser, RP_FEED_WARNING_DROPPED, "timezone",
                             _("Not a known time zone; it was left out, so the default zone is used."));
      return NULL;
    }

  return g_steal_pointer (&raw);
}

static char *
join_parts (GPtrArray  *parts,
            const char *separator)
{
  if (parts->len == 0)
    return NULL;

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (separator, (char **) parts->pdata);
}

static char *
read_address (Parser     *parser,
              JsonObject *object)
{
  static const char * const split_fields[] = {
    "address", "city", "state", "postal_code", "country",
  };
  char *parts[G_N_ELEMENTS (split_fields)] = { NULL, };
  g_autoptr(GPtrArray) line = g_ptr_array_new_with_free_func (g_free);
  char *address;

  address = rp_meeting_guide_read_text (parser, object, "formatted_address", TEXT_LINE, RP_FEED_MAX_ADDRESS);
  if (address != NULL)
    return address;

  /* "1 Main St, Springfield, IL 62701, US": state and postal code share a part */
  for (gsize i = 0; i < G_N_ELEMENTS (split_fields); i++)
    parts[i] = rp_meeting_guide_read_text (parser, object, split_fields[i], TEXT_LINE, RP_FEED_MAX_ADDRESS);

  if (parts[0] != NULL)
    g_ptr_array_add (line, g_steal_pointer (&parts[0]));
  if (parts[1] != NULL)
    g_ptr_array_add (line, g_steal_pointer (&parts[1]));
  if (parts[2] != NULL && parts[3] != NULL)
    g_ptr_array_add (line, g_strjoin (" ", parts[2], parts[3], NULL));
  else if (parts[2] != NULL || parts[3] != NULL)
    g_ptr_array_add (line, g_strdup (parts[2] != NULL ? parts[2] : parts[3]));
  if (parts[4] != NULL)
    g_ptr_array_add (line, g_steal_pointer (&parts[4]));
  for (gsize i = 0; i < G_N_ELEMENTS (parts); i++)
    g_free (parts[i]);

  address = join_parts (line, ", ");
  if (address != NULL && rp_meeting_guide_truncate_text (&address, RP_FEED_MAX_ADDRESS))
    rp_meeting_guide_warn_truncated (parser, "address", RP_FEED_MAX_ADDRESS);

  return address;
}

static char *
read_region (Parser     *parser,
             JsonObject *object)
{
  static const char * const split_fields[] = { "region", "sub_region", "sub_sub_region" };
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  JsonNode *node = rp_meeting_guide_get_member (object, "regions");
  const char *field = "regions";
  char *region;

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      gboolean wrong = FALSE;

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          char *part;

          if (JSON_NODE_HOLDS_NULL (element))
            continue;
          if (rp_meeting_guide_value_type (element) != G_TYPE_STRING)
            {
              wrong = TRUE;
              continue;
            }
          part = rp_meeting_guide_clean_text (json_node_get_string (element), TEXT_LINE);
          if (part != NULL)
            g_ptr_array_add (parts, part);
        }
      if (wrong)
        rp_meeting_guide_warn (parser, RP_FEED_WARNING_DROPPED, field,
                               _("Not the expected kind of value; it was left out."));
    }
  else if (node != NULL)
    {
      rp_meeting_guide_warn (parser, RP_FEED_WARNING_DROPPED, field,
                             _("Not the expected kind of value; it was left out."));
    }

  /* "regions" is the newer, more complete form; region and sub_region
   * are read only when it gives nothing. */
  if (parts->len == 0)
    {
      field = "region";
      for (gsize i = 0; i < G_N_ELEMENTS (split_fields); i++)
        {
          char *part = rp_meeting_guide_read_text (parser, object, split_fields[i], TEXT_LINE, RP_FEED_MAX_REGION);

          if (part != NULL)
            g_ptr_array_add (parts, part);
        }
    }

  region = join_parts (parts, " > ");
  if (region != NULL && rp_meeting_guide_truncate_text (&region, RP_FEED_MAX_REGION))
    rp_meeting_guide_warn_truncated (parser, field, RP_FEED_MAX_REGION);

  return region;
}

static void
add_type_code (GPtrArray  *codes,
               const char *code)
{
  for (guint i = 0; i < codes->len; i++)
    {
      if (strcmp (g_ptr_array_index (codes, i), code) == 0)
        return;
    }

  g_ptr_array_add (codes, g_strdup (code));
}

static void
add_type (Parser     *parser,
          const char *raw,
          GPtrArray  *types,
          GPtrArray  *tags,
          gboolean   *truncated)
{
  g_autofree char *code = rp_meeting_guide_clean_text (raw, TEXT_LINE);
  const char *canonical;

  if (code == NULL)
    return;

  canonical = rp_meeting_type_get_canonical (code);
  if (canonical != NULL)
    {
      add_type_code (types, canonical);
      return;
    }

  if (rp_meeting_guide_truncate_text (&code, RP_FEED_MAX_TAG))
    *truncated = TRUE;
  add_type_code (tags, code);
}

/* "types" is a list of codes; older feeds send one comma-separated
 * string. Reserved codes go to types, the rest to custom tags. */
static void
read_types (Parser        *parser,
            JsonObject    *object,
            RpFeedMeeting *meeting)
{
  g_autoptr(GPtrArray) types = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) raw = g_ptr_array_new_with_free_func (g_free);
  JsonNode *node = rp_meeting_guide_get_member (object, "types");
  gboolean wrong = FALSE;
  gboolean truncated = FALSE;
  guint n_kept = 0;

  if (node == NULL)
    ;
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (rp_meeting_guide_value_type (element) == G_TYPE_STRING)
            g_ptr_array_add (raw, g_strdup (json_node_get_string (element)));
          else if (!JSON_NODE_HOLDS_NULL (element))
            wrong = TRUE;
        }
    }
  else if (rp_meeting_guide_value_type (node) == G_TYPE_STRING)
    {
      g_auto(GStrv) parts = g_strsplit (json_node_get_string (node), ",", -1);

      for (guint i = 0; parts[i] != NULL; i++)
        g_ptr_array_add (raw, g_steal_pointer (&parts[i]));
    }
  else
    {
      wrong = TRUE;
    }

  if (wrong)
    rp_meeting_guide_warn (parser, RP_FEED_WARNING_DROPPED, "types",
                           _("Not the expected kind of value; it was left out."));

  for (guint i = 0; i < raw->len; i++)
    {
      if (types->len + tags->len >= RP_FEED_MAX_TYPES)
        {
          g_autofree char *reason = NULL;

          reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 /* Translators: an imported meeting listed
                                                  * more type codes than we keep. */
                                                 "Too many types; only the first %u was kept.",
                                                 "Too many types; only the first %u were kept.",
                                                 n_kept),
                                    n_kept);
          rp_meeting_guide_warn (parser, RP_FEED_WARNING_TRUNCATED, "types", reason);
          break;
        }
      add_type (parser, g_ptr_array_index (raw, i), types, tags, &truncated);
      n_kept = types->len + tags->len;
    }
  if (truncated)
    rp_meeting_guide_warn_truncated (parser, "types", RP_FEED_MAX_TAG);

  g_ptr_array_add (types, NULL);
  g_ptr_array_add (tags, NULL);
  meeting->types = (char **) g_ptr_array_free (g_steal_pointer (&types), FALSE);
  meeting->custom_tags = (char **) g_ptr_array_free (g_steal_pointer (&tags), FALSE);
}

static char *
read_notes (Parser     *parser,
            JsonObject *object)
{
  static const char * const fields[] = {
    "notes", "location_notes", "group_notes", "conference_url_notes", "conference_phone_notes",
  };
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  char *notes;

  for (gsize i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      char *part = rp_meeting_guide_read_text (parser, object, fields[i], TEXT_PARAGRAPHS, G_MAXUINT);

      if (part != NULL)
        g_ptr_array_add (parts, part);
    }

  notes = join_parts (parts, "\n\n");
  if (notes != NULL && rp_meeting_guide_truncate_text (&notes, RP_FEED_MAX_NOTES))
    rp_meeting_guide_warn_truncated (parser, "notes", RP_FEED_MAX_NOTES);

  return notes;
}

/* A number, or a string holding one (TSML UI accepts both). */
static gboolean
read_coordinate (Parser     *parser,
                 JsonObject *object,
                 const char *field,
                 double      limit,
                 double     *value)
{
  JsonNode *node = rp_meeting_guide_get_member (object, field);
  gboolean valid = FALSE;

  if (node == NULL)
    return FALSE;

  switch (rp_meeting_guide_value_type (node))
    {
    case G_TYPE_INT64:
    case G_TYPE_DOUBLE:
      *value = json_node_get_double (node);
      valid = TRUE;
      break;

    case G_TYPE_STRING:
      {
        g_autofree char *text = g_strstrip (g_strdup (json_node_get_string (node)));
        char *end = NULL;

        if (*text == '\0')
          return FALSE;
        *value = g_ascii_strtod (text, &end);
        valid = end != text && *end == '\0';
      }
      break;

    default:
      break;
    }

  if (!valid || !isfinite (*value) || fabs (*value) > limit)
    {
      rp_meeting_guide_warn (parser, RP_FEED_WARNING_DROPPED, field,
                             _("Not a valid map position; it was left out."));
      return FALSE;
    }

  return TRUE;
}

static void
read_coordinates (Parser        *parser,
                  JsonObject    *object,
                  RpFeedMeeting *meeting)
{
  double latitude = 0;
  double longitude = 0;
  gboolean has_latitude = read_coordinate (parser, object, "latitude", 90, &latitude);
  gboolean has_longitude = read_coordinate (parser, object, "longitude", 180, &longitude);

  /* 0, 0 is in the ocean: feeds use it for "not geocoded" */
  if (has_latitude && has_longitude && !(latitude == 0 && longitude == 0))
    {
      meeting->has_coordinates = TRUE;
      meeting->latitude = latitude;
      meeting->longitude = longitude;
    }
}

/* "YYYY-MM-DD HH:MM:SS" in UTC by the spec; full ISO 8601 is taken too. */
static GDateTime *
read_updated (Parser     *parser,
              JsonObject *object)
{
  g_autofree char *raw = rp_meeting_guide_read_raw (parser, object, "updated");
  g_autoptr(GTimeZone) utc = NULL;
  g_autoptr(GDateTime) updated = NULL;

  if (raw == NULL)
    return NULL;

  if (strlen (raw) == 10)
    {
      char *with_time = g_strconcat (raw, "T00:00:00", NULL);

      g_free (raw);
      raw = with_time;
    }
  else if (strlen (raw) > 10 && raw[10] == ' ')
    {
      raw[10] = 'T';
    }

  utc = g_time_zone_new_utc ();
  updated = g_date_time_new_from_iso8601 (raw, utc);
  if (updated == NULL)
    {
      rp_meeting_guide_warn (parser, RP_FEED_WARNING_DROPPED, "updated",
                             _("Not a date and time; it was left out."));
      return NULL;
    }

  return g_date_time_to_utc (updated);
}

static gboolean
read_approximate (Parser     *parser,
                  JsonObject *object)
{
  JsonNode *node = rp_meeting_guide_get_member (object, "approximate");
  const char *text;

  if (node == NULL)
    return FALSE;

  if (rp_meeting_guide_value_type (node) == G_TYPE_BOOLEAN)
    return json_node_get_boolean (node);

  if (rp_meeting_guide_value_type (node) == G_TYPE_STRING)
    {
      text = json_node_get_string (node);
      if (g_ascii_strcasecmp (text, "yes") == 0 || g_ascii_strcasecmp (text, "true") == 0)
        return TRUE;
      if (g_ascii_strcasecmp (text, "no") == 0 || g_ascii_strcasecmp (text, "false") == 0 ||
          *text == '\0')
        return FALSE;
    }

  /* Translators: "approximate" should be "yes" or "no" in a feed. */
  rp_meeting_guide_warn (parser, RP_FEED_WARNING_DROPPED, "approximate", _("Not yes or no; it was left out."));
  return FALSE;
}

static char *
read_entity_url (Parser     *parser,
                 JsonObject *object)
{
  char *url = rp_meeting_guide_read_web_link (parser, object, "entity_website_url");

  /* the spec's README example and TSML UI say entity_url */
  if (url == NULL)
    url = rp_meeting_guide_read_web_link (parser, object, "entity_url");

  return url;
}

/* --- slugs ------------------------------------------------------------ */

static char *
hashed_slug (const char *text)
{
  g_autofree char *checksum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);

  return g_strconcat ("rp-", checksum, NULL);
}

/* A meeting without an ID gets one made from what identifies it, so that
 * importing the same feed again finds it again. */
static char *
made_up_slug (const RpFeedMeeting *meeting)
{
  g_autofree char *key = NULL;

  key = g_strdup_printf ("%s\x1f%u\x1f%d\x1f%s\x1f%s",
                         meeting->name != NULL ? meeting->name : "",
                         meeting->weekdays,
                         meeting->start_minute,
                         meeting->address != NULL ? meeting->address : "",
                         meeting->location != NULL ? meeting->location : "");

  return hashed_slug (key);
}

static char *
read_slug (Parser     *parser,
           JsonObject *object,
           gboolean   *made_up)
{
  JsonNode *node = rp_meeting_guide_get_member (object, "slug");
  g_autofree char *raw = NULL;
  char *slug;

  /* An integral double ("slug": 12.0) is still a number the feed means. */
  if (node != NULL && rp_meeting_guide_value_type (node) == G_TYPE_DOUBLE)
    {
      double number = json_node_get_double (node);

      if (number == floor (number) && fabs (number) < 1e15)
        return g_strdup_printf ("%.0f", number);
    }

  raw = rp_meeting_guide_read_raw (parser, object, "slug");
  if (raw == NULL)
    return NULL;

  slug = rp_meeting_guide_clean_text (raw, TEXT_LINE);
  if (slug != NULL && g_utf8_strlen (slug, -1) > RP_FEED_MAX_SLUG)
    {
      char *hashed = hashed_slug (slug);

      g_free (slug);
      *made_up = TRUE;
      rp_meeting_guide_warn (parser, RP_FEED_WARNING_SLUG_MADE_UP, "slug",
                             _("The ID is too long; a shorter one was made from it."));
      return hashed;
    }

  return slug;
}

/* --- meetings --------------------------------------------------------- */

gboolean
rp_meeting_guide_looks_like_meeting (JsonObject *object)
{
  if (!json_object_has_member (object, "name") && !json_object_has_member (object, "slug"))
    return FALSE;

  for (gsize i = 0; i < G_N_ELEMENTS (meeting_members); i++)
    {
      if (json_object_has_member (object, meeting_members[i]))
        return TRUE;
    }

  return FALSE;
}

static RpFeedMeeting *
read_meeting (Parser     *parser,
              JsonObject *object)
{
  g_autoptr(RpFeedMeeting) meeting = rp_feed_meeting_new (parser->position);

  meeting->slug = read_slug (parser, object, &meeting->slug_made_up);
  meeting->name = rp_meeting_guide_read_text (parser, object, "name", TEXT_LINE, RP_FEED_MAX_NAME);
  if (meeting->name == NULL)
    rp_meeting_guide_warn (parser, RP_FEED_WARNING_MISSING, "name", _("The meeting has no name."));
  meeting->group = rp_meeting_guide_read_text (parser, object, "group", TEXT_LINE, RP_FEED_MAX_GROUP);
  rp_meeting_guide_read_schedule (parser, object, meeting);
  meeting->timezone = read_timezone (parser, object);
  meeting->location = rp_meeting_guide_read_text (parser, object, "location", TEXT_LINE, RP_FEED_MAX_LOCATION);
  meeting->address = read_address (parser, object);
  meeting->approximate = read_approximate (parser, object);
  meeting->region = read_region (parser, object);
  read_coordinates (parser, object, meeting);
  meeting->conference_url = rp_meeting_guide_read_web_link (parser, object, "conference_url");
  meeting->conference_phone = rp_meeting_guide_read_phone (parser, object, "conference_phone");
  read_types (parser, object, meeting);
  meeting->notes = read_notes (parser, object);
  meeting->updated = read_updated (parser, object);
  meeting->entity = rp_meeting_guide_read_text (parser, object, "entity", TEXT_LINE, RP_FEED_MAX_ENTITY);
  meeting->entity_url = read_entity_url (parser, object);
  meeting->url = rp_meeting_guide_read_web_link (parser, object, "url");

  if (meeting->slug == NULL)
    {
      meeting->slug = made_up_slug (meeting);
      meeting->slug_made_up = TRUE;
      rp_meeting_guide_warn (parser, RP_FEED_WARNING_SLUG_MADE_UP, "slug",
                             _("The meeting has no ID; one was made from its name, day, time and address."));
    }

  return g_steal_pointer (&meeting);
}

static void
add_entity (Parser     *parser,
            const char *entity)
{
  if (entity == NULL || g_hash_table_contains (parser->entities, entity))
    return;

  g_ptr_array_add (parser->report->entities, g_strdup (entity));
  g_hash_table_add (parser->entities, g_strdup (entity));
}

void
rp_meeting_guide_read_entry (Parser     *parser,
                             JsonNode   *node,
                             GPtrArray  *meetings)
{
  RpFeedReport *report = parser->report;
  g_autoptr(RpFeedMeeting) meeting = NULL;
  JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;

  report->n_entries++;

  if (object == NULL || !rp_meeting_guide_looks_like_meeting (object))
    {
      rp_meeting_guide_warn (parser, RP_FEED_WARNING_SKIPPED, NULL,
                             _("This entry is not a meeting; it was skipped."));
      report->n_skipped++;
      rp_meeting_guide_flush_warnings (parser, NULL);
      return;
    }

  meeting = read_meeting (parser, object);

  if (g_hash_table_contains (parser->slugs, meeting->slug))
    {
      /* The first one wins, so that "update by slug" has one answer. */
      g_ptr_array_set_size (parser->pending, 0);
      rp_meeting_guide_warn (parser, RP_FEED_WARNING_SKIPPED, "slug",
                             _("An earlier meeting in the feed has the same ID; this one was skipped."));
      report->n_skipped++;
      rp_meeting_guide_flush_warnings (parser, meeting->slug);
      return;
    }

  g_hash_table_add (parser->slugs, g_strdup (meeting->slug));
  report->n_meetings++;
  if (meeting->by_appointment)
    report->n_by_appointment++;
  if (parser->pending->len > 0)
    report->n_with_warnings++;
  add_entity (parser, meeting->entity);
  rp_meeting_guide_flush_warnings (parser, meeting->slug);

  g_ptr_array_add (meetings, g_steal_pointer (&meeting));
}
