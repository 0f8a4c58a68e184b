"""Reading speed: articles/s of warta.ingest.read_inputs (read + clean + language id).

Usage: .venv/bin/python benchmarks/read_speed.py [CORPUS.jsonl] [--repeat N]

Default corpus: ../shared/data/corpus/indosum-articles.jsonl (read in place). Two figures:
as the corpus is (its records carry a language field, so identification is skipped), and
with identification forced on every article (the records copied without that field).
Target: well under 1 ms per article, so that reading costs little of the coder's budget
of 150 articles/s per core.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from warta.ingest import read_inputs
from warta.model import InputError
from warta.settings import Settings

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "corpus" / "indosum-articles.jsonl"


def measure(paths: list[str]) -> tuple[int, int, float]:
    """(articles read, inputs skipped, seconds) for one pass of read_inputs."""
    read = skipped = 0
    start = time.perf_counter()
    for item in read_inputs(paths, Settings()):
        if isinstance(item, InputError):
            skipped += 1
        else:
            read += 1
    return read, skipped, time.perf_counter() - start


def without_language(corpus: Path, folder: str) -> str:
    """A copy of the corpus without the language field, so that every article is identified."""
    path = os.path.join(folder, "no-language.jsonl")
    with open(corpus, encoding="utf-8") as src, open(path, "w", encoding="utf-8") as out:
        for line in src:
            record = json.loads(line)
            record.pop("language", None)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def report(label: str, read: int, skipped: int, seconds: float) -> None:
    print(f"{label:<32} {read:>6} articles  {skipped:>3} skipped  {seconds:6.2f} s  "
          f"{read / seconds:8.0f} articles/s  {1000 * seconds / max(read, 1):.3f} ms/article")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT))
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus (best is reported)")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    if not corpus.exists():
        print(f"read_speed: {corpus} is absent (the shared corpus is read in place)", file=sys.stderr)
        return 2
    print(f"corpus {corpus} ({corpus.stat().st_size / 2**20:.1f} MiB), python {sys.version.split()[0]}, "
          f"1 process, best of {args.repeat}")
    measure([str(corpus)])  # warm-up: model and vocabulary loading is not per article
    with tempfile.TemporaryDirectory() as folder:
        for label, path in (("as given (language field)", str(corpus)),
                            ("language identified", without_language(corpus, folder))):
            runs = [measure([path]) for _ in range(args.repeat)]
            report(label, *min(runs, key=lambda run: run[2]))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
