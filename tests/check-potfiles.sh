#!/bin/sh
# Copyright 2026 The Reprieve developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks that po/POTFILES.in lists every file with translatable strings, and
# no file that does not exist. Files listed in po/POTFILES.skip (if any) are
# known not to need translation and are left out.
#
#   check-potfiles.sh SOURCE_ROOT

set -u

root=${1:?usage: $0 SOURCE_ROOT}
cd "$root" || exit 1

potfiles=po/POTFILES.in
if [ ! -f "$potfiles" ]; then
  echo "check-potfiles: $potfiles not found" >&2
  exit 1
fi

tmpdir=$(mktemp -d) || exit 1
trap 'rm -rf "$tmpdir"' EXIT

# The lists of file names, one per line: what POTFILES.in (and .skip) say,
# without comments, blank lines or intltool-style "[type: ...]" prefixes.
list_names ()
{
  sed -e 's/#.*//' -e 's/^[[:space:]]*\[[^]]*\][[:space:]]*//' \
      -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' "$1" | grep -v '^$'
}

list_names "$potfiles" | sort >"$tmpdir/listed"
if [ -f po/POTFILES.skip ]; then
  list_names po/POTFILES.skip | sort >"$tmpdir/skipped"
else
  : >"$tmpdir/skipped"
fi

# Every file of the project: tracked or new (not ignored) in a git checkout,
# otherwise everything outside .git, subprojects and meson build folders.
if git rev-parse --is-inside-work-tree >/dev/null 2>&1 &&
   [ "$(git rev-parse --show-toplevel 2>/dev/null)" = "$(pwd -P)" ]; then
  git ls-files --cached --others --exclude-standard >"$tmpdir/all" || exit 1
else
  find . \( -name .git -o -name subprojects -o -name .flatpak-builder \
            -o \( -type d -exec test -d '{}/meson-private' \; \) \) -prune \
         -o -type f -print |
    sed 's|^\./||' >"$tmpdir/all"
fi

# Which of them hold translatable strings.
: >"$tmpdir/needed"
sort -u "$tmpdir/all" | while IFS= read -r file; do
  [ -f "$file" ] || continue          # deleted but still in the git index
  case $file in
    *.c|*.h)
      if grep -Eq '(^|[^A-Za-z0-9_])(_|N_|C_|NC_)[[:space:]]*\([[:space:]]*"|(^|[^A-Za-z0-9_])(g_d?n?gettext|d?ngettext|g_dpgettext2?)[[:space:]]*\(' "$file"; then
        echo "$file"
      fi
      ;;
    *.ui)
      if grep -q 'translatable="yes"' "$file"; then
        echo "$file"
      fi
      ;;
    *.desktop.in|*.metainfo.xml.in|*.appdata.xml.in|*.gschema.xml)
      echo "$file"
      ;;
  esac
done | sort >"$tmpdir/found"
comm -23 "$tmpdir/found" "$tmpdir/skipped" >"$tmpdir/needed"

status=0

missing=$(comm -23 "$tmpdir/needed" "$tmpdir/listed")
if [ -n "$missing" ]; then
  echo "Files with translatable strings missing from $potfiles:"
  echo "$missing" | sed 's/^/  /'
  status=1
fi

while IFS= read -r file; do
  if [ ! -f "$file" ]; then
    echo "$potfiles lists a file that does not exist: $file"
    status=1
  fi
done <"$tmpdir/listed"

duplicates=$(uniq -d "$tmpdir/listed")
if [ -n "$duplicates" ]; then
  echo "$potfiles lists these files more than once:"
  echo "$duplicates" | sed 's/^/  /'
  status=1
fi

if [ $status -eq 0 ]; then
  echo "$potfiles lists all $(wc -l <"$tmpdir/needed") files with translatable strings"
fi
exit $status
