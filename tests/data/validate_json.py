#!/usr/bin/env python3
"""Validates JSON files against a JSON Schema (draft 2020-12).

Usage: validate_json.py SCHEMA FILE...
Prints one line per file; exit 1 if any file does not validate.
"""
import json
import sys
from pathlib import Path

import jsonschema


def sibling_schemas(schema_path):
    """Every schema beside SCHEMA_PATH by its $id, so "$ref": "urn:ahplead:schema:..." resolves offline."""
    store = {}
    for path in Path(schema_path).parent.glob("*.schema.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        store[schema["$id"]] = schema
    return store


def make_validator(schema, store):
    checker = jsonschema.FormatChecker()
    try:  # jsonschema 4.18 and later resolve references through the referencing library
        from referencing import Registry, Resource
        registry = Registry().with_resources((uri, Resource.from_contents(s)) for uri, s in store.items())
        return jsonschema.Draft202012Validator(schema, registry=registry, format_checker=checker)
    except ImportError:  # Debian 12's jsonschema 4.10
        resolver = jsonschema.RefResolver.from_schema(schema, store=store)
        return jsonschema.Draft202012Validator(schema, resolver=resolver, format_checker=checker)


def main():
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = make_validator(schema, sibling_schemas(sys.argv[1]))
    failed = False
    for path in sys.argv[2:]:
        doc = json.load(open(path, encoding="utf-8"))
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
        for err in errors:
            pointer = "/" + "/".join(str(p) for p in err.absolute_path)
            print(f"{path}: {pointer}: {err.message}")
        failed = failed or bool(errors)
        if not errors:
            print(f"{path}: valid")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
