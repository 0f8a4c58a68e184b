"""Write a large JSONL corpus for the scale benchmark: the shared corpus repeated with fresh ids.

Usage: .venv/bin/python benchmarks/scale_corpus.py [--articles 50000] [--out /tmp/warta-scale.jsonl]

Each repetition gives every article a new ``id`` and a new ``url`` (the store's identity is
the text and the URL, so a new id alone would be skipped as already stored). The text is
unchanged, so the store links every repetition to the first copy as a near-duplicate: the
workers code each repetition in full (the coder does not know), and the writer takes the
near-duplicate path (MinHash lookup, then the copy's records matched to the original's),
which costs a little more than storing a new article. Source: ../shared/data/corpus
(IndoSum, CC BY-SA 4.0), read in place; the output goes to /tmp, never into the project.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "corpus" / "indosum-articles.jsonl"


def write(source: Path, out: Path, articles: int) -> int:
    lines = [line for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    written = 0
    with out.open("w", encoding="utf-8") as stream:
        while written < articles:
            round_ = written // len(lines)
            for line in lines[: articles - written]:
                item = json.loads(line)
                if round_:
                    item["id"] = f"{item['id']}-r{round_}"
                    item["url"] = f"{item.get('url') or 'https://corpus.example/' + item['id']}#r{round_}"
                stream.write(json.dumps(item, ensure_ascii=False) + "\n")
                written += 1
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT)
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/warta-scale.jsonl"))
    args = parser.parse_args()
    n = write(args.source, args.out, args.articles)
    print(f"{n} articles ({n / 1e3:.1f}k) from {args.source.name} -> {args.out} "
          f"({args.out.stat().st_size / 1e6:.0f} MB)")


if __name__ == "__main__":
    main()
