"""Runs pylint on samples/*.py, one file at a time and then all together, and writes what it
counted and printed to packages/core/src/__fixtures__/pylint-scores.json, which the core tests
use to check that upkeep computes and prints the same scores as pylint."""

import io
import os
import json
import platform
import re
import sys
from pathlib import Path

import astroid
from pylint import __version__ as pylint_version
from pylint.lint import Run
from pylint.reporters.text import TextReporter

HERE = Path(__file__).resolve().parent
SAMPLES = HERE / "samples"
FIXTURE = HERE.parents[1] / "packages" / "core" / "src" / "__fixtures__" / "pylint-scores.json"
# no rcfile and no stored previous run, so the result depends on the samples and pylint only;
# useless-suppression is enabled to have an informational (I) message, which is counted but not scored
OPTIONS = ["--rcfile=/dev/null", "--persistent=n", "--score=y", "--jobs=1", "--enable=useless-suppression"]
CATEGORIES = ["fatal", "error", "warning", "refactor", "convention", "info"]
RATING = re.compile(r"Your code has been rated at (-?\d+\.\d\d)/10")


class RecordingReporter(TextReporter):
    """Prints like pylint's default text reporter and also keeps every message."""

    def __init__(self, output):
        super().__init__(output)
        self.recorded = []

    def handle_message(self, msg):
        self.recorded.append(f"{msg.msg_id} {msg.symbol}")
        super().handle_message(msg)


def run_pylint(files):
    output = io.StringIO()
    reporter = RecordingReporter(output)
    linter = Run([*OPTIONS, *files], reporter=reporter, exit=False).linter
    printed = output.getvalue()
    rating = RATING.search(printed)
    return {
        "statements": linter.stats.statement,
        "counts": {category: getattr(linter.stats, category) for category in CATEGORIES},
        "messages": sorted(reporter.recorded),
        "rating": rating.group(1) if rating else None,
    }


def main():
    files = sorted(path.name for path in SAMPLES.glob("*.py"))
    # pylint names modules after the paths it is given, so it runs inside samples/
    os.chdir(SAMPLES)
    modules = [{"file": name, **run_pylint([name])} for name in files]
    total = {"files": files, **run_pylint(files)}
    fixture = {
        "generator": "scripts/pylint/make-fixture.sh",
        "pylint": pylint_version,
        "astroid": astroid.__version__,
        "python": platform.python_version(),
        "options": OPTIONS,
        "modules": modules,
        "total": total,
    }
    FIXTURE.write_text(json.dumps(fixture, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {FIXTURE.relative_to(HERE.parents[1])}: {len(modules)} modules, total rated {total['rating']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
