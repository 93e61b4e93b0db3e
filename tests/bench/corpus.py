"""A seeded synthetic news corpus for scale tests and benchmarks.

Articles read like trade-policy news: sentences from a word chain trained on
the sample articles, mixed with sentences naming people (some with accents),
organisations, places, products, dates and figures. A long tail of rare
surnames and bill numbers gives the vocabulary the shape real corpora have
(a few words everywhere, most words in a handful of articles). Each article
has a CSL sidecar (.yaml). The same seed always writes the same corpus.

    python tests/bench/corpus.py DEST N [--seed 7] [--plain]

writes a project folder (project.yaml + sources/) or, with --plain, a plain
folder of sources. The sample survey is included so an outline is built.
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import shutil
from pathlib import Path

import yaml

from briefer.bundled import seeds_dir

FIRST = ["François", "Mélanie", "Chrystia", "Dominic", "Katherine", "Jean-Pierre", "Hélène",
         "Mark", "Anita", "Robert", "Mary", "Justin", "Pierre", "Danielle", "Doug", "Wab",
         "Gina", "Jamieson", "Howard", "Ursula", "Claudia", "Marcelo", "Amélie", "Björn",
         "Zoë", "José", "Renée", "Stéphane", "Ahmed", "Priya", "Wei", "Olusegun"]
LAST = ["Champagne", "Joly", "Freeland", "LeBlanc", "Tai", "Lighthizer", "Carney", "Ng",
        "Anand", "Lutnick", "Greer", "Hillman", "Ford", "Kinew", "Raimondo", "Sheinbaum",
        "Ebrard", "Poilievre", "Smith", "Legault", "Eby", "Houston", "Moe", "Côté", "Gagné",
        "Tremblay", "Bouchard", "Nguyen", "Okafor", "Müller", "García", "Lévesque"]
ROLES = ["trade minister", "deputy minister", "chief negotiator", "senior official",
         "premier", "ambassador", "commerce secretary", "trade representative",
         "economist", "industry spokesperson", "union president", "analyst"]
ORGS = ["Global Affairs Canada", "the Canadian Chamber of Commerce", "the Business Council of "
        "Canada", "the Office of the U.S. Trade Representative", "the Department of Commerce",
        "Unifor", "the United Steelworkers", "the Dairy Farmers of Canada", "the Canadian "
        "Federation of Independent Business", "the Bank of Canada", "the Conference Board",
        "the C.D. Howe Institute", "the Peterson Institute", "the Canada Border Services "
        "Agency", "Statistics Canada", "the Senate Finance Committee", "the House of Commons"]
PLACES = ["Ottawa", "Washington", "Mexico City", "Toronto", "Montréal", "Québec City",
          "Windsor", "Detroit", "Calgary", "Vancouver", "Saskatoon", "Halifax", "Winnipeg",
          "Sault Ste. Marie", "Hamilton", "Trois-Rivières", "Monterrey", "Ciudad Juárez",
          "Buffalo", "Seattle", "Lévis", "Saguenay"]
PRODUCTS = ["softwood lumber", "aluminum", "steel", "dairy", "canola", "potash", "auto parts",
            "critical minerals", "electric vehicle batteries", "natural gas", "crude oil",
            "pork", "wheat", "semiconductors", "fertilizer", "uranium", "pharmaceuticals"]
OUTLETS = ["The Globe and Mail", "Toronto Star", "CBC News", "Reuters", "The Canadian Press",
           "Financial Post", "Le Devoir", "La Presse", "Politico", "Bloomberg",
           "Ottawa Citizen", "National Post"]
TOPICS = ["rules of origin", "supply management", "dispute settlement", "digital services tax",
          "countervailing duties", "Buy American provisions", "the CUSMA review",
          "retaliatory tariffs", "border security", "procurement rules", "labour standards",
          "the sunset clause", "Section 232 tariffs", "de minimis thresholds"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
_SYL = ["ka", "lo", "vi", "ran", "mer", "sto", "dal", "ber", "qui", "zen", "tor", "ash", "nel",
        "gri", "pol", "mau", "vre", "chi", "dun", "sel", "té", "rö", "bra", "fin", "gor", "lä"]

# The fixed benchmark queries: rare terms, common terms, phrases, prefixes,
# accents and a few multi-word ones. Rare terms are tail names of this lexicon.
def tail_names(count: int = 30000, seed: int = 99) -> list[str]:
    rng = random.Random(seed)
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < count:
        name = "".join(rng.choice(_SYL) for _ in range(rng.randint(2, 4))).capitalize()
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def benchmark_queries() -> list[str]:
    tail = tail_names()
    rare = [tail[i] for i in (40, 300, 900, 2500, 6000, 12000, 20000, 27000)]
    bills = ["C-1234", "H.R. 5821"]
    common = ["trade", "Canada", "government", "tariffs", "said", "minister", "United States",
              "the"]
    phrases = ['"rules of origin"', '"softwood lumber"', '"supply management"',
               '"prime minister"', '"critical minerals"', '"dispute settlement"',
               '"Canadian Chamber of Commerce"', '"retaliatory tariffs"', '"border security"',
               '"Trois-Rivières"']
    prefixes = ["negotiat*", "tariff*", "alumin*", "Champ*", "semicon*", "proc*", "re*",
                f"{rare[2][:5]}*"]
    accents = ["Québec", "quebec", "Montréal", "Côté", "Zoë"]
    multi = ["steel tariffs", "dairy quota", "Freeland Lighthizer",
             "canola China", "potash -fertilizer", "lumber OR timber",
             f"{rare[0]} {rare[1]}", "budget AND", '"unclosed quote']
    queries = rare + bills + common + phrases + prefixes + accents + multi
    assert len(queries) == 50, len(queries)
    return queries


class Writer:
    """Article text and metadata from a seeded random source."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.tail = tail_names()
        self.tail_cum = list(itertools.accumulate(1.0 / (i + 10) for i in range(len(self.tail))))
        self.chain, self.starts = self._train()
        self.focus: dict[int, list[str]] = {}

    @staticmethod
    def _train() -> tuple[dict[tuple[str, str], list[str]], list[tuple[str, str]]]:
        words: list[str] = []
        for path in sorted(seeds_dir().glob("00[0-3]_*.txt")):
            words += path.read_text(encoding="utf-8").replace("..", ".").split()
        chain: dict[tuple[str, str], list[str]] = {}
        starts = []
        for a, b, c in zip(words, words[1:], words[2:], strict=False):
            chain.setdefault((a, b), []).append(c)
            if a.endswith(".") and b[:1].isupper():
                starts.append((b, c))
        return chain, starts

    def pick(self, choices: list[str]) -> str:
        """Mostly what this article is about, now and then anything (as in real news)."""
        focus = self.focus.get(id(choices))
        if focus and self.rng.random() < 0.85:
            return self.rng.choice(focus)
        return self.rng.choice(choices)

    def person(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            return f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        return f"{rng.choice(FIRST)} {self.rare()}"

    def rare(self) -> str:
        return self.rng.choices(self.tail, cum_weights=self.tail_cum)[0]

    def date(self) -> tuple[int, int, int]:
        rng = self.rng
        return rng.randint(2017, 2025), rng.randint(1, 12), rng.randint(1, 28)

    def chain_sentence(self) -> str:
        rng = self.rng
        a, b = rng.choice(self.starts)
        out = [a, b]
        while len(out) < 45:
            nxt = self.chain.get((a, b))
            if not nxt:
                break
            c = rng.choice(nxt)
            out.append(c)
            a, b = b, c
            if c.endswith((".", "?", "!")) and len(out) > 6:
                break
        sentence = " ".join(out)
        return sentence if sentence.endswith((".", "?", "!", "”")) else sentence + "."

    def fact_sentence(self) -> str:
        rng = self.rng
        y, m, d = self.date()
        when = f"{MONTHS[m - 1]} {d}, {y}"
        figure = f"{rng.randint(2, 95)}{rng.choice(['', '.5'])} per cent"
        money = f"${rng.randint(1, 900)} {rng.choice(['million', 'billion'])}"
        templates = [
            f"Exports of {self.pick(PRODUCTS)} from {self.pick(PLACES)} fell {figure} "
            f"after the tariffs took effect on {when}.",
            f"{self.person()}, {rng.choice(ROLES)} at {self.pick(ORGS)}, met counterparts in "
            f"{self.pick(PLACES)} to discuss {self.pick(TOPICS)}.",
            f"The dispute over {self.pick(TOPICS)} has cost producers of "
            f"{self.pick(PRODUCTS)} an estimated {money}, according to {self.pick(ORGS)}.",
            f"Bill C-{rng.randint(2, 2999)} would change how {self.pick(TOPICS)} apply to "
            f"{self.pick(PRODUCTS)}, a spokesperson for {self.person()} said.",
            f"In {self.pick(PLACES)}, {self.rare()} Industries said it would move "
            f"production of {self.pick(PRODUCTS)} to {self.pick(PLACES)} by {y + 2}.",
            f"H.R. {rng.randint(100, 9999)}, introduced on {when}, targets "
            f"{self.pick(PRODUCTS)} imports from Canada and Mexico.",
            f"The Prime Minister told reporters in {self.pick(PLACES)} that {self.pick(TOPICS)}"
            f" remained “a red line” for Canada.",
        ]
        return rng.choice(templates)

    def quote_sentence(self) -> str:
        rng = self.rng
        said = rng.choice(["said", "told reporters", "noted", "warned", "added"])
        return (f"“{self.chain_sentence().rstrip('.')},” {said} {self.person()}, "
                f"{rng.choice(ROLES)} with {self.pick(ORGS)}.")

    def headline(self) -> str:
        rng = self.rng
        options = [
            f"{self.pick(PLACES)} braces for {self.pick(PRODUCTS)} tariffs",
            f"Talks on {self.pick(TOPICS)} stall as deadline nears",
            f"{rng.choice(LAST)} says Canada will not accept {self.pick(TOPICS)} demands",
            f"{self.pick(PRODUCTS).capitalize()} producers seek relief from duties",
            f"Ottawa and Washington trade barbs over {self.pick(PRODUCTS)}",
            f"Negotiators eye compromise on {self.pick(TOPICS)}",
        ]
        return rng.choice(options)

    def article(self) -> tuple[str, str]:
        """(title, text) of one article, about 6 kB on average."""
        rng = self.rng
        self.focus = {id(choices): rng.sample(choices, rng.randint(1, size)) for choices, size
                      in ((TOPICS, 2), (PRODUCTS, 3), (PLACES, 3), (ORGS, 3))}
        title = self.headline()
        target = min(30000, max(1500, int(rng.lognormvariate(8.6, 0.45))))
        place = self.pick(PLACES).upper()
        paragraphs: list[str] = []
        size = 0
        while size < target:
            sentences = []
            for _ in range(rng.randint(2, 5)):
                roll = rng.random()
                sentences.append(self.chain_sentence() if roll < 0.4 else
                                 self.fact_sentence() if roll < 0.75 else self.quote_sentence())
            paragraph = " ".join(sentences)
            if not paragraphs:
                paragraph = f"{place} — {paragraph}"
            paragraphs.append(paragraph)
            size += len(paragraph) + 2
        return title, title + "\n\n" + "\n\n".join(paragraphs) + "\n"

    def meta(self, title: str) -> dict[str, object]:
        rng = self.rng
        y, m, d = self.date()
        outlet = rng.choice(OUTLETS)
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]
        authors = [{"family": rng.choice(LAST), "given": rng.choice(FIRST)}
                   for _ in range(rng.choice([0, 1, 1, 1, 2]))]
        return {
            "type": "article-newspaper", "title": title, "container-title": outlet,
            "author": authors, "issued": {"date-parts": [[y, m, d]]},
            "URL": f"https://news.example/{y}/{m:02d}/{slug}", "accessed": None,
        }


