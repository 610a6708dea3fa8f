#!/usr/bin/env python3
"""Inter-annotator agreement: the original labels against a blind relabel, and the detector against both.

    python3 tests/data/real/agreement/compare.py [--pushback build/test/pushback] [--misses]

From the repository root. Reads the samples drawn by sample.py (sample.tsv), the original labels
(tests/data/real/dev.jsonl, tests/data/coaching/dev*.jsonl) and the blind relabels (relabel.jsonl).
With --pushback, the detector reads each sampled text alone (`pushback analyze --jsonl --reframe`) and is
scored on the same lines. Prints Markdown tables (the figures of AGREEMENT.md); --misses also lists
every line where the two labelers disagree, field by field. Python 3 standard library only.

Figures: for a yes/no label, raw agreement, Cohen's kappa, and positive agreement (2·both / (A+ + B+),
which is the F1 of either side scored against the other); for a single-choice label, accuracy and
kappa; "X as judged by Y" gives issue 12's and 13's target metrics (precision, recall, false flags,
accuracy) with Y as the gold side. 95 % intervals are percentile bootstraps over lines (2,000
resamples, fixed seed). "uniform" rows restrict to the lines the sampler drew at random rather than for
a rare label's quota (less rare-label-heavy, closer to the file's own mix).
"""
import argparse
import json
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree (ctest runs this)
sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample import ids  # noqa: E402  (the same reading of an id field: null, one id or a list)

ROOT = Path(__file__).resolve().parents[4]
REAL = ROOT / "tests/data/real"
COACH = ROOT / "tests/data/coaching"
KINDS = ["pushback", "reply-to-ask", "ask", "commitment", "summary", "status", "thanks", "other"]
PATTERNS = ["faster-please", "why-so-long", "last-company", "simple-version", "one-more-thing"]
FLAGS = ["person-directed", "skips-ladder", "broadcast", "sarcasm"]
ILLEGIT = ["new-framework", "aesthetic", "territorial", "my-way", "attachment"]
LEGIT = ["estimate", "misaligned-approach", "ignored-constraint", "underweighted-risk", "user-need",
         "better-alternative", "scope-timeline"]
WRITERS = ["pm", "engineer", "se", "other"]
TRIAGE = ["ready", "rework", "not-pushback", "commitment", "stop"]
SIDES = ["own-draft", "reply-to-ask", "ask"]
BOOT = 2000




def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        return [dict(zip(head, line.rstrip("\n").split("\t"))) for line in f if line.strip()]


# --- statistics -------------------------------------------------------------------------------------

def kappa(a, b):
    n = len(a)
    if n == 0:
        return float("nan")
    po = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def accuracy(a, b):
    return sum(x == y for x, y in zip(a, b)) / len(a) if a else float("nan")


def pos_agreement(a, b):
    both = sum(x and y for x, y in zip(a, b))
    tot = sum(a) + sum(b)
    return 2 * both / tot if tot else float("nan")


def boot(stat, a, b, seed=7):
    rng = random.Random(seed)
    n = len(a)
    vals = []
    for _ in range(BOOT):
        idx = [rng.randrange(n) for _ in range(n)]
        v = stat([a[i] for i in idx], [b[i] for i in idx])
        if v == v:
            vals.append(v)
    vals.sort()
    if not vals:
        return float("nan"), float("nan")
    return vals[int(0.025 * len(vals))], vals[min(len(vals) - 1, int(0.975 * len(vals)))]


def f(x):
    return "n/a" if x != x else f"{x:.3f}"


def ci(stat, a, b):
    lo, hi = boot(stat, a, b)
    return f"{f(stat(a, b))} [{f(lo)}–{f(hi)}]"


def judged(pred, gold):
    """Issue 12's view of a yes/no label: pred scored with gold as the truth."""
    tp = sum(p and g for p, g in zip(pred, gold))
    fp = sum(p and not g for p, g in zip(pred, gold))
    fn = sum(g and not p for p, g in zip(pred, gold))
    neg = sum(not g for g in gold)
    prec = tp / (tp + fp) if tp + fp else float("nan")
    rec = tp / (tp + fn) if tp + fn else float("nan")
    return prec, rec, (fp / neg if neg else float("nan")), tp + fn, tp + fp


# --- reading the three sides -----------------------------------------------------------------------

