"""warta ingest: code a corpus into an event database (DuckDB), on every core or on Dask."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict

from warta.commands import add_actors_argument, settings_from

HELP = "code files, directories or JSONL into an event database (DuckDB), idempotently"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from warta.run.batch import default_workers
    from warta.store.ingest import CHECKPOINT

    parser.add_argument("paths", nargs="*", metavar="PATH", help="files, directories, JSONL ('-' for stdin)")
    parser.add_argument("--db", metavar="FILE.duckdb", help="the store (created if absent)")
    parser.add_argument("--lang", default="auto", choices=["auto", "id", "en"], help="force the language")
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="publication date for inputs that give none")
    add_actors_argument(parser)
    scale = parser.add_argument_group("scale (docs/scale.md)")
    scale.add_argument("--workers", type=_positive, default=default_workers(), metavar="N",
                       help="coding processes (default: all cores, here %(default)s; 1 = in this process)")
    scale.add_argument("--dask", metavar="tcp://HOST:8786|local:N",
                       help="code on a Dask cluster: a scheduler address, or local:N for a local cluster")
    scale.add_argument("--out-parquet", metavar="DIR",
                       help="with --dask: every worker writes Parquet partitions under DIR (no database)")
    scale.add_argument("--from-parquet", metavar="DIR", help="load the Parquet partitions of an --out-parquet run")
    scale.add_argument("--checkpoint-every", type=_positive, default=CHECKPOINT, metavar="N",
                       help="articles per committed batch: what a killed run can lose (default %(default)s)")
    scale.add_argument("--progress-interval", type=float, metavar="SECONDS",
                       help="seconds between progress lines (default: 0.2 on a terminal, 10 otherwise)")
    scale.add_argument("--no-progress", action="store_true", help="no progress bar or lines")


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def _problem(args: argparse.Namespace) -> str | None:
    """What is wrong with this combination of options, if anything."""
    if args.out_parquet and not args.dask:
        return "--out-parquet needs --dask (the workers write the partitions)"
    if args.out_parquet and args.db:
        return "--out-parquet writes Parquet, not a database: leave out --db (load it later with --from-parquet)"
    if not args.out_parquet and not args.db:
        return "--db FILE.duckdb is required"
    if args.from_parquet and args.paths:
        return "--from-parquet loads a Parquet folder: give no PATH with it"
    if not args.from_parquet and not args.paths:
        return "give at least one PATH (file, directory, or '-' for stdin)"
    return None


def run(args: argparse.Namespace) -> int:
    from warta.ingest import exit_status
    from warta.model import InputError
    from warta.run.cluster import DaskMissing
    from warta.run.pool import WorkerError
    from warta.run.progress import Progress
    from warta.store.schema import StoreError

    if problem := _problem(args):
        print(f"warta ingest: {problem}", file=sys.stderr)
        return 2
    settings = settings_from(args)
    progress = Progress(interval=args.progress_interval, enabled=not args.no_progress)
    if args.paths and not args.no_progress:
        progress.count_total(args.paths)
    try:
        if args.out_parquet:
            return _parquet(args, settings, progress)
        summary = _ingest(args, settings, progress)
        progress.finish()
        _print_summary(args.db, summary)
    except (StoreError, WorkerError, DaskMissing) as exc:
        print(f"warta ingest: {exc}", file=sys.stderr)
        return 2
    except InputError as exc:
        print(f"warta ingest: {exc.where}: {exc.problem}", file=sys.stderr)
        return 2
    except OSError as exc:  # a Dask scheduler that cannot be reached
        print(f"warta ingest: {args.dask or args.db}: {exc}", file=sys.stderr)
        return 2
    return exit_status(summary.articles_read, summary.rejected)


def _ingest(args: argparse.Namespace, settings, progress):
    from warta.store.ingest import ingest, ingest_parquet

    command = "warta ingest " + " ".join(args.paths or ["--from-parquet", args.from_parquet])
    if args.from_parquet:
        return ingest_parquet(args.from_parquet, args.db, command, args.checkpoint_every, progress)
    return ingest(args.paths, args.db, settings, command, workers=args.workers, dask=args.dask,
                  checkpoint=args.checkpoint_every, progress=progress)


def _parquet(args: argparse.Namespace, settings, progress) -> int:
    from warta.store.ingest import write_parquet

    totals = write_parquet(args.paths, args.out_parquet, settings, args.dask, progress)
    progress.finish()
    print(f"parquet: {totals['articles']} articles, {totals['events']} event records, "
          f"{totals['rejected']} rejected inputs written under {args.out_parquet}"
          + (f" ({totals['skipped']} inputs in partitions written before)" if totals["skipped"] else ""))
    return 0 if not totals["rejected"] else 1


def _print_summary(db: str, summary) -> None:
    from warta.store import query, render
    from warta.store.schema import open_store

    con = open_store(db, read_only=True)
    sys.stdout.write(render.render_summary(query.summarize(con), asdict(summary)))
    con.close()
