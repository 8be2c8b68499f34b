#!/usr/bin/env bash
# Builds Setia for installation with the JDK's jlink and jpackage.
#   installer/build.sh               an app image (a folder to zip or copy): target/installer/Setia
#   installer/build.sh deb           a Debian/Ubuntu package (needs fakeroot and dpkg-dev): target/installer/setia_*.deb
#   installer/build.sh msi|exe       on Windows (needs the WiX toolset 3.x)
#   installer/build.sh dmg|pkg       on macOS
# The package bundles its own small Java runtime (jlink: only the modules Setia uses, JavaFX among them as real
# modules with their native libraries); the shop PC needs nothing installed first. See installer/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-app-image}"
JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v jlink)")")")}"
export JAVA_HOME

# The version, from the pom itself: no Maven console colours can reach dpkg or the launcher's cfg.
version="$(sed -n '/<artifactId>setia<\/artifactId>/,/<\/version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)"
version="${version%-SNAPSHOT}"
if ! [[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]]; then
    echo "Cannot read a plain version (like 0.1.0) from pom.xml: '$version'" >&2
    exit 1
fi

# Maven's own colours off as well, for logs read in CI. A fresh copy of the dependencies (no stale jars of an
# older pom, e.g. a second logging binding).
rm -rf target/installer-deps
mvn -q -B -Dstyle.color=never -DskipTests package dependency:copy-dependencies -DincludeScope=runtime \
    -DoutputDirectory=target/installer-deps

work=target/installer-work
rm -rf "$work" target/installer target/installer-input
mkdir -p "$work/jmods" "$work/natives" target/installer-input
cp target/setia-*.jar target/installer-input/setia.jar

# JavaFX: the platform jars (javafx-graphics-21-linux.jar ...) become jmods, their native libraries going into the
# runtime's lib/ (so JavaFX never unpacks them into ~/.openjfx/cache) and the modules into the runtime (so no
# "Unsupported JavaFX configuration" warning). The classifier-less javafx-*.jar are empty and are left out.
for jar in target/installer-deps/*.jar; do
    name="$(basename "$jar")"
    case "$name" in
        javafx-*-[0-9]*-*.jar)
            module="$(jar --describe-module --file "$jar" | head -1 | sed 's/[@ ].*//')"
            dir="$work/fx/$module"
            abs="$(readlink -f "$jar")"
            mkdir -p "$dir/classes" "$dir/lib"
            (cd "$dir/classes" && unzip -q -o "$abs")
            find "$dir/classes" -maxdepth 1 -type f \( -name '*.so' -o -name '*.dll' -o -name '*.dylib' \) \
                -exec mv {} "$dir/lib/" \;
            rm -rf "$dir/classes/META-INF/MANIFEST.MF" "$dir/classes/META-INF/INDEX.LIST"
            jmod create --class-path "$dir/classes" --libs "$dir/lib" "$work/jmods/$module.jmod"
            ;;
        javafx-*.jar) ;;
        *) cp "$jar" target/installer-input/ ;;
    esac
done

# The modules Setia needs (checked with jdeps, see installer/README.md); jdk.localedata with only the locales
# Setia speaks, so Malay and Indonesian dates are spelt right ("2 Mac 2026").
modules="java.base,java.desktop,java.logging,java.management,java.naming,java.security.jgss,java.sql,jdk.jfr"
modules="$modules,jdk.unsupported"
modules="$modules,jdk.localedata,javafx.base,javafx.graphics,javafx.controls,javafx.swing"
jlink --module-path "$JAVA_HOME/jmods:$work/jmods" \
    --add-modules "$modules" \
    --include-locales=en,ms,id,in \
    --strip-debug --strip-native-commands --no-header-files --no-man-pages --compress=2 \
    --output "$work/runtime"

# Memory: Setia is one window over a small embedded store. The same settings as `mvn javafx:run` (pom.xml; the
# README's "JVM flags"; JvmFlagsTest keeps the three in step): a small heap that shrinks after use, the serial
# collector, freed native memory handed back every 2 s (JDK 17.0.9 and later), and JavaFX drawing in software, not
# through the OpenGL driver, without its 8 MB cache of drawn backgrounds (decision 35; the .deb's command,
# installer/deb/setia.sh, also keeps GTK from loading the driver).
java_options=(-Xms64m -Xmx256m -XX:+UseSerialGC -XX:NewRatio=3 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30
    -XX:ReservedCodeCacheSize=64m -XX:+IgnoreUnrecognizedVMOptions -XX:TrimNativeHeapInterval=2000
    -Dprism.order=sw -Dprism.disableRegionCaching=true -Dfile.encoding=UTF-8)
# ControlsFX (the passing notices) reaches into JavaFX internals; with JavaFX as named modules they must be opened
# to the class path, as ControlsFX documents.
for p in javafx.base/com.sun.javafx.event javafx.controls/com.sun.javafx.scene.control.behavior \
    javafx.controls/com.sun.javafx.scene.control javafx.graphics/com.sun.javafx.scene \
    javafx.graphics/com.sun.javafx.scene.traversal javafx.graphics/com.sun.javafx.css \
    javafx.controls/com.sun.javafx.scene.control.inputmap; do
    java_options+=("--add-exports=$p=ALL-UNNAMED")
done
java_options+=("--add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED")

icon=assets/icons/setia-256.png
extra=()
case "$type" in
    msi|exe)
        icon=installer/setia.ico
        # A fixed upgrade code: every Setia installer is the same product, so a new version replaces the old one.
        extra+=(--win-upgrade-uuid 6f1c6e2a-5a3e-4c7e-9f0b-53e71a0c1d24 --win-menu --win-shortcut
            --win-dir-chooser --win-menu-group Setia)
        ;;
    dmg|pkg)
        icon=installer/setia.icns
        extra+=(--mac-package-identifier com.setia.app)
        ;;
esac

jpackage_type="$type"
[ "$type" = deb ] && jpackage_type=app-image   # the .deb is assembled below from the app image

opts=()
for o in "${java_options[@]}"; do opts+=(--java-options "$o"); done
jpackage --type "$jpackage_type" \
    --name Setia \
    --app-version "$version" \
    --vendor "Setia" \
    --description "Customer-care assistant for small shops" \
    --copyright "Copyright the Setia authors" \
    --runtime-image "$work/runtime" \
    --input target/installer-input \
    --main-jar setia.jar \
    --main-class com.setia.Launcher \
    --icon "$icon" \
    "${opts[@]}" \
    --dest target/installer \
    "${extra[@]}"

# No AppCDS archive: measured, it gained about 5% of start-up for 22 MB more in the image, and an archive of the
# app's own classes saves no resident memory (installer/README.md, decision 34).

if [ "$type" = deb ]; then
    bash installer/deb/make-deb.sh target/installer/Setia "$version" target/installer
fi
echo "Built: $(ls -d target/installer/*)"
