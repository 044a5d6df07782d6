"""Regenerates py-unicode-14.txt (main resources) from the running CPython's unicodedata.

Run with the Python that the parity vectors came from (CPython 3.11, unicodedata 14.0.0):
    python3 gen_py_unicode.py > ../../../../../../main/resources/io/skillstudio/evaluator/python/py-unicode-14.txt
Each table line is `name` followed by inclusive hex ranges; `lower` lists the code points whose
str.lower() is a single different code point, as `cp:lower`.
"""
import sys
import unicodedata


def ranges(pred):
    out, start = [], None
    for cp in range(0x110000):
        if pred(chr(cp)):
            if start is None:
                start = cp
        elif start is not None:
            out.append((start, cp - 1))
            start = None
    if start is not None:
        out.append((start, 0x10FFFF))
    return out


TABLES = {
    "word": lambda c: c.isalnum() or c == "_",
    "space": lambda c: c.isspace(),
    "decimal": lambda c: c.isdecimal(),
    "digit": lambda c: c.isdigit(),
    "latin": lambda c: "LATIN" in unicodedata.name(c, ""),
}

print("# Python %s unicodedata %s character tables for io.skillstudio.evaluator.constraints.PyText"
      % (sys.version.split()[0], unicodedata.unidata_version))
for name, pred in TABLES.items():
    print(name + " " + ",".join("%x-%x" % r for r in ranges(pred)))
pairs = []
for cp in range(0x110000):
    low = chr(cp).lower()
    if len(low) == 1 and ord(low) != cp:
        pairs.append("%x:%x" % (cp, ord(low)))
print("lower " + ",".join(pairs))
