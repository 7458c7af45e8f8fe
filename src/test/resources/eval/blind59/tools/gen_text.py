#!/usr/bin/env python3
"""Copy a plain-text / Markdown source to its report file.
usage: gen_text.py SRC OUT [--crlf]
--crlf writes Windows line endings (the official report was typed in a Windows editor)."""
import sys
src, out = sys.argv[1], sys.argv[2]
text = open(src, encoding='utf-8').read().replace('\r\n', '\n')
if not text.endswith('\n'):
    text += '\n'
if '--crlf' in sys.argv[3:]:
    text = text.replace('\n', '\r\n')
open(out, 'w', encoding='utf-8', newline='').write(text)
