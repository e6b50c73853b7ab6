#!/bin/sh
# Copyright 2026 The Reprieve developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks that every language in po/LINGUAS translates every string of the
# current sources: a fresh template is extracted from po/POTFILES.in, each
# .po file is merged with it, and any untranslated or fuzzy message, or any
# error msgfmt finds (bad format strings, bad header), fails the check.
#
#   check-translations.sh SOURCE_ROOT

set -u

root=${1:?usage: $0 SOURCE_ROOT}
cd "$root" || exit 1

for tool in xgettext msgmerge msgfmt msgattrib; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "check-translations: '$tool' not found; install gettext" >&2
    exit 1
  fi
done

tmpdir=$(mktemp -d) || exit 1
trap 'rm -rf "$tmpdir"' EXIT

sed -e 's/#.*//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' po/POTFILES.in |
  grep -v '^$' >"$tmpdir/POTFILES"

# The same keywords as the i18n module's "glib" preset (po/meson.build), plus
# ngettext. .ui files are read with GtkBuilder ITS rules, .desktop.in with
# xgettext's Desktop Entry parser, metainfo and gschema files with the ITS
# rules AppStream and GLib install in /usr/share/gettext/its.
# The c-format flags let msgfmt --check compare the format strings.
if ! xgettext --from-code=UTF-8 --add-comments --no-wrap \
       --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
       --keyword=ngettext:1,2 --keyword=g_dngettext:2,3 \
       --keyword=g_dcgettext:2 --keyword=g_dpgettext2:2c,3 \
       --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format \
       --flag=NC_:2:pass-c-format --flag=g_dngettext:2:pass-c-format \
       --flag=g_strdup_printf:1:c-format --flag=g_string_printf:2:c-format \
       --flag=g_string_append_printf:2:c-format --flag=g_error_new:3:c-format \
       --flag=g_set_error:4:c-format --flag=g_markup_printf_escaped:1:c-format \
       --flag=g_log:3:c-format --flag=g_print:1:c-format \
       --flag=g_printerr:1:c-format --flag=g_printf:1:c-format \
       --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format \
       --flag=g_snprintf:3:c-format \
       --package-name=reprieve \
       --files-from="$tmpdir/POTFILES" --output="$tmpdir/reprieve.pot"; then
  echo "check-translations: xgettext failed" >&2
  exit 1
fi

status=0

# A listed file that gives no string is either listed in vain or not
# understood by xgettext; both need a look.
while IFS= read -r file; do
  if ! grep '^#:' "$tmpdir/reprieve.pot" | grep -qF " $file:"; then
    echo "xgettext extracted no string from $file (listed in po/POTFILES.in)"
    status=1
  fi
done <"$tmpdir/POTFILES"

languages=$(sed -e 's/#.*//' po/LINGUAS | tr -s '[:space:]' ' ' | sed 's/^ //; s/ $//')
if [ -z "$languages" ]; then
  echo "po/LINGUAS lists no language"
  exit $status
fi

for lang in $languages; do
  po=po/$lang.po
  if [ ! -f "$po" ]; then
    echo "$lang: $po does not exist (listed in po/LINGUAS)"
    status=1
    continue
  fi

  merged=$tmpdir/$lang.po
  if ! msgmerge --quiet --no-wrap "$po" "$tmpdir/reprieve.pot" -o "$merged"; then
    echo "$lang: msgmerge failed"
    status=1
    continue
  fi

  # msgfmt prints e.g. "12 translated messages, 1 fuzzy translation, 2
  # untranslated messages." and fails on errors.
  # Line numbers in its messages are those of the merged copy.
  if stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$merged" 2>&1); then
    echo "$lang: $stats" | sed "s|$merged|$po (merged)|g"
  else
    echo "$lang: msgfmt --check failed:"
    echo "$stats" | sed -e "s|$merged|$po (merged)|g" -e 's/^/  /'
    status=1
  fi

  untranslated=$(msgattrib --untranslated --no-obsolete --no-wrap "$merged" |
                 grep '^msgid ' | grep -v '^msgid ""$')
  if [ -n "$untranslated" ]; then
    echo "$lang: untranslated:"
    echo "$untranslated" | sed 's/^/  /'
    status=1
  fi
  fuzzy=$(msgattrib --only-fuzzy --no-obsolete --no-wrap "$merged" |
          grep '^msgid ' | grep -v '^msgid ""$')
  if [ -n "$fuzzy" ]; then
    echo "$lang: fuzzy (needs review):"
    echo "$fuzzy" | sed 's/^/  /'
    status=1
  fi
  # Desktop file keywords are a list: the translation must keep the
  # semicolons, or all the terms become one.
  keywords=$(awk '
    /^msgid "/  { id = $0; sub(/^msgid /, "", id); next }
    /^msgstr "/ { str = $0; sub(/^msgstr /, "", str)
                  if (id ~ /;"$/ && str != "\"\"" && str !~ /;"$/) print "  msgid " id " -> msgstr " str }
  ' "$merged")
  if [ -n "$keywords" ]; then
    echo "$lang: these translations must end with a semicolon like the original:"
    echo "$keywords"
    status=1
  fi
  # Belt and braces, in case a message slipped past the lists above.
  case $stats in
    *untranslated*|*fuzzy*) status=1 ;;
  esac
done

exit $status
