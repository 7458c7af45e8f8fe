#!/usr/bin/env python3
"""Copy text-format sources (md, government-template txt, press-release txt) into reports/ byte for byte."""
import shutil, sys
src, out = sys.argv[1], sys.argv[2]
shutil.copyfile(src, out)
