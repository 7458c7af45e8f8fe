#!/usr/bin/env bash
# Rebuild the six generated reports from src/ and copy the five given reports.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
mkdir -p "$ROOT/reports"
if [ -d "$ROOT/given" ]; then cp -p "$ROOT"/given/*.txt "$ROOT/reports/"; fi
python3 "$HERE/build_text.py"
cd "$HERE"
[ -f package.json ] || npm init -y >/dev/null
npm install --no-save --no-audit --no-fund docx pdfkit >/dev/null 2>&1
node "$HERE/build_office.js"
rm -rf "$HERE/node_modules" "$HERE/package-lock.json"
python3 "$HERE/make_questions.py"
python3 "$HERE/check_questions.py"
