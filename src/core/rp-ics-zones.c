/* rp-ics-zones.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-import-ics"

#include "config.h"

#include <string.h>

#include "rp-ics-zones.h"
#include "rp-schedule-private.h"

/* Maps the TZIDs of an .ics file to zones of the system's database, by
 * name only. A VTIMEZONE's rules are never read: libical 3.0 can take
 * minutes to expand hostile ones, and the system's data is more current
 * than a file's copy anyway. A TZID is taken when it is an IANA name
 * ("America/New_York"), ends in one after a path-like prefix
 * ("/freeassociation.sourceforge.net/Tzfile/Europe/London",
 * "/mozilla.org/20050126_1/Asia/Kolkata"), when its VTIMEZONE names one
 * in X-LIC-LOCATION, or when it is a Windows zone name as Outlook and
 * Exchange write them ("Eastern Standard Time"). Anything else is
 * unknown, and the event using it is skipped. */

/* Windows zone names and their IANA zones, after the Unicode CLDR's
 * windowsZones table (the "001" territory). */
static const struct
{
  const char *windows;
  const char *iana;
} windows_zones[] = {
  { "Dateline Standard Time", "Etc/GMT+12" },
  { "UTC-11", "Etc/GMT+11" },
  { "Aleutian Standard Time", "America/Adak" },
  { "Hawaiian Standard Time", "Pacific/Honolulu" },
  { "Marquesas Standard Time", "Pacific/Marquesas" },
  { "Alaskan Standard Time", "America/Anchorage" },
  { "UTC-09", "Etc/GMT+9" },
  { "Pacific Standard Time (Mexico)", "America/Tijuana" },
  { "UTC-08", "Etc/GMT+8" },
  { "Pacific Standard Time", "America/Los_Angeles" },
  { "US Mountain Standard Time", "America/Phoenix" },
  { "Mountain Standard Time (Mexico)", "America/Mazatlan" },
  { "Mountain Standard Time", "America/Denver" },
  { "Yukon Standard Time", "America/Whitehorse" },
  { "Central America Standard Time", "America/Guatemala" },
  { "Central Standard Time", "America/Chicago" },
  { "Easter Island Standard Time", "Pacific/Easter" },
  { "Central Standard Time (Mexico)", "America/Mexico_City" },
  { "Canada Central Standard Time", "America/Regina" },
  { "SA Pacific Standard Time", "America/Bogota" },
  { "Eastern Standard Time (Mexico)", "America/Cancun" },
  { "Eastern Standard Time", "America/New_York" },
  { "Haiti Standard Time", "America/Port-au-Prince" },
  { "Cuba Standard Time", "America/Havana" },
  { "US Eastern Standard Time", "America/Indiana/Indianapolis" },
  { "Turks And Caicos Standard Time", "America/Grand_Turk" },
  { "Paraguay Standard Time", "America/Asuncion" },
  { "Atlantic Standard Time", "America/Halifax" },
  { "Venezuela Standard Time", "America/Caracas" },
  { "Central Brazilian Standard Time", "America/Cuiaba" },
  { "SA Western Standard Time", "America/La_Paz" },
  { "Pacific SA Standard Time", "America/Santiago" },
  { "Newfoundland Standard Time", "America/St_Johns" },
  { "Tocantins Standard Time", "America/Araguaina" },
  { "E. South America Standard Time", "America/Sao_Paulo" },
  { "SA Eastern Standard Time", "America/Cayenne" },
  { "Argentina Standard Time", "America/Argentina/Buenos_Aires" },
  { "Greenland Standard Time", "America/Nuuk" },
  { "Montevideo Standard Time", "America/Montevideo" },
  { "Magallanes Standard Time", "America/Punta_Arenas" },
  { "Saint Pierre Standard Time", "America/Miquelon" },
  { "Bahia Standard Time", "America/Bahia" },
  { "UTC-02", "Etc/GMT+2" },
  { "Azores Standard Time", "Atlantic/Azores" },
  { "Cape Verde Standard Time", "Atlantic/Cape_Verde" },
  { "UTC", "Etc/UTC" },
  { "GMT Standard Time", "Europe/London" },
  { "Greenwich Standard Time", "Atlantic/Reykjavik" },
  { "Sao Tome Standard Time", "Africa/Sao_Tome" },
  { "Morocco Standard Time", "Africa/Casablanca" },
  { "W. Europe Standard Time", "Europe/Berlin" },
  { "Central Europe Standard Time", "Europe/Budapest" },
  { "Romance Standard Time", "Europe/Paris" },
  { "Central European Standard Time", "Europe/Warsaw" },
  { "W. Central Africa Standard Time", "Africa/Lagos" },
  { "Jordan Standard Time", "Asia/Amman" },
  { "GTB Standard Time", "Europe/Bucharest" },
  { "Middle East Standard Time", "Asia/Beirut" },
  { "Egypt Standard Time", "Africa/Cairo" },
  { "E. Europe Standard Time", "Europe/Chisinau" },
  { "Syria Standard Time", "Asia/Damascus" },
  { "West Bank Standard Time", "Asia/Hebron" },
  { "South Africa Standard Time", "Africa/Johannesburg" },
  { "FLE Standard Time", "Europe/Kyiv" },
  { "Israel Standard Time", "Asia/Jerusalem" },
  { "South Sudan Standard Time", "Africa/Juba" },
  { "Kaliningrad Standard Time", "Europe/Kaliningrad" },
  { "Sudan Standard Time", "Africa/Khartoum" },
  { "Libya Standard Time", "Africa/Tripoli" },
  { "Namibia Standard Time", "Africa/Windhoek" },
  { "Arabic Standard Time", "Asia/Baghdad" },
  { "Turkey Standard Time", "Europe/Istanbul" },
  { "Arab Standard Time", "Asia/Riyadh" },
  { "Belarus Standard Time", "Europe/Minsk" },
  { "Russian Standard Time", "Europe/Moscow" },
  { "E. Africa Standard Time", "Africa/Nairobi" },
  { "Volgograd Standard Time", "Europe/Volgograd" },
  { "Iran Standard Time", "Asia/Tehran" },
  { "Arabian Standard Time", "Asia/Dubai" },
  { "Astrakhan Standard Time", "Europe/Astrakhan" },
  { "Azerbaijan Standard Time", "Asia/Baku" },
  { "Russia Time Zone 3", "Europe/Samara" },
  { "Mauritius Standard Time", "Indian/Mauritius" },
  { "Saratov Standard Time", "Europe/Saratov" },
  { "Georgian Standard Time", "Asia/Tbilisi" },
  { "Caucasus Standard Time", "Asia/Yerevan" },
  { "Afghanistan Standard Time", "Asia/Kabul" },
  { "West Asia Standard Time", "Asia/Tashkent" },
  { "Ekaterinburg Standard Time", "Asia/Yekaterinburg" },
  { "Pakistan Standard Time", "Asia/Karachi" },
  { "Qyzylorda Standard Time", "Asia/Qyzylorda" },
  { "India Standard Time", "Asia/Kolkata" },
  { "Sri Lanka Standard Time", "Asia/Colombo" },
  { "Nepal Standard Time", "Asia/Kathmandu" },
  { "Central Asia Standard Time", "Asia/Almaty" },
  { "Bangladesh Standard Time", "Asia/Dhaka" },
  { "Omsk Standard Time", "Asia/Omsk" },
  { "Myanmar Standard Time", "Asia/Yangon" },
  { "SE Asia Standard Time", "Asia/Bangkok" },
  { "Altai Standard Time", "Asia/Barnaul" },
  { "W. Mongolia Standard Time", "Asia/Hovd" },
  { "North Asia Standard Time", "Asia/Krasnoyarsk" },
  { "N. Central Asia Standard Time", "Asia/Novosibirsk" },
  { "Tomsk Standard Time", "Asia/Tomsk" },
  { "China Standard Time", "Asia/Shanghai" },
  { "North Asia East Standard Time", "Asia/Irkutsk" },
  { "Singapore Standard Time", "Asia/Singapore" },
  { "W. Australia Standard Time", "Australia/Perth" },
  { "Taipei Standard Time", "Asia/Taipei" },
  { "Ulaanbaatar Standard Time", "Asia/Ulaanbaatar" },
  { "Aus Central W. Standard Time", "Australia/Eucla" },
  { "Transbaikal Standard Time", "Asia/Chita" },
  { "Tokyo Standard Time", "Asia/Tokyo" },
  { "North Korea Standard Time", "Asia/Pyongyang" },
  { "Korea Standard Time", "Asia/Seoul" },
  { "Yakutsk Standard Time", "Asia/Yakutsk" },
  { "Cen. Australia Standard Time", "Australia/Adelaide" },
  { "AUS Central Standard Time", "Australia/Darwin" },
  { "E. Australia Standard Time", "Australia/Brisbane" },
  { "AUS Eastern Standard Time", "Australia/Sydney" },
  { "West Pacific Standard Time", "Pacific/Port_Moresby" },
  { "Tasmania Standard Time", "Australia/Hobart" },
  { "Vladivostok Standard Time", "Asia/Vladivostok" },
  { "Lord Howe Standard Time", "Australia/Lord_Howe" },
  { "Bougainville Standard Time", "Pacific/Bougainville" },
  { "Russia Time Zone 10", "Asia/Srednekolymsk" },
  { "Magadan Standard Time", "Asia/Magadan" },
  { "Norfolk Standard Time", "Pacific/Norfolk" },
  { "Sakhalin Standard Time", "Asia/Sakhalin" },
  { "Central Pacific Standard Time", "Pacific/Guadalcanal" },
  { "Russia Time Zone 11", "Asia/Kamchatka" },
  { "New Zealand Standard Time", "Pacific/Auckland" },
  { "UTC+12", "Etc/GMT-12" },
  { "Fiji Standard Time", "Pacific/Fiji" },
  { "Chatham Islands Standard Time", "Pacific/Chatham" },
  { "UTC+13", "Etc/GMT-13" },
  { "Tonga Standard Time", "Pacific/Tongatapu" },
  { "Samoa Standard Time", "Pacific/Apia" },
  { "Line Islands Standard Time", "Pacific/Kiritimati" },
};