def write_corpus(dest: Path, count: int, seed: int = 7, plain: bool = False) -> Path:
    """Write ``count`` articles (plus the sample survey) to ``dest``; returns ``dest``."""
    dest = Path(dest)
    folder = dest if plain else dest / "sources"
    folder.mkdir(parents=True, exist_ok=True)
    writer = Writer(seed)
    entries = []
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    for i in range(count):
        title, text = writer.article()
        stem = f"a{i:05d}"
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
        (folder / f"{stem}.yaml").write_text(
            yaml.dump(writer.meta(title), Dumper=dumper, allow_unicode=True, sort_keys=False),
            encoding="utf-8")
        entries.append({"id": stem, "file": f"{stem}.txt", "kind": "article"})
    survey = next(seeds_dir().glob("004_*.txt"))
    shutil.copy(survey, folder / "survey.txt")
    shutil.copy(survey.with_suffix(".yaml"), folder / "survey.yaml")
    entries.append({"id": "survey", "file": "survey.txt", "kind": "survey"})
    if not plain:
        project = {"format": "briefer-project", "version": 1, "name": dest.name,
                   "citation_style": "chicago", "sources": entries}
        (dest / "project.yaml").write_text(
            yaml.dump(project, Dumper=dumper, allow_unicode=True, sort_keys=False),
            encoding="utf-8")
    return dest


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dest", type=Path)
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--plain", action="store_true", help="a plain folder, not a project")
    args = parser.parse_args(argv)
    write_corpus(args.dest, args.count, args.seed, args.plain)


if __name__ == "__main__":
    main()
