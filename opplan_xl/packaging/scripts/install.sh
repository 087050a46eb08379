#!/bin/bash
# opplan-xl offline install for macOS (install.command) and Linux (install.sh): double-click or run in Terminal.
# Makes a Python venv in ~/.opplan (no spaces: Excel for Mac runs the interpreter path unquoted), installs the
# wheels of this bundle with no internet, and on a Mac runs "opplan excel-setup".
# OPPLAN_HOME and OPPLAN_PYTHON override the folder and the interpreter.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
target="${OPPLAN_HOME:-$HOME/.opplan}"
wheels="$here/wheels"

say() { printf '%s\n' "$*"; }

find_python() {
  local v candidate
  if [ -n "${OPPLAN_PYTHON:-}" ]; then
    printf '%s\n' "$OPPLAN_PYTHON"
    return 0
  fi
  read -r -a versions <"$wheels/pythons.txt"
  for v in "${versions[@]}"; do
    for candidate in "python$v" "/Library/Frameworks/Python.framework/Versions/$v/bin/python$v" \
      "/opt/homebrew/bin/python$v" "/usr/local/bin/python$v" "/usr/bin/python$v"; do
      if command -v "$candidate" >/dev/null 2>&1; then
        command -v "$candidate"
        return 0
      fi
    done
  done
  return 1
}

case "$target" in
  *" "*)
    say "ติดตั้งไม่ได้: โฟลเดอร์ $target มีช่องว่าง ซึ่ง Excel บน Mac เรียก Python ไม่ได้ กรุณาตั้ง OPPLAN_HOME เป็นโฟลเดอร์ที่ไม่มีช่องว่าง"
    exit 1
    ;;
esac

if ! python="$(find_python)"; then
  say "ไม่พบ Python รุ่น $(cat "$wheels/pythons.txt") กรุณาติดตั้ง Python จาก https://www.python.org/downloads/macos/ แล้วดับเบิลคลิกไฟล์นี้อีกครั้ง"
  exit 1
fi
version="$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if ! grep -qw "$version" "$wheels/pythons.txt"; then
  say "Python $version ที่ $python ใช้กับชุดติดตั้งนี้ไม่ได้ (ต้องเป็นรุ่น $(cat "$wheels/pythons.txt"))"
  exit 1
fi

say "กำลังติดตั้งโปรแกรมแผนการดำเนินงานที่ $target (ใช้ Python $version ไม่ต้องต่ออินเทอร์เน็ต)"
"$python" -m venv "$target/venv"
"$target/venv/bin/python" -m pip install --quiet --no-index --find-links "$wheels" -r "$wheels/requirements.txt"

if [ "$(uname -s)" = "Darwin" ] && [ -z "${OPPLAN_NO_SETUP:-}" ]; then
  "$target/venv/bin/opplan" excel-setup
fi
say ""
say "ติดตั้งเสร็จแล้ว คำสั่ง: $target/venv/bin/opplan (ลอง: $target/venv/bin/opplan demo)"
say "ถอนการติดตั้ง: ดับเบิลคลิก uninstall ในโฟลเดอร์นี้"
