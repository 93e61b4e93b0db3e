"""Relevance benchmark: do the passages an analyst wants come first?

    python tests/bench/bench_relevance.py [--before REV] [--verbose]

Queries of the kinds analysts type (exact phrases, abbreviated words, typos,
French words, a word still being typed), each with the passage a person
judged relevant: a source and a piece of its text. The queries run over the
bundled sample and over a small corpus written here (16 short trade
articles, five in French). A hit is relevant when it is the judged source and
the passage it points at (``start``-``end``) overlaps the judged passage; a
query's reciprocal rank is 1 / the rank of its first relevant hit.

The judgements were written before the ranking was changed, so the numbers
compare fairly: ``--before REV`` (default: the commit before the ranking
work) is checked out in a temporary git worktree and measured in a separate
process, next to the working tree. Prints MRR, recall@5 and the share of
queries whose first hit is relevant (the goal: 80 % or more).
"""

from __future__ import annotations

import argparse
import inspect
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BEFORE = "38cac8e"  # the ranking before this benchmark existed

# id -> (title, language, text): short articles in the style of the wire services
CORPUS: dict[str, tuple[str, str, str]] = {
    "b01": ("Steel and aluminum tariffs to stay, Ottawa told", "en",
            "Washington signalled on Monday that the 25 per cent tariffs on Canadian steel and "
            "aluminum will remain in place while the CUSMA review proceeds. Industry groups in "
            "Hamilton warned that the tariffs are costing jobs. The Minister said Canada is "
            "prepared to respond with countermeasures if talks stall."),
    "b02": ("Dairy quotas back on the table", "en",
            "American negotiators have again asked for wider access to Canada's dairy market. "
            "Supply management of milk, eggs and poultry has been defended by every government "
            "since the 1970s, and Parliament passed a bill protecting it from future trade "
            "concessions. Farm groups welcomed the law."),
    "b03": ("Softwood lumber duties raised again", "en",
            "The U.S. Commerce Department raised its combined duties on Canadian softwood lumber "
            "to more than 14 per cent. British Columbia mills said the duties are unjustified. "
            "The softwood lumber dispute has outlasted every agreement since 1982."),
    "b04": ("Electric vehicles and the parts makers", "en",
            "Automakers warned that changes to the automotive rules of origin could shift "
            "production of electric vehicles to Mexico. Under the current agreement, 75 per cent "
            "of a vehicle's content must come from North America. Parts makers in Windsor want "
            "the threshold kept."),
    "b05": ("Critical minerals partnership announced", "en",
            "Canada and the United States announced a partnership on critical minerals, "
            "including lithium, nickel and cobalt. The deal aims to secure supply chains for "
            "batteries and reduce dependence on China."),
    "b06": ("Digital services tax withdrawn", "en",
            "Ottawa withdrew the digital services tax days before it was due, after Washington "
            "threatened to end trade negotiations. Business groups said the retreat showed the "
            "limits of Canada's leverage."),
    "b07": ("Canola exports to China resume", "en",
            "Shipments of canola seed to China resumed after a three-year halt. Prairie farmers "
            "said the lost sales had cost billions. China had cited pests in shipments, a claim "
            "Canadian inspectors rejected."),
    "b08": ("Dispute settlement panel rules for Canada", "en",
            "A dispute settlement panel under Chapter 10 found that the American method for "
            "calculating duties broke the agreement. Trade lawyers said the ruling would matter "
            "for future reviews of anti-dumping cases."),
    "b09": ("Retaliatory tariffs list published", "en",
            "The Department of Finance published a list of American goods facing retaliatory "
            "tariffs, from orange juice to motorcycles. Consultations on the list run for thirty "
            "days. Economists said retaliation of this kind rarely changes American policy."),
    "b10": ("Mexico and Canada deepen ties ahead of review", "en",
            "The prime minister met the Mexican president to coordinate positions before the "
            "joint review of the agreement. Officials said the two countries would resist any "
            "attempt to negotiate bilaterally with each of them in turn."),
    "b11": ("Border security spending doubled", "en",
            "Canada doubled its spending on border security, adding helicopters, drones and "
            "officers, to answer American complaints about fentanyl and migration. Critics said "
            "the tariff threat had dictated the budget."),
    "f01": ("Ottawa maintient ses contre-mesures", "fr",
            "Le gouvernement fédéral maintiendra les contre-mesures tarifaires sur l'acier "
            "américain tant que Washington n'aura pas levé ses tarifs. La ministre a affirmé "
            "que la négociation se poursuit avec les représentants américains."),
    "f02": ("Gestion de l'offre : le Bloc exige des garanties", "fr",
            "Le Bloc québécois exige que la gestion de l'offre soit exclue de toute négociation "
            "commerciale. Les producteurs de lait du Québec craignent de nouvelles concessions "
            "vis-à-vis des États-Unis."),
    "f03": ("Les négociations avec Washington piétinent", "fr",
            "Les négociations commerciales entre le Canada et les États-Unis piétinent, selon "
            "une source gouvernementale. Les équipes ne se sont pas rencontrées depuis la fin "
            "août et aucune rencontre n'est prévue."),
    "f04": ("Aluminium : les alumineries québécoises inquiètes", "fr",
            "Les alumineries du Saguenay s'inquiètent des droits de douane américains sur "
            "l'aluminium. Les exportations ont chuté de vingt pour cent depuis l'imposition des "
            "tarifs, selon l'Association de l'aluminium du Canada."),
    "f05": ("Règles d'origine : l'industrie automobile demande de la clarté", "fr",
            "Les fabricants de pièces automobiles demandent au gouvernement de défendre les "
            "règles d'origine actuelles lors de l'examen de l'accord. Un changement "
            "déplacerait la production vers le Mexique, préviennent-ils."),
}

