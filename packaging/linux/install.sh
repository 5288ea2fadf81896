#!/bin/sh
# Install the n3desk bundle this script sits in: for every user (run as root) or,
# with --user, for yourself only. --uninstall (with or without --user) removes it.
#   sudo ./install.sh            -> /opt/n3desk, /usr/local/bin/n3desk, menu entry
#   ./install.sh --user          -> ~/.local/opt/n3desk, ~/.local/bin/n3desk
# The program goes apart from the library (~/.local/share/n3desk), which is never touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
user=no; uninstall=no
for arg in "$@"; do
  case "$arg" in
    --user) user=yes ;;
    --uninstall) uninstall=yes ;;
    *) echo "usage: $0 [--user] [--uninstall]" >&2; exit 2 ;;
  esac
done
if [ "$user" = yes ]; then
  share="${XDG_DATA_HOME:-$HOME/.local/share}"; bin="$HOME/.local/bin"; app="$HOME/.local/opt/n3desk"
else
  share=/usr/local/share; bin=/usr/local/bin; app=/opt/n3desk
fi
sizes="16 32 48 64 128 256 512"
# Only what this script put there: never a folder that is not an n3desk bundle.
if [ -e "$app" ] && ! { [ -f "$app/n3desk" ] && [ -d "$app/_internal" ]; }; then
  echo "$app exists and is not an n3desk bundle: not touching it" >&2; exit 1
fi

rm -f "$bin/n3desk" "$share/applications/n3desk.desktop" \
      "$share/icons/hicolor/scalable/apps/n3desk.svg"
for size in $sizes; do rm -f "$share/icons/hicolor/${size}x${size}/apps/n3desk.png"; done
rm -rf "$app/_internal" "$app/n3desk"
[ -d "$app" ] && rmdir "$app" 2>/dev/null || true
if [ "$uninstall" = yes ]; then echo "n3desk removed from $app"; exit 0; fi

mkdir -p "$app" "$bin" "$share/applications" "$share/icons/hicolor/scalable/apps"
cp -R "$here/n3desk" "$here/_internal" "$app/"
ln -s "$app/n3desk" "$bin/n3desk"
sed "s|^Exec=.*|Exec=$app/n3desk|; s|^TryExec=.*|TryExec=$app/n3desk|" \
  "$here/share/applications/n3desk.desktop" > "$share/applications/n3desk.desktop"
cp "$here/share/icons/hicolor/scalable/apps/n3desk.svg" "$share/icons/hicolor/scalable/apps/"
for size in $sizes; do
  mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
  cp "$here/share/icons/hicolor/${size}x${size}/apps/n3desk.png" \
     "$share/icons/hicolor/${size}x${size}/apps/"
done
command -v update-desktop-database >/dev/null && update-desktop-database "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
echo "n3desk installed in $app; start it from the menu or with: $bin/n3desk"