/* A path-like prefix has at most this many parts before the zone. */
#define MAX_PREFIX_PARTS 8

struct _RpIcsZones
{
  /* IANA name → itself when the system knows it, absent otherwise;
   * unknown names are in @unknown so each is looked up once. */
  GHashTable *known;
  GHashTable *unknown;
  /* The current calendar's VTIMEZONEs: TZID → X-LIC-LOCATION or "". */
  GHashTable *vtimezones;
  /* TZID → resolved IANA name or "" (unknown), for the current calendar. */
  GHashTable *resolved;
};

RpIcsZones *
rp_ics_zones_new (void)
{
  RpIcsZones *self = g_new0 (RpIcsZones, 1);

  self->known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->unknown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->vtimezones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->resolved = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  return self;
}

void
rp_ics_zones_free (RpIcsZones *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->known);
  g_hash_table_unref (self->unknown);
  g_hash_table_unref (self->vtimezones);
  g_hash_table_unref (self->resolved);
  g_free (self);
}

/* Returns the name as kept in the table, or NULL when the system does not
 * have that zone. */
static const char *
known_zone (RpIcsZones *self,
            const char *name)
{
  const char *kept;
  GTimeZone *time_zone;

  if (name[0] == '\0' || strlen (name) > RP_ICS_MAX_TZID_BYTES)
    return NULL;

  kept = g_hash_table_lookup (self->known, name);
  if (kept != NULL)
    return kept;
  if (g_hash_table_contains (self->unknown, name))
    return NULL;

  time_zone = rp_schedule_load_time_zone (name, NULL);
  if (time_zone == NULL)
    {
      g_hash_table_add (self->unknown, g_strdup (name));
      return NULL;
    }
  g_time_zone_unref (time_zone);

  kept = g_strdup (name);
  g_hash_table_insert (self->known, (char *) kept, (char *) kept);

  return kept;
}

