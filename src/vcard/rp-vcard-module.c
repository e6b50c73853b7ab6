/* rp-vcard-module.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The rp-vcard module: EVCard (Evolution Data Server) reads the cards, and
 * this file turns them into the plain structures of rp-vcard-card.h.
 *
 * It is a module, loaded by rp-import-vcard.c only when a .vcf file is
 * read: linking libebook-contacts into Reprieve would cost every start
 * ICU, libphonenumber and libsoup. It links GLib and EVCard only, never
 * rp-core, whose GTypes would be registered a second time.
 *
 * Two things EVCard gets wrong are fixed up before it sees a card (both
 * are checked by tests/test-import-vcard.c):
 *  - vCard 2.1 QUOTED-PRINTABLE soft line breaks ("=" at the end of a
 *    line): EVCard keeps the "=", the line break and the next line's
 *    start as text. They are joined here first.
 *  - 8-bit text in another CHARSET (e.g. ISO-8859-1 without
 *    QUOTED-PRINTABLE): EVCard replaces the bytes that are not UTF-8 before
 *    it looks at CHARSET. Such a line is converted here first. */

#define G_LOG_DOMAIN "rp-vcard"

#include "config.h"

#include <string.h>

#include <gmodule.h>

/* EDS's headers still declare API with the deprecated GTimeVal; our
 * GLIB_VERSION_MIN_REQUIRED makes every such declaration a warning we can
 * do nothing about. We use none of it. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <libebook-contacts/libebook-contacts.h>
#pragma GCC diagnostic pop

#include "rp-vcard-card.h"

G_MODULE_EXPORT GPtrArray *rp_vcard_module_parse (const char *text,
                                                  gsize       length,
                                                  guint       max_cards,
                                                  guint      *out_n_cards);

/* The compiler checks the export against the type the core calls. */
G_GNUC_UNUSED static const RpVcardParseFunc parse_func_check = rp_vcard_module_parse;

/* --- splitting the file into cards --------------------------------------- */

static gboolean
line_is (const char *line,
         gsize       length,
         const char *keyword)
{
  gsize n = strlen (keyword);

  while (length > 0 && g_ascii_isspace (line[length - 1]))
    length--;
  while (length > 0 && g_ascii_isspace (*line))
    {
      line++;
      length--;
    }

  return length == n && g_ascii_strncasecmp (line, keyword, n) == 0;
}

/* The part of a property line before its value: "TEL;TYPE=CELL" of
 * "TEL;TYPE=CELL:+1 555". Quoted parameter values may hold ':'. */
static gsize
property_length (const char *line,
                 gsize       length)
{
  gboolean quoted = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      if (line[i] == '"')
        quoted = !quoted;
      else if (line[i] == ':' && !quoted)
        return i;
    }

  return length;
}

static gboolean
contains_ascii_nocase (const char *text,
                       gsize       length,
                       const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    {
      if (g_ascii_strncasecmp (text + i, needle, n) == 0)
        return TRUE;
    }

  return FALSE;
}

/* The CHARSET parameter's value, or NULL. */
static char *
dup_charset (const char *property,
             gsize       length)
{
  g_autofree char *copy = g_strndup (property, length);
  g_auto(GStrv) params = g_strsplit (copy, ";", -1);

  for (guint i = 1; params[i] != NULL; i++)
    {
      if (g_ascii_strncasecmp (params[i], "CHARSET=", 8) == 0)
        {
          char *charset = g_strstrip (g_strdup (params[i] + 8));

          /* A quoted value ("utf-8") loses its quotes. */
          if (charset[0] == '"')
            memmove (charset, charset + 1, strlen (charset));
          g_strdelimit (charset, "\"", ' ');
          return g_strstrip (charset);
        }
    }

  return NULL;
}

/* Appends one logical line to @card, converting 8-bit text in a declared
 * CHARSET to UTF-8 (and saying so in the parameter, so that EVCard does
 * not convert it again). */
static void
append_line (GString    *card,
             const char *line,
             gsize       length)
{
  gsize property_end;
  g_autofree char *charset = NULL;
  g_autofree char *converted = NULL;
  gsize n_converted = 0;

  if (g_utf8_validate (line, length, NULL))
    {
      g_string_append_len (card, line, length);
      g_string_append (card, "\r\n");
      return;
    }

  property_end = property_length (line, length);
  charset = dup_charset (line, property_end);
  if (charset != NULL && property_end < length)
    converted = g_convert (line + property_end + 1, length - property_end - 1,
                           "UTF-8", charset, NULL, &n_converted, NULL);

  if (converted == NULL)
    {
      /* EVCard replaces what is not UTF-8; the rest of the card is kept. */
      g_string_append_len (card, line, length);
      g_string_append (card, "\r\n");
      return;
    }

  {
    g_autofree char *property = g_strndup (line, property_end);
    g_auto(GStrv) params = g_strsplit (property, ";", -1);

    for (guint i = 0; params[i] != NULL; i++)
      {
        if (i > 0)
          g_string_append_c (card, ';');
        if (i > 0 && g_ascii_strncasecmp (params[i], "CHARSET=", 8) == 0)
          g_string_append (card, "CHARSET=UTF-8");
        else
          g_string_append (card, params[i]);
      }
  }
  g_string_append_c (card, ':');
  g_string_append_len (card, converted, n_converted);
  g_string_append (card, "\r\n");
}