# (query, typing?, [(source key, passage)...]) -- a source key is a corpus id or a
# bundled seed's three-digit prefix; the passage is text of that source
JUDGED: list[tuple[str, bool, list[tuple[str, str]]]] = [
    # exact phrases, as copied from a source
    ('"Canada is continuing to defend"', False, [("002", "Canada is continuing to defend")]),
    ("Canada is continuing to defend", False, [("002", "Canada is continuing to defend")]),
    ("LeBlanc highlighted", False, [("003", "recently highlighted")]),
    ("supply management dairy", False, [("b02", "Supply management of milk"),
                                        ("002", "supply management")]),
    ("softwood lumber duties", False, [("b03", "duties on Canadian softwood lumber")]),
    ("critical minerals China", False, [("b05", "critical minerals")]),
    ("rules of origin", False, [("003", "rules of origin"), ("b04", "rules of origin")]),
    ("retaliatory tariffs", False, [("b09", "retaliatory tariffs"),
                                    ("003", "retaliatory tariffs")]),
    ("border security", False, [("b11", "border security"), ("003", "border security")]),
    ("progressive trade agenda", False, [("000", "progressive trade agenda")]),
    ("divide and conquer", False, [("001", "divide and conquer")]),
    ("trade relationship between Canada and the United States", False,
     [("004", "trade relationship between Canada and the United States")]),
    ("trade war with China", False, [("002", "trade war with China")]),
    ("Mexico negotiate separately", False, [("001", "negotiate separately with Mexico")]),
    ("climate change supply chains", False, [("004", "climate change"),
                                              ("004", "supply chains")]),
    # partial and abbreviated words
    ("auto rules of origin", False, [("003", "automotive rules of origin"),
                                     ("b04", "automotive rules of origin")]),
    ("dispute panel", False, [("b08", "dispute settlement panel")]),
    ("digital tax withdrawn", False, [("b06", "withdrew the digital services tax")]),
    # typos
    ("tarif", False, [("b01", "tariffs"), ("003", "tariffs"), ("b09", "tariffs"),
                      ("f01", "tarifs"), ("f04", "tarifs"), ("002", "tariffs"),
                      ("001", "tariffs"), ("b11", "tariff")]),
    ("negociations", False, [("f03", "négociations"), ("001", "negotiations"),
                             ("002", "negotiations"), ("003", "negotiations"),
                             ("000", "negotiations"), ("b06", "negotiations")]),
    ("canola chine", False, [("b07", "canola")]),
    ("Lighthizr Freeland", False, [("002", "Lighthizer")]),
    # French
    ("négociations", False, [("f03", "négociations"), ("f01", "négociation"),
                             ("f02", "négociation")]),
    ("gestion de l'offre", False, [("f02", "gestion de l'offre")]),
    ("règle d'origine automobile", False, [("f05", "règles d'origine")]),
    ("alumineries aluminium tarifs", False, [("f04", "Les alumineries du Saguenay")]),
    ("contre-mesures acier", False, [("f01", "contre-mesures tarifaires sur l'acier")]),
    # French inflections Porter does not join (added with the French stemmer)
    ("négociation commercial", False, [("f02", "négociation commerciale"),
                                       ("f03", "négociations commerciales")]),
    ("producteur québécois", False, [("f02", "Le Bloc québécois"),
                                     ("f02", "Les producteurs de lait du Québec")]),
    # words being typed (as-you-type search: the last word is unfinished)
    ("tarif", True, [("b01", "tariffs"), ("003", "tariffs"), ("b09", "tariffs"),
                     ("f01", "tarifs"), ("f04", "tarifs"), ("002", "tariffs"),
                     ("001", "tariffs"), ("b11", "tariff")]),
    ("softwood lum", True, [("b03", "softwood lumber")]),
    ("Sheinb", True, [("001", "Sheinbaum")]),
    ("critical min", True, [("b05", "critical minerals")]),
]


