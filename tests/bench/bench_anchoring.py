"""How long re-anchoring and "find the source of a quote" take.

    python tests/bench/bench_anchoring.py

Prints one table: ``anchor`` on a ~60 KB text for quotes of several lengths
under three kinds of edit (the quote removed, a word inserted inside it, the
whole text shuffled — the worst case, every strategy runs), and
``locate_quote`` over 1,000 and 10,000 generated 6 KB sources.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from briefer.bundled import seeds_dir  # noqa: E402
from briefer.core.anchoring import anchor, locate_quote  # noqa: E402
from briefer.core.excerpt import make_excerpt  # noqa: E402
from briefer.core.source import Source  # noqa: E402
from briefer.io.sources import load_folder  # noqa: E402
from tests.core.test_anchoring import _long_text  # noqa: E402  (the texts the tests use)


def bench_anchor(corpus: list[Source]) -> list[tuple[str, str, float, float]]:
    text = _long_text(corpus)
    rng = random.Random(2)
    rows = []
    for length in (12, 150, 1500, 5000):
        for mode, name in enumerate(("quote removed", "word inserted", "text shuffled")):
            times = []
            for _ in range(5):
                start = rng.randrange(0, 20_000 - length)
                ex = make_excerpt("s", text, start, start + length)
                a, b = ex.position.start, ex.position.end
                edited = [text[:a] + text[b:],
                          text[:(a + b) // 2] + "[sic]" + text[(a + b) // 2:],
                          "".join(rng.sample(text, len(text)))][mode]
                began = time.perf_counter()
                anchor(ex, edited)
                times.append((time.perf_counter() - began) * 1000)
            rows.append((f"anchor, {length}-char quote, 60 KB", name,
                         statistics.median(times), max(times)))
    return rows


def bench_locate(corpus: list[Source], count: int) -> tuple[str, str, float, float]:
    rng = random.Random(3)
    words = " ".join(s.text for s in corpus).split()
    sources = [Source(id=f"g{i}", text=" ".join(rng.choice(words) for _ in range(1000)))
               for i in range(count)]
    sources[count // 2] = Source(id="target", text=sources[count // 2].text + "\n\n"
                                 + corpus[0].text)
    pasted = "Joseph Pickerill, a spokesman for Canada's trade minister, said on Monday"
    times = []
    for _ in range(3):
        began = time.perf_counter()
        matches = locate_quote(sources, pasted)
        times.append((time.perf_counter() - began) * 1000)
        assert matches[0].source_id == "target"
    return (f"locate_quote, {count:,} sources", "straight quotes pasted",
            statistics.median(times), max(times))


def main() -> None:
    corpus, _ = load_folder(seeds_dir())
    rows = [*bench_anchor(corpus), bench_locate(corpus, 1000), bench_locate(corpus, 10_000)]
    print(f"| {'what':<38} | {'edit':<22} | median ms | worst ms |")
    print(f"|{'-' * 40}|{'-' * 24}|-----------|----------|")
    for what, edit, median, worst in rows:
        print(f"| {what:<38} | {edit:<22} | {median:9.1f} | {worst:8.1f} |")


if __name__ == "__main__":
    main()
