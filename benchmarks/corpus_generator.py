"""A seeded generator of documents with known duplicates, for the engine benchmark.

Paragraphs of 50-400 characters, mostly Chinese (words drawn from a Zipf-like
vocabulary, so that paragraphs share common words as real text does), some
English. Among them, with ground truth:

- exact duplicates of earlier paragraphs;
- near-duplicates: 1-10% character edits (substitutions, deletions, punctuation
  changes, inserted spaces);
- truncated copies (the first or last 50-90% of a paragraph);
- boilerplate lines every few dozen paragraphs, with a page number that varies.

``generate(n, seed)`` returns the paragraphs, the boilerplate line positions and
``groups``: for every original that has copies, the indices of it and its copies.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field

HAN = [chr(code) for code in range(0x4E00, 0x4E00 + 3000)]
LATIN_WORDS = [
    "the", "of", "and", "to", "in", "is", "was", "for", "on", "that", "with", "as", "by", "at",
    "from", "it", "be", "are", "this", "an", "which", "or", "have", "had", "not", "but", "were",
    "their", "they", "has", "been", "one", "all", "would", "more", "report", "committee",
    "harbour", "measurement", "instrument", "laboratory", "standard", "winter", "repair",
    "budget", "cooperative", "session", "minutes", "secretary"]
CJK_PUNCTUATION = "，。、；：！？"
EXACT, NEAR, TRUNCATED = 0.05, 0.10, 0.03


@dataclass
class Corpus:
    """Generated paragraphs with their ground truth."""

    paragraphs: list[str]
    groups: list[list[int]] = field(default_factory=list)  # original first, then its copies
    boilerplate: list[int] = field(default_factory=list)  # indices of boilerplate lines

    def text(self) -> str:
        return "\n\n".join(self.paragraphs) + "\n"


class _Words:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.vocabulary = ["".join(rng.choice(HAN) for _ in range(rng.choice((1, 2, 2, 2, 3, 4))))
                           for _ in range(20000)]
        weights = [1 / (rank + 10) for rank in range(len(self.vocabulary))]
        self.cumulative = list(itertools.accumulate(weights))

    def chinese(self, length: int) -> str:
        words = self.rng.choices(self.vocabulary, cum_weights=self.cumulative, k=length)
        text = []
        size = 0
        for word in words:
            text.append(word)
            size += len(word)
            if self.rng.random() < 0.12:
                text.append(self.rng.choice("，，，、；"))
            if size >= length:
                break
        return "".join(text)[:length - 1] + "。"

    def english(self, length: int) -> str:
        words = []
        size = 0
        while size < length:
            word = self.rng.choice(LATIN_WORDS)
            words.append(word)
            size += len(word) + 1
        text = " ".join(words)[:length - 1]
        return text[0].upper() + text[1:] + "."


def _near_copy(rng: random.Random, text: str) -> str:
    chars = list(text)
    edits = max(1, round(len(chars) * rng.uniform(0.01, 0.10)))
    for _ in range(edits):
        position = rng.randrange(len(chars))
        kind = rng.random()
        if kind < 0.4:
            chars[position] = rng.choice(HAN) if chars[position] >= "\u4e00" else \
                rng.choice("abcdefghijklmnopqrstuvwxyz")
        elif kind < 0.6 and len(chars) > 10:
            del chars[position]
        elif kind < 0.8:
            chars[position] = rng.choice(CJK_PUNCTUATION + ",.;")
        else:
            chars.insert(position, " ")
    return "".join(chars)


def _truncated_copy(rng: random.Random, text: str) -> str:
    keep = max(45, int(len(text) * rng.uniform(0.5, 0.9)))
    return text[:keep] if rng.random() < 0.5 else text[-keep:]


def generate(count: int, seed: int = 1) -> Corpus:
    """``count`` paragraphs (boilerplate lines included) with ground truth."""
    rng = random.Random(seed)
    words = _Words(rng)
    corpus = Corpus([])
    copies_of: dict[int, list[int]] = {}
    originals: list[int] = []
    page = 1
    next_footer = rng.randint(20, 40)
    while len(corpus.paragraphs) < count:
        index = len(corpus.paragraphs)
        if index == next_footer:
            corpus.paragraphs.append(f"株洲日报 第{page}版")
            corpus.boilerplate.append(index)
            page += 1
            next_footer += rng.randint(20, 40)
            continue
        roll = rng.random()
        if originals and roll < EXACT + NEAR + TRUNCATED:
            source = rng.choice(originals[-5000:])
            text = corpus.paragraphs[source]
            if roll < EXACT:
                copy = text
            elif roll < EXACT + NEAR:
                copy = _near_copy(rng, text)
            else:
                copy = _truncated_copy(rng, text)
            corpus.paragraphs.append(copy)
            copies_of.setdefault(source, []).append(index)
            continue
        length = rng.randint(50, 400)
        text = words.english(length) if rng.random() < 0.1 else words.chinese(length)
        corpus.paragraphs.append(text)
        originals.append(index)
    corpus.groups = [[source, *copies] for source, copies in copies_of.items()]
    return corpus
