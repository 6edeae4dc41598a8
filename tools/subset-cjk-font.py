#!/usr/bin/env python3
"""Regenerates assets/fonts/NotoSansSC-subset.otf, the Chinese font the explorer embeds.

The subset holds every character of assets/i18n/zh.ftl and of the scenario files in
scenarios/, the 3,755 common characters of GB 2312 level 1 (so that most Chinese a user types
into a title renders too), CJK punctuation and full-width forms, and the symbols of any
translation that egui's own font (Ubuntu Light) lacks, such as the arrow of "from → to".

Source: Noto Sans CJK SC Regular (SIL Open Font License 1.1), as Debian's fonts-noto-cjk
installs it. Run from the repository root after changing zh.ftl:

    apt-get install fonts-noto-cjk && pip install fonttools
    python3 tools/subset-cjk-font.py

The test `the_embedded_font_has_every_chinese_character_the_app_shows` fails when a
character of zh.ftl is missing from the font, i.e. when this script should be run again.
"""

import pathlib
import subprocess
import sys

from fontTools.ttLib import TTCollection, TTFont

SOURCE = pathlib.Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
OUT = pathlib.Path("assets/fonts/NotoSansSC-subset.otf")


def gb2312_level1():
    """Rows 16-55 of GB 2312: the 3,755 most common characters, by pinyin."""
    chars = []
    for row in range(0xB0, 0xD8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.append(bytes([row, cell]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def main():
    root = pathlib.Path(".")
    text = (root / "assets/i18n/zh.ftl").read_text(encoding="utf-8")
    for ron in sorted((root / "scenarios").glob("*.ron")):
        text += ron.read_text(encoding="utf-8")
    wanted = {c for c in text if ord(c) > 0x2E7F}
    # Symbols egui's Latin font lacks (arrows, triangles), wherever a translation uses them.
    ubuntu = sorted(
        pathlib.Path.home().glob(
            ".cargo/registry/src/*/epaint_default_fonts-*/fonts/Ubuntu-Light.ttf"
        )
    )
    every = "".join(
        (root / f"assets/i18n/{lang}.ftl").read_text(encoding="utf-8")
        for lang in ("en", "ru", "zh")
    )
    if ubuntu:
        latin = TTFont(str(ubuntu[-1])).getBestCmap()
        wanted.update(c for c in every if c.isprintable() and ord(c) not in latin)
    wanted.update("←↑→↓▲▼◀▶")
    level1 = gb2312_level1()
    assert len(level1) == 3755, len(level1)
    wanted.update(level1)
    # CJK symbols and punctuation, full-width forms.
    wanted.update(chr(c) for c in range(0x3000, 0x3040))
    wanted.update(chr(c) for c in range(0xFF01, 0xFF5F))

    collection = TTCollection(str(SOURCE))
    index = next(
        i
        for i, font in enumerate(collection.fonts)
        if font["name"].getDebugName(4) == "Noto Sans CJK SC"
    )
    unicodes = ",".join(f"U+{ord(c):04X}" for c in sorted(wanted))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "fontTools.subset",
            str(SOURCE),
            f"--font-number={index}",
            f"--unicodes={unicodes}",
            f"--output-file={OUT}",
            # Outlines and the character map only: egui needs no hinting, layout features
            # or glyph names, and leaving them out keeps the file small.
            "--no-hinting",
            "--desubroutinize",
            "--layout-features=",
            "--name-IDs=*",
            "--name-languages=*",
            "--notdef-outline",
        ],
        check=True,
    )
    print(f"{OUT}: {len(wanted)} characters, {OUT.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
