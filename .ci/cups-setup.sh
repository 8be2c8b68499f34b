#!/bin/sh
# Sets up a real print queue for the letter print test (LetterPrintQueueTest): CUPS with the CUPS-PDF printer
# "PDF" as the default. Idempotent; run as root (CI) before `mvn verify`. Leaves cupsd running.
# The printed PDFs land in $CUPS_PDF_OUT (default /var/spool/cups-pdf/ANONYMOUS for jobs from any user, see below).
set -eu

CUPS_PDF_OUT="${CUPS_PDF_OUT:-/var/spool/cups-pdf/out}"

need=""
for pkg in cups printer-driver-cups-pdf cups-bsd; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need="$need $pkg"
done
if [ -n "$need" ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $need
fi

# All output in one folder the test can find, whatever user printed (surefire may run as any user).
mkdir -p "$CUPS_PDF_OUT"
chmod 1777 "$CUPS_PDF_OUT"
conf=/etc/cups/cups-pdf.conf
if grep -q '^Out ' "$conf"; then
    sed -i "s|^Out .*|Out $CUPS_PDF_OUT|" "$conf"
else
    echo "Out $CUPS_PDF_OUT" >> "$conf"
fi
# No per-user subfolder and no dependence on the user's home: one flat folder.
sed -i 's|^#\?AnonDirName .*|AnonDirName '"$CUPS_PDF_OUT"'|' "$conf"
grep -q "^AnonDirName " "$conf" || echo "AnonDirName $CUPS_PDF_OUT" >> "$conf"

# Start the scheduler unless it already runs (no systemd in CI containers).
if ! lpstat -r 2>/dev/null | grep -q "is running"; then
    mkdir -p /run/cups
    cupsd
    i=0
    until lpstat -r 2>/dev/null | grep -q "is running"; do
        i=$((i + 1))
        [ "$i" -gt 50 ] && { echo "cupsd did not start" >&2; exit 1; }
        sleep 0.2
    done
fi

ppd=/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd
if [ -f "$ppd" ]; then model="-P $ppd"; else model="-m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"; fi
if ! lpstat -v PDF >/dev/null 2>&1; then
    # shellcheck disable=SC2086
    lpadmin -p PDF -v cups-pdf:/ -E $model
fi
cupsenable PDF 2>/dev/null || true
cupsaccept PDF 2>/dev/null || true
lpadmin -d PDF

echo "CUPS ready: printer PDF -> $CUPS_PDF_OUT"
lpstat -v PDF
