#!/usr/bin/env bash
# Installs the build into a temporary folder and checks that everything a
# desktop needs is in place and that the installed binary runs.
set -euo pipefail

build_dir=$1
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT

meson install -C "$build_dir" --destdir "$dest" --no-rebuild --quiet >/dev/null

prefix=$(meson introspect "$build_dir" --buildoptions | python3 -c 'import json,sys; print([o["value"] for o in json.load(sys.stdin) if o["name"]=="prefix"][0])')
root="$dest$prefix"
status=0

for f in \
  bin/electors \
  share/applications/io.github.electors.Electors.desktop \
  share/metainfo/io.github.electors.Electors.metainfo.xml \
  share/glib-2.0/schemas/io.github.electors.Electors.gschema.xml \
  share/mime/packages/io.github.electors.Electors.mime.xml \
  share/icons/hicolor/scalable/apps/io.github.electors.Electors.svg \
  share/icons/hicolor/symbolic/apps/io.github.electors.Electors-symbolic.svg
do
  if [ ! -e "$root/$f" ]; then
    echo "missing after install: $f"
    status=1
  fi
done

# Both document types open with a double-click: the desktop file claims
# them and the shared-mime-info package declares them with their globs.
for type in application/x-electors-scenario:electors application/x-electors-lesson:electors-lesson; do
  mime=${type%%:*}
  glob=${type#*:}
  if ! grep -q "^MimeType=.*$mime;" "$root/share/applications/io.github.electors.Electors.desktop"; then
    echo "the desktop file does not open $mime"
    status=1
  fi
  if ! python3 - "$root/share/mime/packages/io.github.electors.Electors.mime.xml" "$mime" "*.$glob" <<'PY'
import sys
import xml.etree.ElementTree as ET
ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
root = ET.parse(sys.argv[1]).getroot()
types = {t.get("type"): [g.get("pattern") for g in t.findall("m:glob", ns)] for t in root.findall("m:mime-type", ns)}
sys.exit(0 if sys.argv[3] in types.get(sys.argv[2], []) else 1)
PY
  then
    echo "the MIME package does not declare $mime as *.$glob"
    status=1
  fi
done

# The installed app answers without a display.
env -u DISPLAY -u WAYLAND_DISPLAY "$root/bin/electors" --version | grep -q '^electors '
env -u DISPLAY -u WAYLAND_DISPLAY "$root/bin/electors" --summary --election 2016 | grep -q '"electoral_votes" : 304'

exit $status