typedef struct
{
  const char *text;
  gsize length;
  gsize pos;
} LineReader;

/* The next physical line without its line break, or FALSE at the end. */
static gboolean
next_line (LineReader  *reader,
           const char **out_line,
           gsize       *out_length)
{
  const char *start;
  const char *newline;
  gsize n;

  if (reader->pos >= reader->length)
    return FALSE;

  start = reader->text + reader->pos;
  newline = memchr (start, '\n', reader->length - reader->pos);
  n = newline != NULL ? (gsize) (newline - start) : reader->length - reader->pos;
  reader->pos += n + (newline != NULL ? 1 : 0);

  if (n > 0 && start[n - 1] == '\r')
    n--;

  *out_line = start;
  *out_length = n;
  return TRUE;
}

/* --- reading one card ---------------------------------------------------- */

static char *
dup_trimmed (const char *text)
{
  char *copy;

  if (text == NULL)
    return NULL;

  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0')
    g_clear_pointer (&copy, g_free);

  return copy;
}

/* The attribute's values joined by @separator, trimmed; NULL when empty.
 * A 2.1 card does not escape ';' in text, so EVCard splits FN and NOTE
 * there: joining with ";" puts the text back together. */
static char *
dup_joined_values (EVCardAttribute *attr,
                   const char      *separator,
                   gboolean         skip_empty)
{
  g_autoptr(GString) joined = g_string_new (NULL);
  gboolean first = TRUE;

  for (GList *l = e_vcard_attribute_get_values (attr); l != NULL; l = l->next)
    {
      const char *value = l->data;
      g_autofree char *trimmed = dup_trimmed (value);

      if (skip_empty && trimmed == NULL)
        continue;
      if (!first)
        g_string_append (joined, separator);
      g_string_append (joined, skip_empty ? trimmed : value);
      first = FALSE;
    }

  return dup_trimmed (joined->str);
}

/* N is family;given;additional;prefix;suffix: written in reading order. */
static char *
dup_name_from_n (EVCardAttribute *attr)
{
  static const guint order[] = { 3, 1, 2, 0, 4 };
  GList *values = e_vcard_attribute_get_values (attr);
  g_autoptr(GString) name = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      const char *part = g_list_nth_data (values, order[i]);
      g_autofree char *trimmed = dup_trimmed (part);

      if (trimmed == NULL)
        continue;
      if (name->len > 0)
        g_string_append_c (name, ' ');
      g_string_append (name, trimmed);
    }

  return dup_trimmed (name->str);
}

static gboolean
has_param_value (EVCardAttribute *attr,
                 const char      *name,
                 const char      *value)
{
  for (GList *p = e_vcard_attribute_get_param (attr, name); p != NULL; p = p->next)
    {
      /* A quoted list ("voice,cell") reaches us as one value. */
      g_auto(GStrv) parts = g_strsplit (p->data, ",", -1);

      for (guint i = 0; parts[i] != NULL; i++)
        {
          if (g_ascii_strcasecmp (g_strstrip (parts[i]), value) == 0)
            return TRUE;
        }
    }

  return FALSE;
}

/* The number's kind, most telling first: "TYPE=voice,cell" is a mobile. */
static char *
dup_phone_type (EVCardAttribute *attr)
{
  static const struct {
    const char *type;
    const char *keyword;
  } kinds[] = {
    { "cell", "cell" }, { "cell", "mobile" }, { "cell", "iphone" },
    { "home", "home" }, { "work", "work" }, { "main", "main" },
    { "fax", "fax" }, { "pager", "pager" }, { "text", "text" },
    { "video", "video" }, { "voice", "voice" }, { "pref", "pref" },
  };

  if (e_vcard_attribute_get_param (attr, "TYPE") == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      if (has_param_value (attr, "TYPE", kinds[i].keyword))
        return g_strdup (kinds[i].type);
    }

  return g_strdup ("other");
}

/* A TEL value as a number: "tel:+1-555-0100;ext=5" (vCard 4.0, or 3.0
 * with VALUE=uri) gives "+1-555-0100". The extension is left out: a
 * number with one cannot be dialled from a tel: link Reprieve builds, and
 * the number alone still reaches the switchboard. */
static char *
dup_phone_number (EVCardAttribute *attr)
{
  GList *values = e_vcard_attribute_get_values (attr);
  g_autofree char *first = dup_trimmed (values != NULL ? values->data : NULL);
  g_autofree char *unescaped = NULL;
  char *parameters;

  if (first == NULL)
    return NULL;

  if (g_ascii_strncasecmp (first, "tel:", 4) != 0)
    {
      /* A plain-text number: EVCard split it at any ';', which a number
       * does not hold; the first part is the number. */
      return g_steal_pointer (&first);
    }

  parameters = strchr (first + 4, ';');
  if (parameters != NULL)
    *parameters = '\0';
  unescaped = g_uri_unescape_string (first + 4, NULL);

  return dup_trimmed (unescaped != NULL ? unescaped : first + 4);
}

