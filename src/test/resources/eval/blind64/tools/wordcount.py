import sys,re
for f in sys.argv[1:]:
    n=0
    for line in open(f,encoding='utf-8'):
        line=re.sub(r'^@\w+:','',line)
        line=re.sub(r'^\[\w+\]','',line)
        n+=sum(1 for t in line.split() if re.search(r'\w',t))
    print(n,f)
