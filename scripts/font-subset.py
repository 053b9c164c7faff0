#!/usr/bin/env python3
"""Regenerates the chart font: a subset of Noto Sans CJK SC (SIL OFL 1.1) that charts fall back to
when the machine has no CJK font.

The subset holds ASCII, Latin-1, general and CJK punctuation, full-width forms, the 3,755 level-1
hanzi of GB 2312, and every character in scenarios/**/*.yaml and in the C# sources (report wording).
It is renamed "ChainSim Sans SC" so it never passes for the full Noto family (OFL section 3 allows
the name; Noto has no reserved font name, the Adobe "Source" name is not used).

Needs fontTools (Debian: apt-get install python3-fonttools) and the Noto CJK collection
(Debian: fonts-noto-cjk). Run from the repository root:

    /usr/bin/python3 scripts/font-subset.py
"""
import glob
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection

SOURCE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SOURCE_INDEX_NAME = "Noto Sans CJK SC"
OUT_DIR = "src/Sihui.ChainSim.Analysis/Charts/Fonts"
OUT = os.path.join(OUT_DIR, "ChainSimSansSC-Regular.otf")
FAMILY = "ChainSim Sans SC"


def gb2312_level1():
    chars = set()
    for row in range(0xB0, 0xD8):  # level 1: rows 16-55
        for col in range(0xA1, 0xFF):
            try:
                chars.add(bytes([row, col]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def file_chars(patterns):
    chars = set()
    for pattern in patterns:
        for path in glob.glob(pattern, recursive=True):
            with open(path, encoding="utf-8") as f:
                chars.update(f.read())
    return chars


def main():
    chars = set(chr(c) for c in range(0x20, 0x7F))
    chars.update(chr(c) for c in range(0xA0, 0x100))
    chars.update(chr(c) for c in range(0x2000, 0x2070))  # general punctuation: – — ‘ ’ “ ” … ‰
    chars.update("×÷±≤≥≠→←↑↓Δ−·°²³µ€¥")
    chars.update(chr(c) for c in range(0x3000, 0x3040))  # CJK symbols and punctuation: 、。《》「」【】
    chars.update(chr(c) for c in range(0xFF00, 0xFFF0))  # full-width forms: （），：；！？
    chars.update(gb2312_level1())
    chars.update(c for c in file_chars(["scenarios/**/*.yaml", "src/**/*.cs"]) if ord(c) >= 0x2E80)
    chars.discard("\n")

    collection = TTCollection(SOURCE)
    font = next(f for f in collection.fonts if f["name"].getDebugName(1) == SOURCE_INDEX_NAME)
    options = subset.Options()
    options.hinting = False
    options.desubroutinize = False
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in chars])
    subsetter.subset(font)

    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 16):
            record.string = FAMILY
        elif record.nameID == 4:
            record.string = FAMILY + " Regular"
        elif record.nameID == 6:
            record.string = "ChainSimSansSC-Regular"
        elif record.nameID == 3:
            record.string = "ChainSimSansSC-Regular subset of Noto Sans CJK SC"
    os.makedirs(OUT_DIR, exist_ok=True)
    font.save(OUT)
    print(f"{OUT}: {len(chars)} characters, {os.path.getsize(OUT):,} bytes")


if __name__ == "__main__":
    sys.exit(main())
