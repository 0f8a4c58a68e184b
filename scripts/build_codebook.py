"""Build src/warta/coding/data/cameo.tsv from the CAMEO code book files in ../shared/data/cameo.

One row per CAMEO event code: name (text_to_CAMEO, MIT), Goldstein value (GDELT), PLOVER
type/mode/context (CAMEO2PLOVER 2021, CC BY-SA 4.0). Rerun after the inputs change:

    python scripts/build_codebook.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "warta" / "coding" / "data" / "cameo.tsv"


def read_names(path: Path) -> dict[str, str]:
    names: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"//(\d\d): (.+)", line)
        if m:
            names.setdefault(m.group(1), m.group(2).strip().capitalize())
            continue
        m = re.match(r"LABEL: (\d+)= (.+)", line)  # plain LABEL wins over ICEWS' LABELi
        if m:
            names[m.group(1)] = m.group(2).strip()
    return names


def read_goldstein(path: Path) -> dict[str, str]:
    rows = path.read_text(encoding="utf-8").splitlines()[1:]
    return dict(line.split("\t")[:2] for line in rows if "\t" in line)


def read_plover(path: Path) -> dict[str, tuple[str, str, str]]:
    table: dict[str, tuple[str, str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"(\d+):\s*([A-Z]+)\s*(?:,([^,#]*)(?:,([^#]*))?)?", line)
        if m:
            code, ptype, mode, context = m.groups()
            table.setdefault(code, (ptype, (mode or "").strip(), (context or "").strip()))
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    cameo = args.shared / "data" / "cameo"
    names = read_names(cameo / "CAMEO_codefile.txt")
    goldstein = read_goldstein(cameo / "goldstein.tsv")
    plover = read_plover(cameo / "CAMEO2PLOVER-2021.txt")
    codes = sorted(set(names) | set(goldstein), key=lambda c: (c[:2], c))
    lines = ["code\tname\tgoldstein\tplover\tplover_mode\tplover_context"]
    for code in codes:
        ptype, mode, context = plover.get(code, ("", "", ""))
        lines.append("\t".join([code, names.get(code, ""), goldstein.get(code, ""), ptype, mode, context]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(codes)} codes to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
