#!/usr/bin/env bash
# The end-to-end tests need Debian's real browsers, a virtual display, a
# way to press keys on it and to read the screen (browser dialogs), and a PDF reader. Install whatever is missing (never a browser of a
# test tool's own: only Debian's packages).
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
command -v xdotool >/dev/null 2>&1 || need+=(xdotool)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v xwd >/dev/null 2>&1 || need+=(x11-apps)
fc-list 2>/dev/null | grep -qi liberation || need+=(fonts-liberation)
[ ${#need[@]} -eq 0 ] && exit 0
echo "Installing Debian packages for the browser tests: ${need[*]}"
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
  echo "Please install: ${need[*]} (apt-get install -y ${need[*]})" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
