"""Write a synthetic English news corpus for the coder benchmark (benchmarks/coder_speed.py).

No English news corpus ships in ../shared, and copying one is not allowed, so this script
writes articles from its own templates: political-event sentences (meetings, appeals,
criticism, arrests, attacks, aid ...) mixed with background sentences that carry no event,
sized like the Indonesian benchmark corpus (about 2,100 characters and 18 sentences an
article). Deterministic: the same --seed gives the same file, byte for byte.

    .venv/bin/python scripts/build_english_bench_corpus.py --out /tmp/english-bench.jsonl [--articles 500]
    .venv/bin/python benchmarks/coder_speed.py --lang en --limit 500 --corpus /tmp/english-bench.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

ACTORS = [
    "Indonesian President Joko Widodo", "Russian Foreign Minister Sergei Lavrov", "the United Nations",
    "Malaysian police", "the European Union", "Chinese troops", "the Philippine government", "Japan",
    "Australian Prime Minister Anthony Albanese", "Thai soldiers", "Vietnam", "Singapore", "the Taliban",
    "Iranian officials", "the United States", "South Korean President Moon Jae-in", "Indian police",
    "the Myanmar military", "Pakistan", "Turkish authorities", "Egyptian security forces", "NATO",
    "Brazilian Foreign Minister Carlos Franca", "German Chancellor Olaf Scholz", "French troops",
]
PLACES = ["Jakarta", "Moscow", "Manila", "Kuala Lumpur", "Bangkok", "Geneva", "Hanoi", "Canberra", "Brussels",
          "New Delhi", "Cairo", "Ankara", "Yangon", "Islamabad", "Seoul", "Tokyo", "Kabul", "Tehran"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday",
        "last week", "earlier this month", "late on Friday"]
EVENTS = [
    "{a} met {b} in {p} {d} to discuss trade and border security.",
    "{a} held talks with {b} {d}, a spokesman said.",
    "{a} criticized {b} for its handling of the refugee crisis.",
    "{a} urged {b} to release the detained journalists without delay.",
    "{a} has pledged aid worth {n} million dollars to {b} after the floods.",
    "{a} arrested {n} people suspected of links to a banned group in {p} {d}.",
    "{a} accused {b} of violating the ceasefire along the border.",
    "{a} said it would not attend the talks with {b} in {p}.",
    "{a} demanded that {b} withdraw its ships from the disputed waters.",
    "{a} rejected a proposal from {b} to hold a summit in {p}.",
    "{a} threatened to impose new sanctions on {b} if the attacks continued.",
    "Thousands of students protested in {p} {d} against the new labour law.",
    "{a} signed an agreement with {b} to build a railway line to the port.",
    "{a} expelled two diplomats from {b} for spying, the ministry said.",
    "{a} attacked a convoy near {p} {d}, killing {n} soldiers.",
    "{a} welcomed the decision of {b} to reopen its embassy in {p}.",
    "{a} visited {p} {d} and laid a wreath at the war memorial.",
    "{a} called for an independent investigation into the shooting in {p}.",
]
BACKGROUND = [
    "The economy grew by {n} percent in the third quarter, according to official figures released by the statistics agency.",
    "The company said its net profit for the first nine months of the year rose to {n} million dollars on higher sales of cement and steel.",
    "Thousands of travellers were stranded at the main bus terminal in {p} {d} as the holiday season reached its peak.",
    "The new toll road, which links the port with the industrial estate, is expected to cut travel time by almost two hours.",
    "Doctors at the city hospital said the number of dengue cases had doubled compared with the same period last year.",
    "Heavy rain flooded several districts of {p} {d}, and schools were closed.",
    "The central bank kept its benchmark interest rate unchanged at {n} percent.",
    "The new airport terminal in {p} will open next year and is designed to handle twenty million passengers a year.",
    "Prices of rice and cooking oil rose sharply in the markets of {p}.",
    "The national football team will play its next match in {p} in March.",
    "Local media reported that traffic in {p} was heavy throughout the holiday weekend.",
    "More than {n} thousand tourists came to the island this year, most of them from neighbouring countries and from the capital.",
    "Analysts expect exports of palm oil to recover in the coming months.",
    "The report was published on the website of the statistics agency.",
    "The power cut in the eastern districts lasted for several hours and left many small shops and restaurants closed for the day.",
    "The festival in {p} attracted visitors from across the region.",
]
EVENT_SHARE = 0.1  # share of event sentences; the rest is background prose (general news)


def sentence(rng: random.Random) -> str:
    template = rng.choice(EVENTS if rng.random() < EVENT_SHARE else BACKGROUND)
    a, b = rng.sample(ACTORS, 2)
    text = template.format(a=a, b=b, p=rng.choice(PLACES), d=rng.choice(DAYS), n=rng.randint(2, 90))
    return text[0].upper() + text[1:]


def article(rng: random.Random, index: int) -> dict[str, str]:
    """One article: 14-22 sentences in paragraphs of two or three sentences."""
    sentences = [sentence(rng) for _ in range(rng.randint(14, 22))]
    paragraphs, k = [], 0
    while k < len(sentences):
        size = rng.choice((2, 3))
        paragraphs.append(" ".join(sentences[k:k + size]))
        k += size
    return {"id": f"en-bench-{index:05d}", "date": f"2021-10-{1 + index % 28:02d}", "language": "en",
            "text": "\n\n".join(paragraphs)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="JSONL file to write")
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with open(args.out, "w", encoding="utf-8") as handle:
        for i in range(args.articles):
            handle.write(json.dumps(article(rng, i), ensure_ascii=False) + "\n")
    print(f"{args.out}: {args.articles} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