/* The name itself, or the part after any of its first slashes. */
static const char *
known_zone_or_suffix (RpIcsZones *self,
                      const char *name)
{
  const char *zone = known_zone (self, name);
  const char *slash = name;

  for (guint i = 0; zone == NULL && i < MAX_PREFIX_PARTS; i++)
    {
      slash = strchr (slash, '/');
      if (slash == NULL)
        break;
      slash++;
      zone = known_zone (self, slash);
    }

  return zone;
}

const char *
rp_ics_zones_from_windows_name (const char *windows_name)
{
  for (gsize i = 0; i < G_N_ELEMENTS (windows_zones); i++)
    if (g_ascii_strcasecmp (windows_name, windows_zones[i].windows) == 0)
      return windows_zones[i].iana;

  return NULL;
}

/* For tests: the table's entries, until it returns NULL. */
const char *
rp_ics_zones_get_windows_entry (guint        index,
                                const char **iana_name)
{
  if (index >= G_N_ELEMENTS (windows_zones))
    return NULL;

  *iana_name = windows_zones[index].iana;

  return windows_zones[index].windows;
}

void
rp_ics_zones_add_vtimezone (RpIcsZones *self,
                            const char *tzid,
                            const char *location)
{
  g_return_if_fail (tzid != NULL);

  if (strlen (tzid) > RP_ICS_MAX_TZID_BYTES)
    return;

  g_hash_table_replace (self->vtimezones, g_strdup (tzid), g_strdup (location != NULL ? location : ""));
  g_hash_table_remove_all (self->resolved);
}

