"""Who an article is: its content key (exact identity) and its MinHash (near-duplicates).

The key is a hash of the normalised text and the URL, so the same article read twice (from
the same file or another) is stored once. Syndicated copies and lightly edited versions have
different keys but similar shingles; ``NearDuplicates`` finds them with MinHash LSH so they
add mentions to the events already stored instead of new events.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
SCHEME = "affine32"  # datasketch 2 hashing scheme; stored signatures are read back with it
SHINGLE = 5  # words per shingle
_WORD = re.compile(r"\w+", re.UNICODE)
_SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """NFKC, one space for any run of white space, trimmed: layout changes keep the key."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def article_key(text: str, url: str | None) -> str:
    """The article's identity: sha256 of its normalised text and URL (when given)."""
    digest = hashlib.sha256(normalise_text(text).encode("utf-8"))
    digest.update(b"\x00" + (url or "").strip().encode("utf-8"))
    return digest.hexdigest()


def signature(text: str) -> MinHash:
    """MinHash of the article's lower-cased word shingles."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text).lower())
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch([s.encode("utf-8") for s in sorted(shingles)])
    return minhash


def to_blob(minhash: MinHash) -> bytes:
    return minhash.hashvalues.astype("<u4").tobytes()


def from_blob(blob: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashvalues=np.frombuffer(blob, dtype="<u4"))


class NearDuplicates:
    """An in-memory LSH index over the signatures of the original (non-copy) articles."""

    def __init__(self, threshold: float):
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._signatures: dict[str, MinHash] = {}

    def add(self, key: str, minhash: MinHash) -> None:
        if key not in self._signatures:
            self._lsh.insert(key, minhash)
            self._signatures[key] = minhash

    def find(self, minhash: MinHash) -> tuple[str, float] | None:
        """The most similar indexed article at or above the threshold (ties: smallest key)."""
        scored = [(-minhash.jaccard(self._signatures[k]), k) for k in self._lsh.query(minhash)]
        scored = [(s, k) for s, k in scored if -s >= self.threshold]
        if not scored:
            return None
        score, key = min(scored)
        return key, -score
