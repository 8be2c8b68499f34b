#!/usr/bin/env bash
# CI: builds the app image (and the .deb where dpkg-deb and fakeroot exist), then starts the app image under a
# virtual display and checks that Setia's main window appears, with the window class the menu entry names, no
# JavaFX configuration warning and no native-library cache in the user's home. The .deb is checked with dpkg-deb
# (contents) and, when this runs as root in a throw-away container, installed and removed with dpkg.
# Run after `mvn verify` (see .ci/run). Needs: xvfb, xdotool, x11-utils (xprop), libgtk-3-0.
set -euo pipefail
cd "$(dirname "$0")/.."

display=":${CI_DISPLAY:-91}"
work="$(mktemp -d)"
xvfb_pid=""
app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "installer check FAILED: $*" >&2; exit 1; }

type=app-image
if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
    type=deb
fi
bash installer/build.sh "$type"
image=target/installer/Setia
[ -x "$image/bin/Setia" ] || fail "no launcher in $image/bin"

# The launcher's settings carry no terminal colour codes and the memory settings.
cfg="$image/lib/app/Setia.cfg"
if LC_ALL=C grep -q $'\e' "$cfg"; then fail "escape characters in $cfg"; fi
for flag in -Xmx256m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=2000 -Dprism.order=sw; do
    grep -q -- "$flag" "$cfg" || fail "no $flag in $cfg"
done
# The runtime is jlink's, not a whole JDK: no compiler, JavaFX inside as modules, Malay locale data present.
runtime="$image/lib/runtime"
[ ! -e "$runtime/bin/javac" ] || fail "the runtime has javac: not a jlink runtime"
modules="$(cat "$runtime/release")"
for m in javafx.controls jdk.localedata java.sql; do
    grep -q "$m" <<<"$modules" || fail "module $m missing from the runtime"
done
if grep -q 'jdk.compiler' <<<"$modules"; then fail "jdk.compiler in the runtime"; fi

# Start it on a virtual display, with an empty home and data folder.
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
sleep 1
DISPLAY="$display" "$image/bin/Setia" --data-dir="$work/data" >"$work/app.log" 2>&1 &
app_pid=$!
window=""
for _ in $(seq 1 120); do
    window="$(DISPLAY="$display" xdotool search --onlyvisible --name '^Setia' 2>/dev/null | head -1 || true)"
    [ -n "$window" ] && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; fail "the app exited before showing a window"; }
    sleep 0.5
done
[ -n "$window" ] || { cat "$work/app.log" >&2; fail "no Setia window within 60 s"; }
echo "Window up: $(DISPLAY="$display" xdotool getwindowname "$window")"
wmclass="$(DISPLAY="$display" xprop -id "$window" WM_CLASS | sed 's/.*= "\([^"]*\)".*/\1/')"
desktop_class="$(sed -n 's/^StartupWMClass=//p' installer/deb/setia.desktop)"
if [ "$desktop_class" != "@WMCLASS@" ] && [ "$desktop_class" != "$wmclass" ]; then
    fail "window class $wmclass, menu entry says $desktop_class"
fi
expected_class="$(sed -n 's/.*SETIA_WMCLASS:-\([^}]*\)}.*/\1/p' installer/deb/make-deb.sh)"
[ "$wmclass" = "$expected_class" ] || fail "window class $wmclass, the menu entry is made with $expected_class"
# The start screen comes first; the main window ("Setia — Today") once the store is open.
main=""
for _ in $(seq 1 120); do
    main="$(DISPLAY="$display" xdotool search --onlyvisible --name '^Setia .' 2>/dev/null | head -1 || true)"
    [ -n "$main" ] && [ -f "$work/data/setia.mv.db" ] && break
    sleep 0.5
done
[ -n "$main" ] || { cat "$work/app.log" >&2; fail "the main window did not appear within 60 s"; }
echo "Main window: $(DISPLAY="$display" xdotool getwindowname "$main")"
[ -f "$work/data/setia.mv.db" ] || fail "no store created in the data folder"
if grep -qE 'IllegalAccessError|InaccessibleObjectException|Exception in' "$work/app.log"; then
    cat "$work/app.log" >&2
    fail "errors in the app's output"
fi
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
app_pid=""
if grep -qi 'Unsupported JavaFX configuration' "$work/app.log"; then fail "JavaFX configuration warning"; fi
[ ! -e "$HOME/.openjfx" ] || fail "JavaFX unpacked native libraries into the home folder"

if [ "$type" = deb ]; then
    deb="$(ls target/installer/setia_*.deb)"
    contents="$(dpkg-deb -c "$deb")"
    for f in ./usr/bin/setia ./usr/share/applications/setia.desktop ./usr/share/icons/hicolor/48x48/apps/setia.png \
        ./usr/share/doc/setia/copyright ./usr/share/doc/setia/changelog.gz ./opt/setia/bin/Setia; do
        grep -q " $f" <<<"$contents" || fail "$f missing from $deb"
    done
    [ -z "$(dpkg-deb -f "$deb" Version | LC_ALL=C tr -d '0-9.')" ] || fail "odd version in $deb"
    if [ "$(id -u)" = 0 ] && [ -n "${CI:-}" ] && ! dpkg -s setia >/dev/null 2>&1; then
        apt-get install -y -qq "./$deb" >/dev/null
        [ -x /usr/bin/setia ] || fail "setia not on the PATH after installing"
        grep -q 'GDK_GL' /usr/bin/setia || fail "/usr/bin/setia does not keep GTK from loading OpenGL"
        sh -n /usr/bin/setia || fail "/usr/bin/setia is not a valid shell script"
        dpkg -r setia >/dev/null
        [ ! -e /opt/setia ] || fail "/opt/setia left after removing"
    fi
    if command -v lintian >/dev/null; then
        lintian --suppress-tags dir-or-file-in-opt,jar-not-in-usr-share,embedded-library "$deb" || true
    fi
fi
echo "installer check OK ($type)"
