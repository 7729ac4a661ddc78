"""Pages where many characters were lost as `?`: how long `clean` takes on them.

A GBK page read with the wrong codec and saved loses characters two ways: a lost lead byte
(`?` + the rest decoded one byte off, the runs the mojibake step repairs) and whole characters
written as `?`. Each variant damages the first 16 KB of a seed with a share of its characters
lost, and is timed against the same passage undamaged (median of --repeat runs, in process):

    .venv/bin/python benchmarks/mojibake_dense.py            # seeds 000 and 004, 10/30/60 %
    .venv/bin/python benchmarks/mojibake_dense.py --repeat 5

A script, not a test: the numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
# the damage the mojibake tests simulate, so the timings are of the pages the tests check
from tests.support import SEEDS, decode_gbk_with_question_marks  # noqa: E402


def lost_as_question_marks(text: str, share: float, rng: random.Random) -> str:
    return "".join("?" if ch != "\n" and rng.random() < share else ch for ch in text)


def lost_lead_bytes(text: str, share: float, rng: random.Random) -> str:
    out = bytearray()
    for ch in text:
        b = ch.encode("gbk", errors="replace")
        out += b"?" + b[1:] if len(b) == 2 and rng.random() < share else b
    return decode_gbk_with_question_marks(bytes(out))


def variants(passage: str, share: float) -> dict[str, str]:
    rng = random.Random(1)
    return {
        "characters as ?": lost_as_question_marks(passage, share, rng),
        "lead bytes lost": lost_lead_bytes(passage, share, rng),
        "both": lost_as_question_marks(lost_lead_bytes(passage, share / 2, rng), share / 2, rng),
    }


def median_seconds(data: bytes, repeat: int) -> float:
    from govreport.clean import clean_bytes

    times = []
    for k in range(repeat):
        copy = data + b"\n" * (k + 1)  # bytes of its own: no step may find the page in a cache
        start = time.perf_counter()
        clean_bytes(copy, source="bench")
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from govreport.clean import clean_bytes

    clean_bytes("热身".encode(), source="warm-up")  # tables loaded outside the timings
    for prefix in ("000", "004"):
        text = next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
        passage = text.encode("utf-8")[:16000].decode("utf-8", errors="ignore")
        normal = median_seconds(passage.encode("utf-8"), args.repeat)
        print(f"seed {prefix}, 16 KB undamaged: {normal * 1000:7.1f} ms")
        for share in (0.1, 0.3, 0.6):
            for name, damaged in variants(passage, share).items():
                seconds = median_seconds(damaged.encode("utf-8"), args.repeat)
                print(f"  {share:4.0%} {name:16s} {seconds * 1000:7.1f} ms  ({seconds / normal:5.1f}x)", flush=True)


if __name__ == "__main__":
    main()
