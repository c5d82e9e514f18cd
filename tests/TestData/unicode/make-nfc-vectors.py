#!/usr/bin/env python3
"""Writes nfc-vectors.txt: input and its NFC by Python's unicodedata.normalize, code points in hex, one case a line.

Every code point with a canonical decomposition, and its NFD; then 2000 random strings of Latin,
Greek, Vietnamese and Hangul letters (precomposed and decomposed), conjoining jamo, and combining marks of several classes
in any order (seed 13).
"""
import random
import unicodedata as u

cases = []
for c in range(0x110000):
    d = u.decomposition(chr(c))
    if d and not d.startswith('<'):
        cases.append(u.normalize('NFD', chr(c)))
        cases.append(chr(c))
rng = random.Random(13)
pool = [chr(c) for c in list(range(0x41, 0x5B)) + list(range(0xC0, 0x180)) + list(range(0x1EA0, 0x1F00)) + list(range(0x391, 0x3CA))
        + [0x1F00, 0x1F80, 0x212B, 0x2126, 0xAC00, 0xAC01, 0xD7A3, 0x1100, 0x1161, 0x11A8, 0x0F73, 0x0344]]
marks = [chr(c) for c in [0x300, 0x301, 0x302, 0x303, 0x308, 0x30A, 0x31B, 0x323, 0x327, 0x328, 0x345, 0x0334, 0x05B0, 0x0F71, 0x0F72, 0x0F74, 0x1161, 0x11A8]]
for _ in range(2000):
    cases.append(''.join(rng.choice(pool) if rng.random() < 0.5 else rng.choice(marks) for _ in range(rng.randint(1, 8))))
with open('nfc-vectors.txt', 'w', encoding='ascii') as f:
    f.write(f'# Unicode {u.unidata_version}: input;NFC of input (code points in hex). Made by make-nfc-vectors.py.\n')
    for s in cases:
        f.write(' '.join(f'{ord(ch):X}' for ch in s) + ';' + ' '.join(f'{ord(ch):X}' for ch in u.normalize('NFC', s)) + '\n')
print(len(cases))