def sources(seeds: Path) -> list:
    """The bundled sample and the benchmark's own articles, as Sources."""
    from briefer.core.source import Source, SourceMeta
    from briefer.io.sources import load_folder

    loaded, _ = load_folder(seeds)
    for key, (title, language, text) in CORPUS.items():
        meta = SourceMeta(title=title)
        if hasattr(meta, "language"):
            meta.language = language
        loaded.append(Source(id=key, text=text, meta=meta))
    return loaded


def key_of(source_id: str) -> str:
    return source_id if source_id in CORPUS else source_id[:3]


def without_words_table() -> None:
    """The experiment ``--no-words``: the index as if it had only its stemmed table.

    Prefix terms (``negotiat*``, and the widened words "auto" -> "auto*") are
    looked up in ``fts``, whose tokenizer stems the prefix as it stems words,
    and the typo suggestions read that table's vocabulary (stems). Patched in
    this measuring process only.
    """
    import briefer.index.fts as fts
    import briefer.index.sql as sql

    plain_rows = sql.rows

    def rows(conn, total, query, limit, stems):  # type: ignore[no-untyped-def]
        if stems == "fts":
            original = sql.query_one, sql.query_mixed

            def one(conn, total, table, query, limit):  # type: ignore[no-untyped-def]
                return original[0](conn, total, "fts", query, limit)

            sql.query_one = one
            sql.query_mixed = lambda conn, query, limit, stems="fts": original[0](
                conn, 0, "fts", query, limit)
            try:
                return plain_rows(conn, total, query, limit, stems)
            finally:
                sql.query_one, sql.query_mixed = original
        return plain_rows(conn, total, query, limit, stems)

    fts.sql_rows = rows

    def vocabulary(self, start, shortest, longest):  # type: ignore[no-untyped-def]
        with self._lock:
            self._conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_vocab "
                               "USING fts5vocab(main, fts, row)")
            return list(self._conn.execute(
                "SELECT term, doc FROM temp.fts_vocab WHERE term >= ? AND term < ? "
                "AND length(term) BETWEEN ? AND ?",
                (start, start + "\U0010ffff", shortest, longest)))

    fts.SearchIndex._vocabulary = vocabulary


