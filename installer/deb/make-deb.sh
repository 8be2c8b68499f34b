#!/usr/bin/env bash
# Assembles setia_<version>_<arch>.deb from a jpackage app image (called by installer/build.sh deb).
#   make-deb.sh <app-image-dir> <version> <dest-dir>
# Why not jpackage --type deb: its maintainer scripts call xdg-desktop-menu and stop the install (half-configured
# package) on a system without desktop menu folders, and its control and doc files fail lintian. This package
# has no maintainer scripts at all: the menu entry, icons, command and man page are plain files that dpkg owns,
# and the desktop database and icon cache are refreshed by the triggers of the packages that own them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
image="$(readlink -f "$1")"
version="$2"
dest="$(readlink -f "$3")"
arch="$(dpkg --print-architecture)"
maintainer="${SETIA_MAINTAINER:-Setia maintainers <setia@setia.my>}"

root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT

# The app image, as jpackage made it, in /opt/setia.
mkdir -p "$root/opt"
cp -a "$image" "$root/opt/setia"
# Native code without symbols; plain files 0644, programs 0755 (jlink leaves its legal notices read-only).
while IFS= read -r -d '' f; do
    if [ "$(head -c 4 "$f" | od -An -c | tr -d ' ')" = '177ELF' ]; then
        strip --strip-unneeded "$f"
    fi
done < <(find "$root/opt/setia" -type f \( -name '*.so' -o -perm /111 \) -print0)
find "$root/opt/setia" -type f ! -perm /111 -exec chmod 0644 {} +
find "$root/opt/setia" -type f -perm /111 -exec chmod 0755 {} +
find "$root/opt/setia" -type f -name '*.so' -exec chmod 0644 {} +
# The jpackage icon copy is not used once the icon theme has it.
rm -f "$root/opt/setia/lib/Setia.png"

# The command on the PATH, the menu entry, the icon at every size, the manual page.
mkdir -p "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/man/man1" "$root/usr/share/doc/setia"
cp "$here/setia.sh" "$root/usr/bin/setia"   # a program: 0755 below
sed "s/@WMCLASS@/${SETIA_WMCLASS:-com.setia.app.SetiaApp}/" "$here/setia.desktop" > "$root/usr/share/applications/setia.desktop"
repo="$(cd "$here/../.." && pwd)"
for png in "$repo"/assets/icons/setia-*.png; do
    size="$(basename "$png" .png)"; size="${size#setia-}"
    mkdir -p "$root/usr/share/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/setia.png"
done
mkdir -p "$root/usr/share/icons/hicolor/scalable/apps"
cp "$repo/assets/icons/setia.svg" "$root/usr/share/icons/hicolor/scalable/apps/setia.svg"
gzip -9n < "$here/setia.1" > "$root/usr/share/man/man1/setia.1.gz"
cp "$here/copyright" "$root/usr/share/doc/setia/copyright"
date_r="$(date -R -u -d "@${SOURCE_DATE_EPOCH:-$(git -C "$repo" log -1 --format=%ct 2>/dev/null || date +%s)}")"
{
    echo "setia ($version) unstable; urgency=medium"
    echo
    echo "  * Release $version: see the project's git history for the changes."
    echo
    echo " -- $maintainer  $date_r"
} | gzip -9n > "$root/usr/share/doc/setia/changelog.gz"

find "$root" -type d -exec chmod 0755 {} +
find "$root/usr" -type f -exec chmod 0644 {} +
chmod 0755 "$root/usr/bin/setia"

# Depends: the libraries the bundled native code links to (as dpkg-shlibdeps finds them), plus GTK 3, which
# JavaFX opens at run time rather than linking to.
# Recommends: fonts for Tamil and Chinese. Customers' names are often written in those scripts; the letters embed
# their own fonts, but the screens draw with the system's fonts (JavaFX falls back through fontconfig), and a
# minimal Debian or Ubuntu install has neither script. apt installs recommended packages by default.
shlib_deps=""
if command -v dpkg-shlibdeps >/dev/null; then
    tmp="$(mktemp -d)"
    mkdir -p "$tmp/debian"
    printf 'Source: setia\n\nPackage: setia\nArchitecture: any\n' > "$tmp/debian/control"
    mapfile -t elves < <(find "$root/opt/setia" -type f \( -name '*.so' -o -path '*/bin/*' \))
    shlib_deps="$(cd "$tmp" && dpkg-shlibdeps -O --ignore-missing-info \
        -l"$root/opt/setia/lib/runtime/lib" -l"$root/opt/setia/lib/runtime/lib/server" \
        "${elves[@]}" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')"
    rm -rf "$tmp"
fi
case "$shlib_deps" in
    *libgtk-3-0*) depends="$shlib_deps" ;;
    *) depends="${shlib_deps:+$shlib_deps, }libgtk-3-0" ;;
esac

mkdir -p "$root/DEBIAN"
installed_size="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"
cat > "$root/DEBIAN/control" <<EOF
Package: setia
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $installed_size
Depends: $depends
Recommends: fonts-noto-core | fonts-lohit-taml, fonts-wqy-microhei | fonts-noto-cjk | fonts-droid-fallback
Section: misc
Priority: optional
Description: customer-care assistant for small shops
 Setia helps the owner of a small shop in Malaysia or Indonesia keep a book of
 customers, log complaints and cues of dissatisfaction, notice customers who go
 quiet, and walk through winning back the angry and the gone in four steps: act
 fast, apologise, explain and take responsibility, extend the olive branch.
 .
 It writes the owner's letters (apology, thank you, welcome back, voucher,
 notice of a rule change, address labels) in Malay, Indonesian or English, and
 keeps every letter exactly as it was sent. Everything stays on the PC.
EOF
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum) > "$root/DEBIAN/md5sums"
chmod 0644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"

out="$dest/setia_${version}_${arch}.deb"
fakeroot dpkg-deb --root-owner-group -Zxz --build "$root" "$out" >/dev/null
echo "Package: $out"