static char *
dup_email (EVCardAttribute *attr)
{
  GList *values = e_vcard_attribute_get_values (attr);
  g_autofree char *first = dup_trimmed (values != NULL ? values->data : NULL);

  if (first != NULL && g_ascii_strncasecmp (first, "mailto:", 7) == 0)
    return dup_trimmed (first + 7);

  return g_steal_pointer (&first);
}

static RpVcardCard *
read_card (const char *text)
{
  EVCard *vcard = e_vcard_new_from_string (text);
  RpVcardCard *card = rp_vcard_card_new ();
  g_autofree char *name_from_n = NULL;

  for (GList *l = e_vcard_get_attributes (vcard); l != NULL; l = l->next)
    {
      EVCardAttribute *attr = l->data;
      const char *name = e_vcard_attribute_get_name (attr);

      if (name == NULL)
        continue;
      card->readable = TRUE;

      if (g_ascii_strcasecmp (name, EVC_FN) == 0 && card->full_name == NULL)
        card->full_name = dup_joined_values (attr, ";", FALSE);
      else if (g_ascii_strcasecmp (name, EVC_N) == 0 && name_from_n == NULL)
        name_from_n = dup_name_from_n (attr);
      else if (g_ascii_strcasecmp (name, EVC_UID) == 0 && card->uid == NULL)
        card->uid = dup_joined_values (attr, ";", FALSE);
      else if (g_ascii_strcasecmp (name, EVC_NOTE) == 0 && card->note == NULL)
        card->note = dup_joined_values (attr, ";", FALSE);
      else if (g_ascii_strcasecmp (name, EVC_EMAIL) == 0)
        {
          char *email = dup_email (attr);

          if (email != NULL)
            g_ptr_array_add (card->emails, email);
        }
      else if (g_ascii_strcasecmp (name, EVC_TEL) == 0)
        {
          char *number = dup_phone_number (attr);
          RpVcardPhone *phone;

          if (number == NULL)
            continue;
          phone = g_new0 (RpVcardPhone, 1);
          phone->number = number;
          phone->type = dup_phone_type (attr);
          g_ptr_array_add (card->phones, phone);
        }
    }

  if (card->full_name == NULL)
    card->full_name = g_steal_pointer (&name_from_n);

  g_object_unref (vcard);

  return card;
}

/* --- the entry point ----------------------------------------------------- */

/**
 * rp_vcard_module_parse:
 *
 * See #RpVcardParseFunc in rp-vcard-card.h.
 */
GPtrArray *
rp_vcard_module_parse (const char *text,
                       gsize       length,
                       guint       max_cards,
                       guint      *out_n_cards)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) rp_vcard_card_free);
  g_autoptr(GString) card = NULL;
  LineReader reader = { text, length, 0 };
  const char *line;
  gsize line_length;
  guint depth = 0;
  guint n_cards = 0;

  while (next_line (&reader, &line, &line_length))
    {
      if (line_is (line, line_length, "BEGIN:VCARD"))
        {
          depth++;
          if (depth > 1)
            continue;
          n_cards++;
          if (n_cards > max_cards)
            break;
          card = g_string_new ("BEGIN:VCARD\r\n");
          continue;
        }

      if (line_is (line, line_length, "END:VCARD") && depth > 0)
        {
          depth--;
          if (depth == 0)
            {
              g_string_append (card, "END:VCARD\r\n");
              g_ptr_array_add (cards, read_card (card->str));
              g_string_free (g_steal_pointer (&card), TRUE);
            }
          continue;
        }

      /* Outside a card, or inside one nested in it (a 2.1 AGENT). */
      if (depth != 1)
        continue;

      if (contains_ascii_nocase (line, property_length (line, line_length), "QUOTED-PRINTABLE"))
        {
          g_autoptr(GString) joined = g_string_new_len (line, line_length);

          /* Soft line breaks: "=" ends a line that goes on in the next
           * (but a broken card's END:VCARD stays its end). */
          while (joined->len > 0 && joined->str[joined->len - 1] == '=')
            {
              gsize line_start = reader.pos;

              if (!next_line (&reader, &line, &line_length))
                break;
              if (line_is (line, line_length, "END:VCARD"))
                {
                  reader.pos = line_start;
                  break;
                }
              g_string_truncate (joined, joined->len - 1);
              g_string_append_len (joined, line, line_length);
            }
          append_line (card, joined->str, joined->len);
        }
      else
        {
          append_line (card, line, line_length);
        }
    }

  /* A last card without END:VCARD is read as far as it goes. */
  if (card != NULL && n_cards <= max_cards)
    {
      g_string_append (card, "END:VCARD\r\n");
      g_ptr_array_add (cards, read_card (card->str));
    }

  if (out_n_cards != NULL)
    *out_n_cards = n_cards;

  return g_steal_pointer (&cards);
}
