/* rp-meeting-types.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-meeting-types"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <stdlib.h>

#include "rp-meeting-types.h"

/* The Meeting Guide meeting type codes and what they mean, for showing a
 * meeting's types and for filtering the directory by them.
 *
 * Source: data/types.json of https://github.com/code4recovery/spec at commit
 * 404117ad6059f9b1cf85e57124367c3223afc255 (87 "reserved" codes), MIT
 * licence, Copyright (c) Code for Recovery. Only the codes and the English
 * meanings are taken; translations come from our own po/ files, which start
 * from the translations in that file. "NS" and "ONL" are legacy codes the
 * spec's README listed until 2022 (commit 1b4b3bd): older feeds still use
 * them, so they are known but marked legacy.
 *
 * Codes are matched without regard to ASCII case ("onl" is "ONL"): no two
 * codes differ only in case, and real feeds are inconsistent. The table is
 * sorted by g_ascii_strcasecmp() so that lookups can bisect it; a test
 * checks the order. */

typedef struct
{
  const char *code;
  const char *meaning;  /* untranslated, context "meeting type" */
  gboolean    legacy;
} MeetingType;

#define MEANING_CONTEXT "meeting type"

static const MeetingType meeting_types[] = {
  /* Translators: the meanings of Meeting Guide meeting type codes, shown
   * next to a meeting and in the directory's filters. "Open" and "Closed"
   * say who may attend: anyone, or only people who want to stop drinking
   * or using. */
  { "11",    NC_ ("meeting type", "11th Step Meditation"), FALSE },
  { "12x12", NC_ ("meeting type", "12 Steps & 12 Traditions"), FALSE },
  { "A",     NC_ ("meeting type", "Secular"), FALSE },
  { "ABSI",  NC_ ("meeting type", "As Bill Sees It"), FALSE },
  { "AF",    NC_ ("meeting type", "Afrikaans"), FALSE },
  { "AL",    NC_ ("meeting type", "Concurrent with Alateen"), FALSE },
  { "AL-AN", NC_ ("meeting type", "Concurrent with Al-Anon"), FALSE },
  { "AM",    NC_ ("meeting type", "Amharic"), FALSE },
  { "AR",    NC_ ("meeting type", "Arabic"), FALSE },
  { "ASL",   NC_ ("meeting type", "American Sign Language"), FALSE },
  { "B",     NC_ ("meeting type", "Big Book"), FALSE },
  { "BA",    NC_ ("meeting type", "Babysitting Available"), FALSE },
  { "BE",    NC_ ("meeting type", "Newcomer"), FALSE },
  { "BG",    NC_ ("meeting type", "Bulgarian"), FALSE },
  { "BI",    NC_ ("meeting type", "Bisexual"), FALSE },
  { "BRK",   NC_ ("meeting type", "Breakfast"), FALSE },
  { "C",     NC_ ("meeting type", "Closed"), FALSE },
  { "CAN",   NC_ ("meeting type", "Candlelight"), FALSE },
  { "CF",    NC_ ("meeting type", "Child-Friendly"), FALSE },
  { "D",     NC_ ("meeting type", "Discussion"), FALSE },
  { "DA",    NC_ ("meeting type", "Danish"), FALSE },
  { "DB",    NC_ ("meeting type", "Digital Basket"), FALSE },
  { "DD",    NC_ ("meeting type", "Dual Diagnosis"), FALSE },
  { "DE",    NC_ ("meeting type", "German"), FALSE },
  { "DR",    NC_ ("meeting type", "Daily Reflections"), FALSE },
  { "EL",    NC_ ("meeting type", "Greek"), FALSE },
  { "EN",    NC_ ("meeting type", "English"), FALSE },
  { "FA",    NC_ ("meeting type", "Persian"), FALSE },
  { "FF",    NC_ ("meeting type", "Fragrance Free"), FALSE },
  { "FI",    NC_ ("meeting type", "Finnish"), FALSE },
  { "FR",    NC_ ("meeting type", "French"), FALSE },
  { "G",     NC_ ("meeting type", "Gay"), FALSE },
  { "GR",    NC_ ("meeting type", "Grapevine"), FALSE },
  { "H",     NC_ ("meeting type", "Birthday"), FALSE },
  { "HE",    NC_ ("meeting type", "Hebrew"), FALSE },
  { "HI",    NC_ ("meeting type", "Hindi"), FALSE },
  { "HR",    NC_ ("meeting type", "Croatian"), FALSE },
  { "HU",    NC_ ("meeting type", "Hungarian"), FALSE },
  { "IS",    NC_ ("meeting type", "Icelandic"), FALSE },
  { "ITA",   NC_ ("meeting type", "Italian"), FALSE },
  { "JA",    NC_ ("meeting type", "Japanese"), FALSE },
  { "KA",    NC_ ("meeting type", "Georgian"), FALSE },
  { "KOR",   NC_ ("meeting type", "Korean"), FALSE },
  { "L",     NC_ ("meeting type", "Lesbian"), FALSE },
  { "LGBTQ", NC_ ("meeting type", "LGBTQ"), FALSE },
  { "LIT",   NC_ ("meeting type", "Literature"), FALSE },
  { "LS",    NC_ ("meeting type", "Living Sober"), FALSE },
  { "LT",    NC_ ("meeting type", "Lithuanian"), FALSE },
  { "M",     NC_ ("meeting type", "Men"), FALSE },
  { "MED",   NC_ ("meeting type", "Meditation"), FALSE },
  { "ML",    NC_ ("meeting type", "Malayalam"), FALSE },
  { "MT",    NC_ ("meeting type", "Maltese"), FALSE },
  { "N",     NC_ ("meeting type", "Native American"), FALSE },
  { "NB",    NC_ ("meeting type", "Non-Binary"), FALSE },
  { "NDG",   NC_ ("meeting type", "Indigenous"), FALSE },
  { "NE",    NC_ ("meeting type", "Nepali"), FALSE },
  { "NL",    NC_ ("meeting type", "Dutch"), FALSE },
  { "NO",    NC_ ("meeting type", "Norwegian"), FALSE },
  { "NS",    NC_ ("meeting type", "Non-Smoking"), TRUE },
  { "O",     NC_ ("meeting type", "Open"), FALSE },
  { "ONL",   NC_ ("meeting type", "Online"), TRUE },
  { "OUT",   NC_ ("meeting type", "Outdoor"), FALSE },
  { "P",     NC_ ("meeting type", "Professionals"), FALSE },
  { "POA",   NC_ ("meeting type", "Proof of Attendance"), FALSE },
  { "POC",   NC_ ("meeting type", "People of Color"), FALSE },
  { "POL",   NC_ ("meeting type", "Polish"), FALSE },
  { "POR",   NC_ ("meeting type", "Portuguese"), FALSE },
  { "PUN",   NC_ ("meeting type", "Punjabi"), FALSE },
  { "RUS",   NC_ ("meeting type", "Russian"), FALSE },
  { "S",     NC_ ("meeting type", "Spanish"), FALSE },
  { "SEN",   NC_ ("meeting type", "Seniors"), FALSE },
  { "SK",    NC_ ("meeting type", "Slovak"), FALSE },
  { "SL",    NC_ ("meeting type", "Slovenian"), FALSE },
  { "SM",    NC_ ("meeting type", "Smoking Permitted"), FALSE },
  { "SP",    NC_ ("meeting type", "Speaker"), FALSE },
  { "ST",    NC_ ("meeting type", "Step Study"), FALSE },
  { "SV",    NC_ ("meeting type", "Swedish"), FALSE },
  { "T",     NC_ ("meeting type", "Transgender"), FALSE },
  { "TC",    NC_ ("meeting type", "Location Temporarily Closed"), FALSE },
  { "TH",    NC_ ("meeting type", "Thai"), FALSE },
  { "TL",    NC_ ("meeting type", "Tagalog"), FALSE },
  { "TR",    NC_ ("meeting type", "Tradition Study"), FALSE },
  { "TUR",   NC_ ("meeting type", "Turkish"), FALSE },
  { "UK",    NC_ ("meeting type", "Ukrainian"), FALSE },
  { "W",     NC_ ("meeting type", "Women"), FALSE },
  { "X",     NC_ ("meeting type", "Wheelchair Access"), FALSE },
  { "XB",    NC_ ("meeting type", "Wheelchair-Accessible Bathroom"), FALSE },
  { "XT",    NC_ ("meeting type", "Cross Talk Permitted"), FALSE },
  { "Y",     NC_ ("meeting type", "Young People"), FALSE },
};

