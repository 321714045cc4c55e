#!/usr/bin/env python3
"""Checks the framework data files beyond what the C++ loader checks.

- every file validates against data/schema/framework.schema.json;
- ids are unique and every recommendation's evidence names a question of the framework;
- every domain id and question id starts with the framework id;
- no text field copies a run of COPY_RUN or more consecutive words from the source
  documents (../shared/seeds): the framework paraphrases and cites, it never copies.

Usage: check_frameworks.py REPO_DIR [SEEDS_DIR]
Exit status 0 when every check passes, 1 otherwise (each failure is printed),
77 (CTest's skip code) only for the copy check when the seeds are not there.
"""
import json
import re
import sys
from pathlib import Path

import jsonschema

COPY_RUN = 8


def words(text):
    return re.findall(r"[a-z0-9]+", text.lower())


def seed_runs(seeds_dir):
    runs = set()
    for path in sorted(seeds_dir.glob("0*.txt")):
        w = words(path.read_text(encoding="utf-8"))
        for i in range(len(w) - COPY_RUN + 1):
            runs.add(tuple(w[i:i + COPY_RUN]))
    return runs


def text_fields(node, pointer=""):
    """Yields (JSON pointer, text) for every prose field a person reads."""
    prose = {"title", "description", "text", "label", "why", "good", "evidence", "action"}
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{pointer}/{key}"
            if isinstance(value, str) and key in prose:
                yield here, value
            else:
                yield from text_fields(value, here)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from text_fields(value, f"{pointer}/{i}")


def check_integrity(name, fw):
    problems = []
    ids = set()
    question_ids = set()
    prefix = fw["id"] + "."
    for d, domain in enumerate(fw["domains"]):
        if not domain["id"].startswith(prefix):
            problems.append(f"{name}: /domains/{d}/id: {domain['id']} does not start with {prefix}")
        if domain["id"] in ids:
            problems.append(f"{name}: /domains/{d}/id: duplicate id {domain['id']}")
        ids.add(domain["id"])
        for q, question in enumerate(domain["questions"]):
            if not question["id"].startswith(domain["id"] + "."):
                problems.append(f"{name}: /domains/{d}/questions/{q}/id: {question['id']} "
                                f"does not start with its domain id {domain['id']}.")
            if question["id"] in ids:
                problems.append(f"{name}: /domains/{d}/questions/{q}/id: duplicate id {question['id']}")
            ids.add(question["id"])
            question_ids.add(question["id"])
    for r, rec in enumerate(fw["recommendations"]):
        if not rec["id"].startswith(prefix):
            problems.append(f"{name}: /recommendations/{r}/id: {rec['id']} does not start with {prefix}")
        if rec["id"] in ids:
            problems.append(f"{name}: /recommendations/{r}/id: duplicate id {rec['id']}")
        ids.add(rec["id"])
        seen = set()
        for e, ev in enumerate(rec["evidence"]):
            if ev["question"] not in question_ids:
                problems.append(f"{name}: /recommendations/{r}/evidence/{e}/question: "
                                f"{ev['question']} is not a question of this framework")
            if ev["question"] in seen:
                problems.append(f"{name}: /recommendations/{r}/evidence/{e}/question: "
                                f"{ev['question']} is listed twice")
            seen.add(ev["question"])
    if not any(rec["critical"] for rec in fw["recommendations"]):
        problems.append(f"{name}: no recommendation is marked critical")
    return problems


def check_copies(name, fw, runs):
    problems = []
    for pointer, text in text_fields(fw):
        w = words(text)
        for i in range(len(w) - COPY_RUN + 1):
            run = tuple(w[i:i + COPY_RUN])
            if run in runs:
                problems.append(f"{name}: {pointer}: copies the source words "
                                f"\"{' '.join(run)}\"; paraphrase it")
                break
    return problems


def main():
    repo = Path(sys.argv[1])
    seeds = Path(sys.argv[2]) if len(sys.argv) > 2 else repo.parent / "shared" / "seeds"
    schema = json.loads((repo / "data/schema/framework.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    files = sorted((repo / "data/frameworks").glob("*.json"))
    problems = []
    if not files:
        problems.append("no framework files in data/frameworks")
    runs = seed_runs(seeds) if seeds.is_dir() else None
    for path in files:
        fw = json.loads(path.read_text(encoding="utf-8"))
        errors = sorted(validator.iter_errors(fw), key=lambda e: list(e.absolute_path))
        for err in errors:
            pointer = "/" + "/".join(str(p) for p in err.absolute_path)
            problems.append(f"{path.name}: {pointer}: {err.message}")
        if errors:
            continue
        problems += check_integrity(path.name, fw)
        if runs is not None:
            problems += check_copies(path.name, fw, runs)
        count_q = sum(len(d["questions"]) for d in fw["domains"])
        print(f"{path.name}: {len(fw['domains'])} domains, {count_q} questions, "
              f"{len(fw['recommendations'])} recommendations")
    for p in problems:
        print(p)
    if problems:
        return 1
    if runs is None:
        print(f"source documents not found at {seeds}: copy check skipped")
        return 77
    print("all framework checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
