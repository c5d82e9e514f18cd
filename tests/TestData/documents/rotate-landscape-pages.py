#!/usr/bin/env python3
"""Writes a copy of a PDF whose landscape pages (MediaBox wider than high) are portrait pages turned by /Rotate 90:
the MediaBox made portrait and the page's drawing turned a quarter counterclockwise into it (a "cm" before and after
its content streams), so that a viewer shows the same landscape page. An incremental update: the original bytes are
kept and the new page objects appended, with their cross-reference section. Standard library only.
Usage: rotate-landscape-pages.py IN.pdf OUT.pdf"""
import re, sys
src, dst = sys.argv[1], sys.argv[2]
data = open(src, "rb").read()
size = int(re.findall(rb"/Size (\d+)", data)[-1])
root = re.findall(rb"/Root (\d+ \d+ R)", data)[-1]
prev = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
page = re.compile(rb"(\d+) 0 obj\s*<<(/Type/Page/[^\n]*?)/MediaBox\[0 0 ([\d.]+) ([\d.]+)\]/Contents (\d+ 0 R)>>\s*endobj")
out, offsets, next_id = bytearray(data), {}, size
def add(num, body):
    offsets[num] = len(out)
    out.extend(b"%d 0 obj\n" % num + body + b"\nendobj\n")
for m in page.finditer(data):
    width, height = float(m.group(3)), float(m.group(4))
    if width <= height: continue
    before, after = next_id, next_id + 1
    next_id += 2
    turn = b"q 0 1 -1 0 %s 0 cm\n" % m.group(4)  # (x, y) -> (height - y, x): the landscape drawing, turned counterclockwise
    add(before, b"<</Length %d>>\nstream\n" % len(turn) + turn + b"\nendstream")
    add(after, b"<</Length 2>>\nstream\nQ\n\nendstream")
    add(int(m.group(1)), b"<<" + m.group(2) + b"/MediaBox[0 0 " + m.group(4) + b" " + m.group(3) + b"]/Rotate 90/Contents["
        + b"%d 0 R " % before + m.group(5) + b" %d 0 R]>>" % after)
xref = len(out)
out.extend(b"xref\n")
for num in sorted(offsets):
    out.extend(b"%d 1\n%010d 00000 n \n" % (num, offsets[num]))
out.extend(b"trailer\n<</Size %d/Root %s/Prev %d>>\nstartxref\n%d\n%%%%EOF\n" % (next_id, root, prev, xref))
open(dst, "wb").write(bytes(out))
