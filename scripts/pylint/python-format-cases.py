"""Writes packages/core/src/__fixtures__/python-format.json: how Python prints doubles with
f"{x:.2f}" (how pylint prints a score) and f"{x:+.2f}" (how it prints the change from the
previous run), for values chosen to hit every rounding case: decimal ties that are not binary
ties, exact binary ties, negatives, -0.0, tiny and huge magnitudes, and pseudo-random doubles.
Values are stored as repr() strings, which JavaScript's Number() reads back to the same double."""

import json
import random
import struct
import sys
from pathlib import Path

FIXTURE = Path(__file__).resolve().parents[2] / "packages" / "core" / "src" / "__fixtures__" / "python-format.json"


def values():
    yield from (0.0, -0.0, 5e-324, -5e-324, 2.0**-47, 1e-15, 0.005, 0.015, 0.025, 1.005, 2.675, 5.625, 9.125)
    yield from (9.995, 9.994999999999999, 10.0, 1e16, 2.0**53 + 2, 1e21 - 65536, 1e21, 1e22, -1e300, 1.7976931348623157e308)
    yield from (k / 1000 for k in range(-200, 10001, 5))
    yield from (k / 16 for k in range(-400, 401))
    yield from (10 - ((5 * e + w) / s) * 10 for s in range(1, 41) for e in range(0, 3) for w in range(0, 9))
    generator = random.Random(20240101)
    yield from (generator.uniform(-20, 20) for _ in range(500))
    # any bit pattern, to cover every exponent; NaN and infinity are not JSON and are tested by hand
    for _ in range(300):
        value = struct.unpack("<d", generator.getrandbits(64).to_bytes(8, "little"))[0]
        if value == value and abs(value) != float("inf"):
            yield value


def main():
    seen = set()
    cases = []
    for value in values():
        key = repr(value)
        if key not in seen:
            seen.add(key)
            cases.append([key, f"{value:.2f}", f"{value:+.2f}"])
    # one case per line keeps the file reviewable in a diff
    lines = ",\n    ".join(json.dumps(case) for case in cases)
    header = f'{{\n  "python": {json.dumps(sys.version.split()[0])},\n  "columns": ["value", "score", "delta"],\n'
    FIXTURE.write_text(f'{header}  "cases": [\n    {lines}\n  ]\n}}\n', encoding="utf-8")
    print(f"wrote {FIXTURE.name}: {len(cases)} values")
    return 0


if __name__ == "__main__":
    sys.exit(main())
