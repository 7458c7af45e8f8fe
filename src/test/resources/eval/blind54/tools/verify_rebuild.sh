#!/usr/bin/env bash
# Rebuild reports 005-010 from src/ into a scratch folder and check that each rebuilt file
# has the same extracted text as the shipped one in reports/ (the .docx differs only in its
# creation timestamp; the other five are byte-identical). The scratch folder is removed after.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
OUT="$(mktemp -d "$ROOT/.rebuild.XXXXXX")"
trap 'rm -rf "$OUT"' EXIT
bash "$HERE/build_all.sh" "$OUT" >/dev/null
fail=0
for f in "$OUT"/*; do
  b="$(basename "$f")"
  if cmp -s "$f" "$ROOT/reports/$b"; then
    echo "$b: byte-identical"
  elif cmp -s <(python3 "$HERE/extract_text.py" "$f") <(python3 "$HERE/extract_text.py" "$ROOT/reports/$b"); then
    echo "$b: same extracted text"
  else
    echo "$b: DIFFERENT"; fail=1
  fi
done
[ "$fail" = 0 ] && echo "rebuild OK" || { echo "rebuild FAILED"; exit 1; }