/* Each calendar in a file has its own VTIMEZONEs. */
void
rp_ics_zones_clear_vtimezones (RpIcsZones *self)
{
  g_hash_table_remove_all (self->vtimezones);
  g_hash_table_remove_all (self->resolved);
}

static const char *
resolve (RpIcsZones *self,
         const char *tzid)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (tzid));
  const char *location;
  const char *zone;

  zone = known_zone_or_suffix (self, trimmed);
  if (zone != NULL)
    return zone;

  location = g_hash_table_lookup (self->vtimezones, tzid);
  if (location != NULL && location[0] != '\0')
    {
      g_autofree char *trimmed_location = g_strstrip (g_strdup (location));

      zone = known_zone_or_suffix (self, trimmed_location);
      if (zone != NULL)
        return zone;
    }

  zone = rp_ics_zones_from_windows_name (trimmed);
  if (zone != NULL)
    return known_zone (self, zone);

  return NULL;
}

/**
 * rp_ics_zones_resolve:
 * @self: the importer's zones
 * @tzid: a TZID parameter's value
 *
 * Returns: (nullable): the IANA zone @tzid stands for, owned by @self, or
 *   %NULL when it is not one the system knows
 */
const char *
rp_ics_zones_resolve (RpIcsZones *self,
                      const char *tzid)
{
  const char *resolved;
  const char *zone;

  g_return_val_if_fail (self != NULL, NULL);

  if (tzid == NULL || tzid[0] == '\0' || strlen (tzid) > RP_ICS_MAX_TZID_BYTES)
    return NULL;

  resolved = g_hash_table_lookup (self->resolved, tzid);
  if (resolved != NULL)
    return resolved[0] != '\0' ? resolved : NULL;

  zone = resolve (self, tzid);
  g_hash_table_insert (self->resolved, g_strdup (tzid), g_strdup (zone != NULL ? zone : ""));

  return zone;
}
