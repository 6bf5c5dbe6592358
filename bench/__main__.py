"""Run every benchmark and print one table of figures and ratios against their raw baselines.

    python -m bench [--size N] [--backend sqlite,postgres] [--only NAME] [--json FILE]
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def discover(only: str | None) -> list[str]:
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    return [n for n in names if not only or only in n]


def fmt(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.3f}" if abs(value) < 10 else f"{value:,.0f}"
    return str(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--size", type=int, default=100_000, help="portfolio size (accounts) where a bench needs one")
    parser.add_argument("--backend", default="sqlite,postgres", help="comma-separated: sqlite, postgres")
    parser.add_argument("--only", help="run only benchmarks whose module name contains this")
    parser.add_argument("--json", help="also write the rows to this JSON file")
    args = parser.parse_args(argv)
    from bench.common import postgres_available

    backends = [b.strip() for b in args.backend.split(",") if b.strip()]
    if "postgres" in backends and not postgres_available():
        print("PostgreSQL not reachable: its benchmarks are skipped", file=sys.stderr)
        backends.remove("postgres")
    options = {"size": args.size, "backends": backends}
    rows: list[dict] = []
    for name in discover(args.only):
        module = importlib.import_module(f"bench.{name}")
        print(f"running {name} ...", file=sys.stderr, flush=True)
        rows.extend(module.run(options))
    headers = ("benchmark", "figure", "unit", "baseline", "ratio", "note")
    table = [headers] + [tuple(fmt(r.get(h)) for h in headers) for r in rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(headers))]
    for i, line in enumerate(table):
        print("  ".join(cell.ljust(widths[j]) if j in (0, 2, 5) else cell.rjust(widths[j]) for j, cell in enumerate(line)))
        if i == 0:
            print("  ".join("-" * w for w in widths))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
