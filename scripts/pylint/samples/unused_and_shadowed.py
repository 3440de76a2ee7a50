"""Collects records; several names are unused or shadowed."""
import json
import sys

records = []


def add_record(record, records=[]):
    """Append a record to a list."""
    unused_copy = list(records)
    records.append(record)
    return records


def load(path):
    """Read a file, hiding every failure."""
    try:
        with open(path) as handle:
            return handle.read()
    except Exception:
        pass
    return None


def report():
    """Print the number of records."""
    print(f"records:", len(records))