def real_side(row):
    return {
        "vague": bool(row["vague"]),
        "kind": row.get("kind"),
        "writer": row.get("writer"),
        "pattern": set(ids(row.get("pattern"))),
        "illegitimate": set(ids(row.get("illegitimate"))),
        "legitimate": set(ids(row.get("legitimate"))),
        "red_flags": set(ids(row.get("red_flags"))),
    }


def detector_real(out):
    return {
        "vague": bool(out["vague"]),
        "kind": out["kind"],
        "writer": None,
        "pattern": set(out.get("patterns", [])),
        "illegitimate": set(out["reasons"]["illegitimate"]),
        "legitimate": set(out["reasons"]["legitimate"]),
        "red_flags": set(out.get("red_flags", [])),
    }


def coach_side(row):
    return {"triage": row["triage"], "perspective": row["perspective"], "flags": set(row.get("flags", []))}


def detector_coach(out):
    adv = out["advice"]
    return {"triage": adv["triage"], "perspective": adv["perspective"], "flags": set(adv.get("flags", []))}


def run_detector(pushback, texts):
    lines = "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts)
    res = subprocess.run([pushback, "analyze", "--jsonl", "--reframe"], input=lines, capture_output=True,
                         text=True, check=True)
    outs = [json.loads(x) for x in res.stdout.splitlines() if x.strip()]
    if len(outs) != len(texts):
        sys.exit(f"the detector answered {len(outs)} lines for {len(texts)}")
    return outs


# --- report ----------------------------------------------------------------------------------------

def yesno_rows(field_name, pairs, sides, getter):
    rows = []
    for x, y in pairs:
        a = [getter(d) for d in sides[x]]
        b = [getter(d) for d in sides[y]]
        rows.append(f"| {field_name} | {x} / {y} | {sum(a)} / {sum(b)} | {sum(p and q for p, q in zip(a, b))} "
                    f"| {f(accuracy(a, b))} | {f(kappa(a, b))} | {f(pos_agreement(a, b))} |")
    return rows


def confusion(a, b, labels, row_name, col_name):
    present = [l for l in labels if l in a or l in b]
    print(f"\nrows: {row_name}, columns: {col_name}\n")
    print("| | " + " | ".join(present) + " |")
    print("|---|" + "---|" * len(present))
    for r in present:
        cells = [str(sum(1 for x, y in zip(a, b) if x == r and y == c)) for c in present]
        print(f"| **{r}** | " + " | ".join(cells) + " |")


