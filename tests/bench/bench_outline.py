"""Outline benchmark: parsing a survey and finding its tallies and themes, by size.

    python tests/bench/bench_outline.py [--runs 3] [--largest 3000]

Surveys are built from the answers of the coded test surveys
(tests/outline_gold*), shuffled into questions of 60 answers each, so the
words are real answers' words. Times ``parse_survey`` + ``build_outline`` for
8, 80, 800 and more questions and prints a table with the time per question:
it should stay flat (the outline grows linearly with the survey). Target: a
survey of 60 respondents x 8 questions in under 0.5 s on the reference machine.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from briefer.core.survey_parser import parse_survey  # noqa: E402
from briefer.core.themes import build_outline, clear_caches  # noqa: E402

QUESTIONS = [
    "What is the main risk for exporters, and is it new?",
    "Should Canada keep, lower or repeal the surtax?",
    "Which markets should Canada prioritise?",
    "How should Ottawa respond to the tariffs?",
    "Do you support extending the agreement?",
    "What would happen to farms if quotas were lifted?",
    "Which port should come first, and who should pay?",
    "Anything else?",
]


def answers() -> list[str]:
    """Every answer of the coded test surveys, as written."""
    found: list[str] = []
    for path in sorted((ROOT / "tests").glob("outline_gold*/*/*.md")):
        survey = parse_survey(path.read_text(encoding="utf-8"), path.stem)
        found += [r.text for q in survey.questions for r in q.responses if not r.no_answer]
    return found


def survey_text(questions: int, respondents: int, pool: list[str], seed: int = 7) -> str:
    rng = random.Random(seed)
    lines = ["# Expert consultation (benchmark)", ""]
    for k in range(questions):
        lines += [f"## Q{k + 1}: {QUESTIONS[k % len(QUESTIONS)]}", ""]
        lines += [f"{i}. {rng.choice(pool)}" for i in range(1, respondents + 1)]
        lines.append("")
    return "\n".join(lines)


def timed(text: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        clear_caches()  # a cold start each time: no answer read before
        start = time.perf_counter()
        build_outline([parse_survey(text, "bench")])
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--largest", type=int, default=3000, help="questions in the largest")
    args = parser.parse_args()
    pool = answers()
    sizes = sorted({q for q in (8, 80, 800, args.largest) if q <= args.largest})
    print(f"{len(pool)} distinct answers from the coded surveys; 60 respondents a question")
    print(f"{'questions':>9} {'answers':>8} {'seconds':>9} {'ms/question':>12}")
    rows = []
    for questions in sizes:
        runs = args.runs if questions <= 800 else 1
        seconds = timed(survey_text(questions, 60, pool), runs)
        rows.append((questions, seconds))
        per = 1000 * seconds / questions
        print(f"{questions:>9} {questions * 60:>8} {seconds:>9.3f} {per:>12.1f}")
    first, last = rows[0], rows[-1]
    growth = (last[1] / last[0]) / (first[1] / first[0])
    print(f"target: 8 questions under 0.5 s -> {'met' if first[1] < 0.5 else 'MISSED'}; "
          f"time per question, largest / smallest: {growth:.2f} (1.0 is linear)")
    return 0 if first[1] < 0.5 else 1


if __name__ == "__main__":
    sys.exit(main())
