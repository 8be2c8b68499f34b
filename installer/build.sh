#!/usr/bin/env bash
# Builds Setia for installation with the JDK's jpackage.
#   installer/build.sh               an app image (a folder to zip or copy): target/installer/Setia
#   installer/build.sh deb           a Debian/Ubuntu package (needs fakeroot and dpkg-dev)
#   installer/build.sh msi|exe       on Windows (needs the WiX toolset)
#   installer/build.sh dmg|pkg       on macOS
# The package bundles its own Java runtime; the shop PC needs nothing installed first.
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-app-image}"
version="$(mvn -q -B help:evaluate -Dexpression=project.version -DforceStdout | sed 's/-SNAPSHOT//')"

mvn -q -B -DskipTests package dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/installer-input
cp "target/setia-${version}-SNAPSHOT.jar" target/installer-input/setia.jar 2>/dev/null || cp target/setia-*.jar target/installer-input/setia.jar

icon=assets/icons/setia-256.png
extra=()
case "$type" in
    deb)
        # jpackage leaves GTK out of Depends; JavaFX needs it on the desktop.
        extra+=(--linux-package-deps "libgtk-3-0" --linux-shortcut --linux-menu-group Office --linux-app-category office)
        ;;
    msi|exe)
        icon=installer/setia.ico
        extra+=(--win-menu --win-shortcut --win-dir-chooser --win-menu-group Setia)
        ;;
    dmg|pkg)
        icon=installer/setia.icns
        ;;
esac

rm -rf target/installer
jpackage --type "$type" \
    --name Setia \
    --app-version "$version" \
    --vendor "Setia" \
    --description "Customer-care assistant for small shops" \
    --input target/installer-input \
    --main-jar setia.jar \
    --main-class com.setia.Launcher \
    --icon "$icon" \
    --java-options "-Dfile.encoding=UTF-8" \
    --dest target/installer \
    "${extra[@]}"
echo "Built: $(ls -d target/installer/*)"