def confusions(sides, field, labels):
    """The original labels (rows) against the relabel, then against the detector when it ran."""
    for other in [x for x in ("relabel", "detector") if x in sides]:
        confusion([d[field] for d in sides["original"]], [d[field] for d in sides[other]], labels, "original", other)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pushback", help="path of the pushback binary: also score the detector")
    ap.add_argument("--misses", action="store_true", help="list every disagreement between the labelers")
    ap.add_argument("--check", action="store_true",
                    help="only check that the samples still point at the same texts and the relabels use known ids")
    args = ap.parse_args()

    # real text
    dev = read_jsonl(REAL / "dev.jsonl")
    sample = read_tsv(REAL / "agreement/sample.tsv")
    relabel = {r["id"]: r for r in read_jsonl(REAL / "agreement/relabel.jsonl")}
    blind = {r["id"]: r["text"] for r in read_jsonl(REAL / "agreement/blind.jsonl")}
    rows = [(s["id"], dev[int(s["line"]) - 1], relabel[s["id"]], s["drawn"]) for s in sample]
    for sid, orig, _, _ in rows:
        if orig["text"] != blind[sid]:
            sys.exit(f"{sid}: blind text differs from dev.jsonl")
    sides = {"original": [real_side(o) for _, o, _, _ in rows], "relabel": [real_side(r) for _, _, r, _ in rows]}
    for sid, (_, _, r, _) in zip([s["id"] for s in sample], rows):
        check_ids(sid, r, [("kind", KINDS), ("writer", WRITERS), ("pattern", PATTERNS), ("red_flags", FLAGS),
                           ("illegitimate", ILLEGIT), ("legitimate", LEGIT)])
    # coaching
    files = {}
    csample = read_tsv(COACH / "agreement/sample.tsv")
    crelabel = {r["id"]: r for r in read_jsonl(COACH / "agreement/relabel.jsonl")}
    cblind = {r["id"]: r["text"] for r in read_jsonl(COACH / "agreement/blind.jsonl")}
    crows = []
    for s in csample:
        if s["file"] not in files:
            files[s["file"]] = read_jsonl(COACH / f"{s['file']}.jsonl")
        orig = files[s["file"]][int(s["line"]) - 1]
        if orig["text"] != cblind[s["id"]]:
            sys.exit(f"{s['id']}: blind text differs from {s['file']}.jsonl")
        crows.append((s["id"], s["file"], orig, crelabel[s["id"]], s["drawn"]))
    cs = {"original": [coach_side(o) for _, _, o, _, _ in crows], "relabel": [coach_side(r) for _, _, _, r, _ in crows]}
    flag_ids = FLAGS + ["illegitimate:" + x for x in ILLEGIT]
    for cid, _, _, r, _ in crows:
        check_ids(cid, r, [("triage", TRIAGE), ("perspective", SIDES), ("flags", flag_ids)])
    if len(rows) != len(relabel) or len(crows) != len(crelabel):
        sys.exit("a relabel holds ids the sample does not")
    if args.check:
        print(f"agreement samples: {len(rows)} real lines and {len(crows)} coaching drafts match their sources")
        return
    names = ["original", "relabel"]
    if args.pushback:
        sides["detector"] = [detector_real(o) for o in run_detector(args.pushback, [o["text"] for _, o, _, _ in rows])]
        names.append("detector")
    uniform = [d == "uniform" for _, _, _, d in rows]
    pairs = [("original", "relabel")] + ([("original", "detector"), ("relabel", "detector")] if args.pushback else [])

    print(f"## Real text: {len(rows)} lines of tests/data/real/dev.jsonl ({sum(uniform)} drawn uniformly)")

    print("\n### vague and kind (whole sample; uniform part below)\n")
    print("| field | pair | lines | agreement | kappa [95 % CI] | positive agreement (= F1) / accuracy [95 % CI] |")
    print("|---|---|---|---|---|---|")
    for sub, keep in [("all", [True] * len(rows)), ("uniform", uniform)]:
        for x, y in pairs:
            a = [d["vague"] for d, k in zip(sides[x], keep) if k]
            b = [d["vague"] for d, k in zip(sides[y], keep) if k]
            print(f"| vague ({sub}) | {x} / {y} | {len(a)} | {f(accuracy(a, b))} | {ci(kappa, a, b)} "
                  f"| {ci(pos_agreement, a, b)} |")
        for x, y in pairs:
            a = [d["kind"] for d, k in zip(sides[x], keep) if k]
            b = [d["kind"] for d, k in zip(sides[y], keep) if k]
            print(f"| kind ({sub}) | {x} / {y} | {len(a)} | {f(accuracy(a, b))} | {ci(kappa, a, b)} "
                  f"| {ci(accuracy, a, b)} |")
    a = [d["writer"] for d in sides["original"]]
    b = [d["writer"] for d in sides["relabel"]]
    print(f"| writer (all) | original / relabel | {len(a)} | {f(accuracy(a, b))} | {ci(kappa, a, b)} "
          f"| {ci(accuracy, a, b)} |")

    print("\n### vague by the original kind: where the two labelers part\n")
    print("| original kind | lines | " + " | ".join(f"{x} / {y}: agreement, F1, vague→specific, specific→vague"
                                                   for x, y in pairs) + " |")
    print("|---|---|" + "---|" * len(pairs))
    kind_groups = [(k, [k]) for k in KINDS] + [("pushback, reply-to-ask, ask", KINDS[:3]),
                                              ("the other five", KINDS[3:])]
    for label, group in kind_groups:
        keep = [d["kind"] in group for d in sides["original"]]
        cells = []
        for x, y in pairs:
            a = [d["vague"] for d, k in zip(sides[x], keep) if k]
            b = [d["vague"] for d, k in zip(sides[y], keep) if k]
            vs = sum(1 for p, q in zip(a, b) if p and not q)
            sv = sum(1 for p, q in zip(a, b) if q and not p)
            cells.append(f"{f(accuracy(a, b))}, {f(pos_agreement(a, b))}, {vs}, {sv}")
        print(f"| {label} | {sum(keep)} | " + " | ".join(cells) + " |")
    for x, y in pairs:
        keep = [d["kind"] in KINDS[:3] for d in sides["original"]]
        a = [d["vague"] for d, k in zip(sides[x], keep) if k]
        b = [d["vague"] for d, k in zip(sides[y], keep) if k]
        print(f"\n{x} / {y} on pushback, reply-to-ask and ask lines: kappa {ci(kappa, a, b)}, "
              f"F1 {ci(pos_agreement, a, b)}")

    # sensitivity: the one convention the GUIDE leaves open and the labelers settled differently (is a
    # message that claims nothing, a thank-you, vague?): the relabel with every line it calls thanks vague
    a = [d["vague"] for d in sides["original"]]
    b = [d["vague"] or d["kind"] == "thanks" for d in sides["relabel"]]
    print(f"\nSensitivity, original / relabel with the relabel's thanks lines set vague (the original's "
          f"convention): agreement {f(accuracy(a, b))}, kappa {ci(kappa, a, b)}, F1 {ci(pos_agreement, a, b)}")

    print("\n### Issue 12's metrics, each side judged by another on the same lines\n")
    print("| metric (target) | " + " | ".join(f"{p} judged by {g}" for g, p in pairs) + " | "
          + " | ".join(f"{g} judged by {p}" for g, p in pairs[:1]) + " |")
    print("|---|" + "---|" * (len(pairs) + 1))
    views = [(g, p) for g, p in pairs] + [(p, g) for g, p in pairs[:1]]

    def line(label, fn):
        print(f"| {label} | " + " | ".join(fn(g, p) for g, p in views) + " |")

    def vague_prf(g, p):
        pr, rc, _, _, _ = judged([d["vague"] for d in sides[p]], [d["vague"] for d in sides[g]])
        f1 = 2 * pr * rc / (pr + rc) if pr + rc else float("nan")
        return f"{f(pr)} / {f(rc)} / {f(f1)}"

    line("vague P / R / F1 (P ≥ 0.90, F1 ≥ 0.93)", vague_prf)
    line("kind accuracy (≥ 0.85)", lambda g, p: f(accuracy([d["kind"] for d in sides[g]], [d["kind"] for d in sides[p]])))
    for pat in PATTERNS:
        def rec(g, p, pat=pat):
            _, rc, _, sup, _ = judged([pat in d["pattern"] for d in sides[p]], [pat in d["pattern"] for d in sides[g]])
            return f"{f(rc)} ({sup})"
        line(f"{pat} recall (≥ 0.85)", rec)

    def no_pattern(g, p):
        idx = [i for i, d in enumerate(sides[g]) if not d["pattern"]]
        flagged = sum(1 for i in idx if sides[p][i]["pattern"])
        return f"{f(flagged / len(idx))} ({flagged} of {len(idx)})"

    line("no-pattern messages flagged (≤ 0.03)", no_pattern)

    def ill_recall(g, p):
        lab = sum(len(d["illegitimate"]) for d in sides[g])
        found = sum(len(d["illegitimate"] & e["illegitimate"]) for d, e in zip(sides[g], sides[p]))
        return f"{f(found / lab if lab else float('nan'))} ({found} of {lab})"

    line("illegitimate recall, all ids (≥ 0.85)", ill_recall)
    for fl in FLAGS:
        def frec(g, p, fl=fl):
            _, rc, fpr, sup, _ = judged([fl in d["red_flags"] for d in sides[p]], [fl in d["red_flags"] for d in sides[g]])
            return f"{f(rc)} ({sup}) / {f(fpr)}"
        line(f"{fl} recall / false flags (≥ 0.85 / ≤ 0.02)", frec)

    print("\n### Presence of every id: count on each side, both, agreement, kappa, positive agreement\n")
    print("| id | pair | A+ / B+ | both | agreement | kappa | positive agreement |")
    print("|---|---|---|---|---|---|---|")
    groups = [("pattern", PATTERNS), ("red_flags", FLAGS), ("illegitimate", ILLEGIT), ("legitimate", LEGIT)]
    for field, values in groups:
        for v in values:
            for r in yesno_rows(v, pairs, sides, lambda d, field=field, v=v: v in d[field]):
                print(r)
        for r in yesno_rows(f"any {field}", pairs, sides, lambda d, field=field: bool(d[field])):
            print(r)

    # the main legitimate reason, where both labelers name one (labels name the main reason only)
    both = [(o["legitimate"], r["legitimate"]) for o, r in zip(sides["original"], sides["relabel"])
            if o["legitimate"] and r["legitimate"]]
    same = sum(1 for o, r in both if o == r)
    print(f"\nMain legitimate reason where both labelers name one: {same} of {len(both)} the same "
          f"({f(same / len(both) if both else float('nan'))}).")

    print("\n### kind confusion\n")
    confusions(sides, "kind", KINDS)

    if args.pushback:
        cs["detector"] = [detector_coach(o) for o in run_detector(args.pushback, [o["text"] for _, _, o, _, _ in crows])]
    cuni = [d == "uniform" for *_, d in crows]
    print(f"\n## Coaching: {len(crows)} drafts of tests/data/coaching/dev*.jsonl ({sum(cuni)} drawn uniformly)\n")
    print("| field | pair | drafts | accuracy [95 % CI] | kappa [95 % CI] |")
    print("|---|---|---|---|---|")
    for sub, keep in [("all", [True] * len(crows)), ("uniform", cuni)]:
        for field in ["triage", "perspective"]:
            for x, y in pairs:
                a = [d[field] for d, k in zip(cs[x], keep) if k]
                b = [d[field] for d, k in zip(cs[y], keep) if k]
                print(f"| {field} ({sub}) | {x} / {y} | {len(a)} | {ci(accuracy, a, b)} | {ci(kappa, a, b)} |")
    print("\n| flags | pair | A+ / B+ | both | flag recall of B against A | positive agreement |")
    print("|---|---|---|---|---|---|")
    allflags = sorted({x for side in cs.values() for d in side for x in d["flags"]})
    for x, y in pairs:
        lab = sum(len(d["flags"]) for d in cs[x])
        found = sum(len(d["flags"] & e["flags"]) for d, e in zip(cs[x], cs[y]))
        other = sum(len(e["flags"]) for e in cs[y])
        print(f"| all ids | {x} / {y} | {lab} / {other} | {found} | {f(found / lab)} | {f(2 * found / (lab + other))} |")
    for fl in allflags:
        for x, y in pairs:
            a = [fl in d["flags"] for d in cs[x]]
            b = [fl in d["flags"] for d in cs[y]]
            both_ = sum(p and q for p, q in zip(a, b))
            print(f"| {fl} | {x} / {y} | {sum(a)} / {sum(b)} | {both_} | "
                  f"{f(both_ / sum(a) if sum(a) else float('nan'))} | {f(pos_agreement(a, b))} |")
    print("\n### triage confusion\n")
    confusions(cs, "triage", TRIAGE)
    per_file = Counter(fl for _, fl, *_ in crows)
    print("\nDrafts per file: " + ", ".join(f"{k} {v}" for k, v in sorted(per_file.items())))

    if args.misses:
        print("\n## Disagreements (original → relabel)\n")
        for (sid, orig, rel, _), o, r in zip(rows, sides["original"], sides["relabel"]):
            diffs = [k for k in o if o[k] != r[k]]
            if diffs:
                det = ""
                if args.pushback:
                    d = sides["detector"][[x[0] for x in rows].index(sid)]
                    det = " | detector: " + "; ".join(f"{k}={fmt(d[k])}" for k in diffs if k != "writer")
                print(f"- {sid} (dev line {[s['line'] for s in sample if s['id'] == sid][0]}): "
                      + "; ".join(f"{k} {fmt(o[k])} → {fmt(r[k])}" for k in diffs) + det
                      + f"\n  {orig['text'][:300]!r}" + (f"\n  note: {orig['note']}" if orig.get("note") else ""))
        for (cid, fl, orig, rel, _), o, r in zip(crows, cs["original"], cs["relabel"]):
            diffs = [k for k in o if o[k] != r[k]]
            if diffs:
                det = ""
                if args.pushback:
                    d = cs["detector"][[x[0] for x in crows].index(cid)]
                    det = " | detector: " + "; ".join(f"{k}={fmt(d[k])}" for k in diffs)
                print(f"- {cid} ({fl}): " + "; ".join(f"{k} {fmt(o[k])} → {fmt(r[k])}" for k in diffs) + det
                      + f"\n  {orig['text'][:300]!r}" + (f"\n  note: {orig['note']}" if orig.get("note") else ""))


def check_ids(row_id, row, fields):
    for field, allowed in fields:
        for v in ids(row.get(field)):
            if v not in allowed:
                sys.exit(f"{row_id}: unknown {field} {v!r}")


def fmt(v):
    if isinstance(v, set):
        return ",".join(sorted(v)) or "-"
    return str(v)


if __name__ == "__main__":
    main()
