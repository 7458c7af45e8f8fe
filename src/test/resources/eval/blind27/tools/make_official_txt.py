"""Build reports/009_*.txt (Decree 30/2020 layout) from src/009_*.txt: header/footer kept verbatim, body hard-wrapped at 80 columns."""
import sys, textwrap
src, out = sys.argv[1], sys.argv[2]
parts, cur = {}, None
for line in open(src, encoding='utf-8').read().split('\n'):
    if line.startswith('@@'):
        cur = line[2:]; parts[cur] = []; continue
    parts[cur].append(line)
lines = list(parts['HEADER'])
for para in '\n'.join(parts['BODY']).split('\n\n'):
    para = ' '.join(para.split())
    if not para:
        continue
    if para.isupper() or para[:3] in ('I. ', 'II.', 'III', 'IV.', 'V. '):
        lines += [para, '']
    else:
        lines += textwrap.wrap(para, width=80, initial_indent='    ') + ['']
lines += parts['FOOTER']
open(out, 'w', encoding='utf-8').write('\n'.join(lines).rstrip() + '\n')
print('wrote', out)
