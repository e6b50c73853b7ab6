/* rp-vcard-card.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the rp-vcard module (src/vcard) hands to the core: plain C data, no
 * GType. The module links EVCard but never rp-core, so nothing here may
 * depend on a type registered by either side. Strings are UTF-8, allocated
 * with GLib; the structures are freed with rp_vcard_card_free(), which
 * both sides can call because both share the process's GLib. */

/* The most cards one file may hold: a whole phone's address book fits. */
#define RP_VCARD_MAX_CARDS 10000

/* The symbol the module exports, of type RpVcardParseFunc. */
#define RP_VCARD_PARSE_SYMBOL "rp_vcard_module_parse"

/**
 * RpVcardPhone:
 * @type: (nullable): the first TYPE the number carries that Reprieve
 *   knows, in lower case: "cell", "home", "work", "voice", "fax", "pager",
 *   "text"..., or %NULL
 * @number: the number as written, a `tel:` URI's number without its
 *   parameters
 */
typedef struct
{
  char *type;
  char *number;
} RpVcardPhone;

/**
 * RpVcardCard:
 * @readable: %FALSE when EVCard found nothing in the card
 * @full_name: (nullable): FN, else the parts of N joined by spaces
 * @uid: (nullable): UID
 * @note: (nullable): the first NOTE
 * @emails: (element-type utf8): every EMAIL, in order
 * @phones: (element-type RpVcardPhone): every TEL, in order
 */
typedef struct
{
  gboolean   readable;
  char      *full_name;
  char      *uid;
  char      *note;
  GPtrArray *emails;
  GPtrArray *phones;
} RpVcardCard;

/**
 * RpVcardParseFunc:
 * @text: the file's bytes, not necessarily NUL-terminated or UTF-8
 * @length: the number of bytes
 * @max_cards: stop after this many cards
 * @out_n_cards: (out): the number of BEGIN:VCARD blocks seen, up to
 *   @max_cards + 1 (so the caller can tell the file holds too many)
 *
 * Returns: (transfer full) (element-type RpVcardCard): one card per
 *   BEGIN:VCARD ... END:VCARD block, in the file's order; the array frees
 *   its cards
 */
typedef GPtrArray *(*RpVcardParseFunc) (const char *text,
                                        gsize       length,
                                        guint       max_cards,
                                        guint      *out_n_cards);

static inline void
rp_vcard_phone_free (RpVcardPhone *phone)
{
  if (phone == NULL)
    return;

  g_free (phone->type);
  g_free (phone->number);
  g_free (phone);
}

static inline void
rp_vcard_card_free (RpVcardCard *card)
{
  if (card == NULL)
    return;

  g_free (card->full_name);
  g_free (card->uid);
  g_free (card->note);
  g_clear_pointer (&card->emails, g_ptr_array_unref);
  g_clear_pointer (&card->phones, g_ptr_array_unref);
  g_free (card);
}

static inline RpVcardCard *
rp_vcard_card_new (void)
{
  RpVcardCard *card = g_new0 (RpVcardCard, 1);

  card->emails = g_ptr_array_new_with_free_func (g_free);
  card->phones = g_ptr_array_new_with_free_func ((GDestroyNotify) rp_vcard_phone_free);

  return card;
}

G_END_DECLS
