"""Scoring an outline against a coder's gold themes (the evaluation kit's rules).

Each gold file lists the survey's questions (``key``: words of the question),
their answers (``responses``: words of each answer, in order) and the themes a
qualitative researcher coded before Briefer ran (``members``: 1-based answer
positions; ``optional`` members count neither way). Predicted themes are the
``themes`` of ``briefer outline --json``; they are paired one-to-one with gold
themes, greedily by Jaccard overlap, and scored as micro precision / recall /
F1 over (theme, respondent) pairs. Gold themes of one member are not scored.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

Score = tuple[int, int, int]  # true positives, false positives, false negatives


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("**", "")
    return " ".join(text.replace("__", "").lower().split())


def predictions(data: dict[str, Any], gold: dict[str, Any]) -> dict[int, list[set[int]]]:
    """Gold question index -> predicted themes as sets of gold answer positions."""
    questions = [q for s in data.get("surveys", []) for q in s.get("questions", [])]
    used: set[str] = set()
    preds: dict[int, list[set[int]]] = {}
    for gi, gq in enumerate(gold["questions"]):
        key = _norm(gq["key"])
        q = next((q for q in questions if key in _norm(q["text"]) and q["id"] not in used), None)
        if q is None:
            continue
        used.add(q["id"])
        positions: dict[str, int] = {}
        taken: set[str] = set()
        for pos, words in enumerate(gq["responses"], start=1):
            hit = next((r for r in q["responses"] if r["id"] not in taken
                        and _norm(words) in _norm(r["text"])), None)
            if hit is not None:
                taken.add(hit["id"])
                positions[hit["id"]] = pos
        preds[gi] = [{positions[r] for r in t["responses"] if r in positions}
                     for s in data.get("outline", []) if s.get("question") == q["id"]
                     for t in s.get("themes", [])]
    return preds


def score(gold: dict[str, Any], preds: dict[int, list[set[int]]]) -> Score:
    tp = fp = fn = 0
    for gi, gq in enumerate(gold["questions"]):
        golds = [g for g in gq["themes"] if len(g["members"]) >= 2]
        mine = preds.get(gi, [])
        pairs = sorted(((_jaccard(p - set(g.get("optional", [])), set(g["members"])), i, j)
                        for i, g in enumerate(golds) for j, p in enumerate(mine)),
                       key=lambda x: (-x[0], x[1], x[2]))
        g_used: set[int] = set()
        p_used: set[int] = set()
        for overlap, i, j in pairs:
            if overlap <= 0 or i in g_used or j in p_used:
                continue
            g_used.add(i)
            p_used.add(j)
            members, optional = set(golds[i]["members"]), set(golds[i].get("optional", []))
            tp += len(mine[j] & members)
            fp += len(mine[j] - members - optional)
            fn += len(members - mine[j])
        fp += sum(len(p) for j, p in enumerate(mine) if j not in p_used)
        fn += sum(len(g["members"]) for i, g in enumerate(golds) if i not in g_used)
    return tp, fp, fn


def _jaccard(a: set[int], b: set[int]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_folder(folder: Path, data: dict[str, Any] | None = None) -> Score:
    """Score one survey folder, with the outline JSON given or made in-process."""
    gold = json.loads(next(folder.glob("*.gold.json")).read_text(encoding="utf-8"))
    if data is None:
        from briefer.cli import outline_data
        from briefer.io.project_file import load_project

        data = outline_data(load_project(folder))
    return score(gold, predictions(data, gold))


def total(folders: Iterable[Path]) -> tuple[float, float, float]:
    sums = [0, 0, 0]
    for folder in folders:
        sums = [a + b for a, b in zip(sums, score_folder(folder), strict=True)]
    return prf(*sums)


def survey_folders(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if p.is_dir() and list(p.glob("*.gold.json")))
