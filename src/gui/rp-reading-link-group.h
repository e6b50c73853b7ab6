/* rp-reading-link-group.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RP_TYPE_READING_LINK_GROUP (rp_reading_link_group_get_type ())

/* The reading editor's link: a web address (https only) or a document on
 * this computer (Choose File…), checked as the user types with the
 * message under the field. Signals: "changed" (typed, or a document
 * chosen or removed) and "document-chosen" (GFile). */
G_DECLARE_FINAL_TYPE (RpReadingLinkGroup, rp_reading_link_group,
                      RP, READING_LINK_GROUP, AdwPreferencesGroup)

/* A web address goes in the entry, a file:// one is the document. */
void  rp_reading_link_group_set_uri      (RpReadingLinkGroup *self,
                                          const char         *uri);
void  rp_reading_link_group_set_document (RpReadingLinkGroup *self,
                                          GFile              *file);
/* What was typed or chosen, as is: what "modified" compares. */
char *rp_reading_link_group_dup_text     (RpReadingLinkGroup *self);
/* The address to save, or NULL with the reason shown under the field (a
 * hint, not an error, while nothing was typed unless @insist). */
char *rp_reading_link_group_check        (RpReadingLinkGroup *self,
                                          gboolean            insist);
/* A problem found later (by rp_reading_validate()). */
void  rp_reading_link_group_show_problem (RpReadingLinkGroup *self,
                                          const char         *message);

G_END_DECLS
