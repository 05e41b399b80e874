"""Near-duplicate articles: MinHash signatures and LSH band keys.

The band keys are stored in the database (``article_bands``), so the LSH index
is persistent, shared by concurrent ingests, and needs no rebuild at start-up.
Candidates found through a shared band are confirmed by the estimated Jaccard
similarity of the full signatures.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

from peristiwa.dedup.rules import rules

_WORD = re.compile(r"\w+", re.UNICODE)
_PERMS: dict[int, MinHash] = {}


@dataclass
class Signature:
    values: np.ndarray  # uint32, num_perm long

    def to_bytes(self) -> bytes:
        return self.values.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> "Signature":
        return cls(np.frombuffer(data, dtype="<u4").copy())

    def similarity(self, other: "Signature") -> float:
        """Estimated Jaccard similarity of the two shingle sets."""
        if len(self.values) != len(other.values):
            return 0.0
        return float(np.count_nonzero(self.values == other.values)) / len(self.values)

    def band_keys(self, bands: int | None = None) -> list[tuple[int, int]]:
        """(band number, 63-bit hash of that band's rows): equal keys = LSH candidates."""
        bands = bands or rules()["articles"]["bands"]
        rows = len(self.values) // bands
        raw = self.values.astype("<u4")
        keys = []
        for b in range(bands):
            digest = hashlib.blake2b(raw[b * rows : (b + 1) * rows].tobytes(), digest_size=8).digest()
            keys.append((b, int.from_bytes(digest, "little", signed=True)))
        return keys


def shingles(text: str, n: int | None = None) -> set[bytes]:
    n = n or rules()["articles"]["shingle_words"]
    words = _WORD.findall(text.lower())
    if len(words) < n:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + n]).encode() for i in range(len(words) - n + 1)}


def signature(text: str) -> Signature | None:
    """The MinHash of a body, or None when it is too short to judge."""
    cfg = rules()["articles"]
    sh = shingles(text)
    if len(sh) < cfg["min_shingles"]:
        return None
    num_perm = cfg["num_perm"]
    template = _PERMS.get(num_perm)
    if template is None:  # permutations are costly to draw; draw them once
        template = _PERMS[num_perm] = MinHash(num_perm=num_perm, seed=1)
    m = template.copy()  # copying keeps the permutations without naming a scheme (datasketch 1.x and 2.x)
    m.clear()
    m.update_batch(list(sh))
    return Signature(m.hashvalues.astype(np.uint32))


def is_duplicate(a: Signature | None, b: Signature | None) -> bool:
    if a is None or b is None:
        return False
    return a.similarity(b) >= rules()["articles"]["threshold"]
