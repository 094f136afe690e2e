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

Random words from a vocabulary make rare shingles, which flatters a matcher: real
text shares phrases. ``generate_low_entropy(n, seed)`` writes order-2 Markov text
trained on the seed page and the shared corpus (English by words, Chinese by
characters), with 5% exact copies and 5% near copies carrying OCR-like edits
(look-alike letters, dropped, doubled and split characters) at a recorded rate
of 1-10%.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field
from pathlib import Path

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


# --- Low-entropy text: Markov chains trained on real documents ------------------------------

OCR_LOOKALIKES = {"m": "rn", "l": "1", "i": "l", "e": "c", "o": "0", "n": "u", "h": "b",
                  "u": "n", "c": "e", ",": ".", "，": ",", "。": "."}
RATE_BUCKETS = ((0.01, 0.03), (0.03, 0.06), (0.06, 0.10))


@dataclass
class LowEntropyCorpus(Corpus):
    """A :class:`Corpus` whose near copies carry their edit rate and language."""

    edit_rate: dict[int, float] = field(default_factory=dict)  # near copy -> share edited
    language: dict[int, str] = field(default_factory=dict)  # paragraph -> "en" or "zh"


def _training_texts() -> dict[str, str]:
    """Chinese and English text to train on: the seed page and the shared corpus (read in
    place, never copied), else the repository's samples."""
    root = Path(__file__).resolve().parents[1]
    texts = {"zh": [], "en": []}  # type: dict[str, list[str]]
    sources = sorted((root.parent / "shared" / "corpus").glob("*.txt"))
    sources += sorted((root / "samples").glob("*.txt"))
    sources.append(root.parent / "shared" / "seeds" / "zhuzhou-youth-league-2017.txt")
    for path in sources:
        if not path.is_file() or ".clean." in path.name:
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        cjk = sum("\u4e00" <= char <= "\u9fff" for char in text)
        texts["zh" if cjk > len(text) * 0.2 else "en"].append(text)
    return {language: "\n".join(parts) for language, parts in texts.items()}


class _Markov:
    """An order-2 chain over tokens: words for English, characters for Chinese."""

    def __init__(self, tokens: list[str]) -> None:
        self.next: dict[tuple[str, str], list[str]] = {}
        for first, second, third in zip(tokens, tokens[1:], tokens[2:], strict=False):
            self.next.setdefault((first, second), []).append(third)
        self.starts = list(self.next)

    def walk(self, rng: random.Random, length: int, joiner: str) -> str:
        state = rng.choice(self.starts)
        out = list(state)
        size = sum(map(len, out))
        while size < length:
            choices = self.next.get(state)
            if not choices:
                state = rng.choice(self.starts)
                continue
            token = rng.choice(choices)
            out.append(token)
            size += len(token) + len(joiner)
            state = (state[1], token)
        return joiner.join(out)[:length]


def _ocr_edit(rng: random.Random, text: str, rate: float) -> str:
    chars = list(text)
    for _ in range(max(1, round(len(chars) * rate))):
        position = rng.randrange(len(chars))
        roll = rng.random()
        if roll < 0.5 and chars[position] in OCR_LOOKALIKES:
            chars[position] = OCR_LOOKALIKES[chars[position]]
        elif roll < 0.5 and chars[position] >= "\u4e00":
            chars[position] = rng.choice(HAN)
        elif roll < 0.7 and len(chars) > 10:
            chars[position] = ""
        elif roll < 0.85:
            chars[position] += " "
        else:
            chars[position] = chars[position] * 2
    return "".join(chars)


def generate_low_entropy(count: int, seed: int = 1) -> LowEntropyCorpus:
    """``count`` paragraphs of Markov text trained on real documents (so that they share
    phrases, as real text does), 5% exact and 5% near copies with OCR-like edits of 1-10%."""
    rng = random.Random(seed)
    training = _training_texts()
    chains = {"en": _Markov(training["en"].split()), "zh": _Markov(
        [char for char in training["zh"] if not char.isspace()])}
    corpus = LowEntropyCorpus([])
    copies_of: dict[int, list[int]] = {}
    originals: list[int] = []
    while len(corpus.paragraphs) < count:
        index = len(corpus.paragraphs)
        roll = rng.random()
        if originals and roll < 0.10:
            source = rng.choice(originals[-5000:])
            text = corpus.paragraphs[source]
            if roll < 0.05:
                copy = text
            else:
                rate = rng.uniform(0.01, 0.10)
                copy = _ocr_edit(rng, text, rate)
                corpus.edit_rate[index] = rate
            corpus.paragraphs.append(copy)
            corpus.language[index] = corpus.language[source]
            copies_of.setdefault(source, []).append(index)
            continue
        language = "en" if rng.random() < 0.5 else "zh"
        length = rng.randint(80, 600) if language == "en" else rng.randint(50, 300)
        text = chains[language].walk(rng, length, " " if language == "en" else "")
        corpus.paragraphs.append(text.strip() + ("." if language == "en" else "。"))
        corpus.language[index] = language
        originals.append(index)
    corpus.groups = [[source, *copies] for source, copies in copies_of.items()]
    return corpus
