#!/usr/bin/env python3
"""Build questions.tsv from the hand-edited source files src/q*.txt.

Source line format (one question per line, '#' lines and blank lines ignored):
  question ~~ form ~~ tags ~~ report-ids ~~ facts
report-ids are 3-digit prefixes of files in reports/ (comma-separated) or '-'.
Rows tagged 'accentless' get their question stripped of diacritics (đ -> d).
"""
import sys
from common import ROOT, strip_accents, resolve

HEADER = [
    '# Blind evaluation set 18 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.',
    '# report: file(s) in reports/ that answer the question, or - for must-refuse rows.',
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    '# question\tform\ttags\treport\tfacts',
]


def main():
    rows, seen = [], set()
    for src in sorted((ROOT / 'src').glob('q*.txt')):
        for n, line in enumerate(src.read_text(encoding='utf-8').splitlines(), 1):
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            parts = [p.strip() for p in line.split('~~')]
            if len(parts) != 5:
                sys.exit(f'{src.name}:{n}: expected 5 fields, got {len(parts)}: {line}')
            q, form, tags, rep, facts = parts
            tagset = [t.strip() for t in tags.split(',')] if tags != '-' else []
            if 'accentless' in tagset:
                q = strip_accents(q)
            if rep != '-':
                rep = ','.join(resolve(r.strip()) for r in rep.split(','))
            key = q.lower()
            if key in seen:
                sys.exit(f'{src.name}:{n}: duplicate question: {q}')
            seen.add(key)
            for field in (q, form, tags, rep, facts):
                if '\t' in field or '\n' in field:
                    sys.exit(f'{src.name}:{n}: tab/newline inside a field')
            rows.append('\t'.join([q, form, tags, rep, facts]))
    out = ROOT / 'questions.tsv'
    out.write_text('\n'.join(HEADER + rows) + '\n', encoding='utf-8')
    print(f'wrote {out} with {len(rows)} questions')


if __name__ == '__main__':
    main()