def measure(seeds: Path, no_words: bool = False) -> dict:
    """Run every judged query with the briefer importable here; ranks and first hits."""
    from briefer.index import SearchIndex

    if no_words:
        without_words_table()

    all_sources = sources(seeds)
    texts = {key_of(s.id): s.text for s in all_sources}
    index = SearchIndex()
    index.update(all_sources)
    can_type = "typing" in inspect.signature(index.search).parameters
    rows = []
    for query, typing, judged in JUDGED:
        wanted = []
        for key, passage in judged:  # every place the passage is written counts
            start = texts[key].find(passage)
            assert start >= 0, (key, passage)
            while start >= 0:
                wanted.append((key, start, start + len(passage)))
                start = texts[key].find(passage, start + 1)
        kwargs = {"typing": True} if typing and can_type else {}
        hits = index.search(query, limit=10, **kwargs)
        rank = 0
        for position, hit in enumerate(hits, 1):
            key = key_of(hit.source_id)
            for w_key, w_start, w_end in wanted:
                if key == w_key and ((hit.start < w_end and w_start < hit.end)
                                     or (hit.start == hit.end == 0 and not w_start)):
                    rank = position
                    break
            if rank:
                break
        relevant_top5 = {key_of(h.source_id) for h in hits[:5]} & {k for k, _, _ in wanted}
        rows.append({"query": query, "typing": typing, "rank": rank,
                     "recall5": len(relevant_top5) / min(5, len({k for k, _, _ in wanted})),
                     "first": key_of(hits[0].source_id) if hits else "-"})
    index.close()
    return {"rows": rows}


def run_at(code: Path, seeds: Path, *extra: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--measure", str(code), str(seeds), *extra],
                         capture_output=True, text=True, check=True, cwd=code)
    return json.loads(out.stdout)


def summary(rows: list[dict]) -> tuple[float, float, float]:
    n = len(rows)
    mrr = sum(1 / r["rank"] for r in rows if r["rank"]) / n
    recall = sum(r["recall5"] for r in rows) / n
    first = sum(1 for r in rows if r["rank"] == 1) / n
    return mrr, recall, first


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", default=BEFORE)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--measure", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--no-words", action="store_true",
                        help="now: also measure without the unstemmed table (prefixes and "
                        "typo suggestions from the stemmed one), beside it")
    args = parser.parse_args()
    if args.measure:
        sys.path.insert(0, args.measure[0])
        print(json.dumps(measure(Path(args.measure[1]), args.no_words)))
        return
    seeds = ROOT / "seeds"
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "before"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q",
                        str(tree), args.before], check=True)
        try:
            before = run_at(tree, seeds)["rows"]
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                           check=True)
    after = run_at(ROOT, seeds)["rows"]
    if args.no_words:
        bare = run_at(ROOT, seeds, "--no-words")["rows"]
        print(f"{'query':34} {'typing':6} {'rank with words':>15} {'without':>8}")
        for full, cut in zip(after, bare, strict=True):
            if full["rank"] != cut["rank"]:
                print(f"{full['query'][:34]:34} {'yes' if full['typing'] else '':6} "
                      f"{full['rank'] or '-':>15} {cut['rank'] or '-':>8}")
        for name, rows in (("now, with the words table", after), ("now, without", bare)):
            mrr, recall, first = summary(rows)
            print(f"| {name} | {len(rows)} | {mrr:.3f} | {recall:.3f} | {first:.0%} |")
        print()
    print(f"{'query':34} {'typing':6} {'rank before':>11} {'rank now':>8}  first before/now")
    for old, new in zip(before, after, strict=True):
        print(f"{old['query'][:34]:34} {'yes' if old['typing'] else '':6} "
              f"{old['rank'] or '-':>11} {new['rank'] or '-':>8}  {old['first']}/{new['first']}")
    print()
    print("| ranking | queries | MRR | recall@5 | relevant first |")
    print("|---------|---------|-----|----------|----------------|")
    for name, rows in ((f"before ({args.before})", before), ("now", after)):
        mrr, recall, first = summary(rows)
        print(f"| {name} | {len(rows)} | {mrr:.3f} | {recall:.3f} | {first:.0%} |")


if __name__ == "__main__":
    main()
