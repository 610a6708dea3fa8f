#!/usr/bin/env python3
"""Draw the inter-annotator agreement sample (fixed seed) and write label-free copies to relabel blind.

    python3 tests/data/real/agreement/sample.py            # from the repository root

Reads tests/data/real/dev.jsonl and tests/data/coaching/dev{,2,...,9}.jsonl (never a test split), and writes:
  tests/data/real/agreement/sample.tsv       opaque id -> dev.jsonl line number (1-based), and whether
                                             the line was drawn for a stratum's quota or uniformly
  tests/data/real/agreement/blind.jsonl      {"id", "text"} only, in shuffled order
  tests/data/coaching/agreement/sample.tsv   opaque id -> file and line number (1-based)
  tests/data/coaching/agreement/blind.jsonl  {"id", "text"} only, in shuffled order

Stratified: rarest label first, lines carrying a label are drawn until the sample holds a quota of them
(or every line that has it), so every kind, pattern id, red flag, illegitimate and legitimate reason
present in the file appears (coaching: every triage value, perspective, flag id and file); the rest is a
uniform draw. It prints only sizes, never a label or a count per label, so whoever relabels the blind
copy learns nothing about the labels from running it.
"""
import json
import random
import sys
from pathlib import Path

SEED = 20261201
REAL_N = 250
COACH_N = 120
COACH_FILES = ["dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9"]


def ids(v):
    if v is None:
        return []
    if isinstance(v, str):
        return [v]
    return list(v)


def real_strata(row):
    out = ["kind:" + row["kind"]]
    out += ["pattern:" + p for p in ids(row.get("pattern"))]
    out += ["flag:" + f for f in ids(row.get("red_flags"))]
    out += ["illegitimate:" + r for r in ids(row.get("illegitimate"))]
    out += ["legitimate:" + r for r in ids(row.get("legitimate"))]
    return out


def coach_strata(row):
    out = ["file:" + row["_file"], "triage:" + row["triage"], "perspective:" + row["perspective"]]
    out += ["flag:" + f for f in ids(row.get("flags"))]
    return out


def quota(stratum, table):
    return table[stratum.split(":", 1)[0]]


def draw(rows, strata, n, quotas, rng):
    keys = [strata(r) for r in rows]
    count = {}
    for ks in keys:
        for k in ks:
            count[k] = count.get(k, 0) + 1
    chosen, quota_drawn = set(), set()
    for stratum in sorted(count, key=lambda k: (count[k], k)):
        have = sum(1 for i in chosen if stratum in keys[i])
        pool = [i for i in range(len(rows)) if i not in chosen and stratum in keys[i]]
        rng.shuffle(pool)
        need = quota(stratum, quotas) - have
        for i in pool[: max(0, need)]:
            chosen.add(i)
            quota_drawn.add(i)
    rest = [i for i in range(len(rows)) if i not in chosen]
    rng.shuffle(rest)
    for i in rest[: max(0, n - len(chosen))]:
        chosen.add(i)
    if len(chosen) > n:
        sys.exit(f"the quotas alone need {len(chosen)} lines, more than {n}")
    order = sorted(chosen)
    rng.shuffle(order)
    return order, quota_drawn


def write_sample(out, prefix, where, rows, by_quota):
    """sample.tsv: opaque id, where the row came from ("_file", "_line"), how it was drawn; blind.jsonl: id, text."""
    with open(out / "sample.tsv", "w", encoding="utf-8") as m, open(out / "blind.jsonl", "w", encoding="utf-8") as b:
        m.write("\t".join(["id"] + where + ["drawn"]) + "\n")
        for k, (row, quota) in enumerate(zip(rows, by_quota), 1):
            rid = f"{prefix}{k:03d}"
            m.write("\t".join([rid] + [str(row["_" + w]) for w in where] + ["quota" if quota else "uniform"]) + "\n")
            b.write(json.dumps({"id": rid, "text": row["text"]}, ensure_ascii=False) + "\n")


def main():
    root = Path(__file__).resolve().parents[4]
    rng = random.Random(SEED)

    real = []
    with open(root / "tests/data/real/dev.jsonl", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            row = json.loads(line)
            row["_line"] = n
            real.append(row)
    order, quota_drawn = draw(real, real_strata, REAL_N,
                 {"kind": 14, "pattern": 10, "flag": 6, "illegitimate": 5, "legitimate": 5}, rng)
    write_sample(root / "tests/data/real/agreement", "r", ["line"], [real[i] for i in order],
                 [i in quota_drawn for i in order])

    coach, seen = [], set()
    for name in COACH_FILES:
        with open(root / f"tests/data/coaching/{name}.jsonl", encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                row = json.loads(line)
                if row["text"] in seen:
                    continue
                seen.add(row["text"])
                row["_file"], row["_line"] = name, n
                coach.append(row)
    order, quota_drawn = draw(coach, coach_strata, COACH_N, {"file": 6, "triage": 14, "perspective": 12, "flag": 4}, rng)
    write_sample(root / "tests/data/coaching/agreement", "c", ["file", "line"], [coach[i] for i in order],
                 [i in quota_drawn for i in order])
    print(f"real: {REAL_N} of {len(real)} lines; coaching: {COACH_N} of {len(coach)} distinct drafts")


if __name__ == "__main__":
    main()
