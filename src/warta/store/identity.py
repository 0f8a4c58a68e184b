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
from datasketch import LeanMinHash, MinHash, MinHashLSH

NUM_PERM = 64
SCHEME = "affine32"  # datasketch 2 hashing scheme; stored signatures are read back with it
SEED = 1  # datasketch's default: the permutations every stored signature was made with
SHINGLE = 5  # words per shingle
BLOB_SIZE = NUM_PERM * 4  # bytes of a signature as stored and sent between processes
# drawn once: MinHash would draw the same permutations again for every article
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations
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


def shingles(text: str) -> list[bytes]:
    """The article's distinct lower-cased ``SHINGLE``-word shingles, sorted: what it is hashed over."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text).lower())
    found = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    return [s.encode("utf-8") for s in sorted(found)]


def signature(text: str) -> MinHash:
    """MinHash of the article's shingles."""
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_PERMUTATIONS)
    minhash.update_batch(shingles(text))
    return minhash


def to_blob(minhash: MinHash | LeanMinHash) -> bytes:
    return minhash.hashvalues.astype("<u4").tobytes()


def signature_blob(text: str) -> bytes:
    """The signature as bytes: what a worker sends back so that the writer need not hash."""
    return to_blob(signature(text))


def from_blob(blob: bytes) -> LeanMinHash:
    """A stored or sent signature, ready to compare (no permutations: they are not needed)."""
    if len(blob) != BLOB_SIZE:
        raise ValueError(f"a MinHash signature is {BLOB_SIZE} bytes, got {len(blob)}")
    return LeanMinHash(seed=SEED, hashvalues=np.frombuffer(blob, dtype="<u4"), scheme=SCHEME)


class NearDuplicates:
    """An in-memory LSH index over the signatures of the original (non-copy) articles."""

    def __init__(self, threshold: float):
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._signatures: dict[str, LeanMinHash] = {}

    def add(self, key: str, minhash: LeanMinHash) -> None:
        if key not in self._signatures:
            self._lsh.insert(key, minhash)
            self._signatures[key] = minhash

    def find(self, minhash: LeanMinHash) -> tuple[str, float] | None:
        """The most similar indexed article at or above the threshold (ties: smallest key)."""
        scored = [(-minhash.jaccard(self._signatures[k]), k) for k in self._lsh.query(minhash)]
        scored = [(s, k) for s, k in scored if -s >= self.threshold]
        if not scored:
            return None
        score, key = min(scored)
        return key, -score
