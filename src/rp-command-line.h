/* rp-command-line.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of the command line, so scripts can tell outcomes apart. */
typedef enum
{
  RP_EXIT_OK = 0,
  RP_EXIT_FAILURE = 1,
  RP_EXIT_USAGE = 2,
  RP_EXIT_NO_SPONSOR = 3,
  RP_EXIT_NOT_AVAILABLE = 4,
  RP_EXIT_REFUSED = 5,
} RpExitStatus;

gboolean rp_command_line_wants_data_command (GVariantDict *options);
int      rp_command_line_run_data_command   (GVariantDict *options);

G_END_DECLS
