/* rp-daily-reading.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rp-reading.h"

G_BEGIN_DECLS

/* The values of the `daily-reading-order` setting's enum. */
typedef enum
{
  RP_DAILY_READING_IN_ORDER = 0,
  RP_DAILY_READING_BY_DATE = 1,
  RP_DAILY_READING_RANDOM_FAVOURITE = 2,
} RpDailyReadingOrder;

/* Pure; the day is injected.
 * - IN_ORDER: the collection's readings one a day in their order, the
 *   first on @start, going round again after the last (days before @start
 *   count backwards round the same circle).
 * - BY_DATE: the entry dated @day's month and day; when the collection has
 *   none for that date (February 29 in most years, an undated collection)
 *   it falls back to IN_ORDER.
 * - RANDOM_FAVOURITE: one of @favourites (any collection), the same all
 *   day and chosen afresh each day, never yesterday's when there are two or
 *   more; with no favourites it falls back to IN_ORDER.
 * Links count like texts. Returns (transfer none) an item of @readings or
 * @favourites, or NULL when there is nothing to choose from. */
RpReading *rp_daily_reading_choose (GPtrArray           *readings,
                                    GPtrArray           *favourites,
                                    RpDailyReadingOrder  order,
                                    const GDate         *start,
                                    const GDate         *day);

G_END_DECLS
