#!/usr/bin/env python3
"""Checks docs/framework.md against the framework files: every id it names exists, and
every recommendation of every framework is listed beside its source.

Usage: check_framework_doc.py REPO_DIR
"""
import json
import re
import sys
from pathlib import Path


def main():
    repo = Path(sys.argv[1])
    ids, recommendations = set(), set()
    for path in sorted((repo / "data/frameworks").glob("*.json")):
        fw = json.loads(path.read_text(encoding="utf-8"))
        for domain in fw["domains"]:
            ids.add(domain["id"])
            ids.update(q["id"] for q in domain["questions"])
        recommendations.update(r["id"] for r in fw["recommendations"])
    ids |= recommendations
    doc = (repo / "docs/framework.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`((?:board|individual|system)\.[a-z0-9_.]+)`", doc))
    problems = [f"docs/framework.md names {i}, which no framework has" for i in sorted(named - ids)]
    problems += [f"docs/framework.md does not list recommendation {r}" for r in sorted(recommendations - named)]
    print("\n".join(problems) if problems else f"{len(named)} ids in docs/framework.md, all known; "
          f"all {len(recommendations)} recommendations listed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
