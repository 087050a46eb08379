#!/bin/bash
# opplan-xl uninstall for macOS (uninstall.command) and Linux: removes ~/.opplan and our keys from xlwings.conf.
# The workbooks in Documents/OpPlan are the officer's data: they stay.
set -euo pipefail

target="${OPPLAN_HOME:-$HOME/.opplan}"
conf="$HOME/Library/Containers/com.microsoft.Excel/Data/xlwings.conf"

if [ -f "$conf" ]; then
  grep -v -e '^"INTERPRETER_WIN"' -e '^"INTERPRETER_MAC"' -e '^"ADD_WORKBOOK_TO_PYTHONPATH"' "$conf" >"$conf.tmp" || true
  mv "$conf.tmp" "$conf"
fi
if [ -d "$target" ]; then
  rm -rf "$target"
fi
printf '%s\n' "ถอนการติดตั้งแล้ว (สมุดงานในโฟลเดอร์ Documents/OpPlan ยังอยู่ครบ)"
