"""`compliance check FILE.json`: a JSON list of scenarios in, a JSON list of decisions out.

Importable without Qt; the top-level `ccs-desktop` command delegates `compliance ...` here.
Exit codes: 0 when the file was read (per-scenario problems are reported as
{"error": "..."} entries), 2 when the file cannot be read or is not a JSON list, 64 on usage errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from .interface import ScenarioError, check
from .rulepack import default_rulepack

EXIT_OK = 0
EXIT_UNREADABLE = 2
EXIT_USAGE = 64


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ccs-desktop compliance", description="Contact guardrail checks")
    commands = parser.add_subparsers(dest="command", required=True)
    check_cmd = commands.add_parser("check", help="decide a JSON list of scenarios")
    check_cmd.add_argument("file", help="JSON file holding a list of scenarios ('-' for standard input)")
    check_cmd.add_argument("--indent", type=int, default=2, help="indentation of the JSON output")
    return parser


def _read(path: str) -> Any:
    if path == "-":
        return json.load(sys.stdin)
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def decide_all(scenarios: list[Any]) -> list[dict[str, Any]]:
    rulepack = default_rulepack()
    results: list[dict[str, Any]] = []
    for index, scenario in enumerate(scenarios):
        try:
            results.append(check(scenario, rulepack))
        except ScenarioError as exc:
            results.append({"error": f"scenario {index}: {exc}"})
    return results


def main(argv: list[str]) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return EXIT_OK if exc.code == 0 else EXIT_USAGE
    try:
        scenarios = _read(args.file)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        print(f"compliance check: cannot read {args.file}: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    if not isinstance(scenarios, list):
        print(f"compliance check: {args.file} must hold a JSON list of scenarios", file=sys.stderr)
        return EXIT_UNREADABLE
    json.dump(decide_all(scenarios), sys.stdout, indent=args.indent)
    sys.stdout.write("\n")
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