static int
compare_code (const void *key,
              const void *element)
{
  const MeetingType *type = element;

  return g_ascii_strcasecmp (key, type->code);
}

static const MeetingType *
lookup (const char *code)
{
  if (code == NULL || *code == '\0')
    return NULL;

  return bsearch (code, meeting_types, G_N_ELEMENTS (meeting_types),
                  sizeof (MeetingType), compare_code);
}

/**
 * rp_meeting_type_get_meaning:
 * @code: a type code such as "O" or "12x12"
 *
 * Returns: (nullable): what @code means, translated, or %NULL when @code is
 *   not a Meeting Guide code (a custom tag is shown as it is)
 */
const char *
rp_meeting_type_get_meaning (const char *code)
{
  const MeetingType *type = lookup (code);

  if (type == NULL)
    return NULL;

  return g_dpgettext2 (GETTEXT_PACKAGE, MEANING_CONTEXT, type->meaning);
}

gboolean
rp_meeting_type_is_known (const char *code)
{
  return lookup (code) != NULL;
}

/**
 * rp_meeting_type_get_canonical:
 * @code: a type code in any ASCII case
 *
 * Returns: (nullable): the code as the spec spells it ("onl" gives "ONL"),
 *   a static string, or %NULL for an unknown code
 */
const char *
rp_meeting_type_get_canonical (const char *code)
{
  const MeetingType *type = lookup (code);

  return type != NULL ? type->code : NULL;
}

/**
 * rp_meeting_type_is_legacy:
 * @code: a type code
 *
 * Returns: %TRUE for known codes the spec has retired ("NS", "ONL"); filter
 *   lists may leave them out
 */
gboolean
rp_meeting_type_is_legacy (const char *code)
{
  const MeetingType *type = lookup (code);

  return type != NULL && type->legacy;
}

/**
 * rp_meeting_type_get_codes:
 *
 * Returns: (transfer none): every known code, legacy ones included, in the
 *   table's order (alphabetical, ignoring case), %NULL-terminated
 */
const char * const *
rp_meeting_type_get_codes (void)
{
  static const char *codes[G_N_ELEMENTS (meeting_types) + 1];
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      for (gsize i = 0; i < G_N_ELEMENTS (meeting_types); i++)
        codes[i] = meeting_types[i].code;
      codes[G_N_ELEMENTS (meeting_types)] = NULL;
      g_once_init_leave (&initialized, 1);
    }

  return codes;
}

guint
rp_meeting_type_get_n_codes (void)
{
  return G_N_ELEMENTS (meeting_types);
}
