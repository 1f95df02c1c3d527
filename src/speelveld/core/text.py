"""Dutch-aware text similarity without any model download.

Professionals describe the same work in different words ("koffie-inloop", "buurthuiskamer",
"ontmoetingsplek"). Two signals catch most of that:

- TF-IDF over **Snowball-stemmed words** (Dutch stemmer), after lower-casing, stripping accents
  and dropping Dutch stopwords; words listed as synonyms of a vocabulary term (e.g. the
  werkvormen' synonyms) count as that term's canonical token ``"=<key>"``;
- TF-IDF over **character n-grams** (3–5, with word boundaries) that see through compounds and
  spelling ("taalcafe" / "taalcafé" / "taalcafés").

Everything that concerns a word (accents, stopword, stem, n-grams) is computed once per *unique*
word; documents are combined with a sparse product (docs × words · words × n-grams), so a
million descriptions cost seconds, not minutes. Both parts are L2-normalised and weighted so
that one row-wise dot product of the combined rows is
``stem_share · cos(stems) + (1 − stem_share) · cos(n-grams)``.

The n-gram document frequency is approximated by summing the frequencies of the words that hold
the n-gram (exact when a document has one such word): it costs nothing and only lowers the
weight of n-grams that are common anyway.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Final

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import scipy.sparse as sp
import snowballstemmer

from speelveld.core.table import F32, I32, I64, Texts

__all__ = [
    "DUTCH_STOPWORDS",
    "TextModel",
    "TextOptions",
    "pair_cosine",
    "stem",
    "text_vectors",
    "tokenize",
]

_STOPWORD_TEXT = """
aan al alle alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus
een eens elk elke en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand
iets ik in is ja je jij jou jouw kan kon kunnen maar me meer men met mij mijn moet na naar niet
niets nog nu of om omdat ons onze ook op over reeds te tegen toch toen tot u uit uw van veel voor
want waren was wat we wel werd wezen wie wij wil worden wordt zal ze zelf zich zij zijn zo zonder
zou zeer waar waarin welke iedere ieder elkaar hen samen onder tussen via per daarna
"""
DUTCH_STOPWORDS: Final = frozenset(_STOPWORD_TEXT.split())
"""Dutch function words that carry no meaning for similarity (accent-free, lower case)."""

# Splitting: every ASCII character that is not a letter or digit separates words, and so do the
# common Unicode punctuation marks below. The vectorised path rewrites the bytes of the Arrow
# text buffer through a lookup table (UTF-8 keeps ASCII bytes ASCII, so offsets stay valid);
# the one-text path (``_split``) does the same with ``str.translate``.
_UNICODE_SEPARATORS = (
    "\u00a0\u00ab\u00b7\u00bb\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac"
)
_BYTE_TABLE = np.arange(256, dtype=np.uint8)
_BYTE_TABLE[:128] = [c if chr(c).isalnum() else 0x20 for c in range(128)]
_SEPARATOR_BYTES = tuple(ch.encode() for ch in _UNICODE_SEPARATORS)
_PY_TABLE = {c: " " for c in range(128) if not chr(c).isalnum()} | {
    ord(ch): " " for ch in _UNICODE_SEPARATORS
}
_FIT_CHUNK = 200_000  # documents tokenised at a time: bounds the memory of a national fit
_STEMMER = snowballstemmer.stemmer("dutch")
_CANON = "="  # prefix of canonical (synonym) tokens; cannot occur in a normalised word


@dataclass(frozen=True)
class TextOptions:
    """How texts are turned into vectors."""

    # n-gram lengths, inclusive; 3–5 catches compounds and inflections without exploding
    # the feature space
    ngram_min: int = 3
    ngram_max: int = 5
    # share of the cosine that comes from whole stems; the rest from character n-grams
    stem_share: float = 0.5
    # words shorter than this only count as a whole stem: their n-grams match everything
    min_ngram_word: int = 4
    # n-grams in more than this share of documents are dropped: their idf weight is small and
    # they would add most of the non-zeros (speed), while hardly moving any cosine
    max_df: float = 0.2
    # ...but only n-grams found in at least this many documents: in a small corpus (one buurt,
    # a test) every n-gram is "frequent" and dropping them would empty the vectors
    max_df_floor: int = 50
    stopwords: frozenset[str] = DUTCH_STOPWORDS
    # phrase → canonical key, e.g. {"koffieochtend": "ontmoeting", "huiskamer van de wijk":
    # "ontmoeting"}; phrases of up to four words
    synonyms: Mapping[str, str] = field(default_factory=dict)


@lru_cache(maxsize=1 << 18)
def _normalise(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 18)
def stem(word: str) -> str:
    """Snowball Dutch stem of a normalised word, cached per unique word.

    >>> stem("bewoners"), stem("buurten")
    ('bewoner', 'buurt')

    O(len(word)) the first time, O(1) after.
    """
    return str(_STEMMER.stemWord(word))


def tokenize(text: str, *, stopwords: frozenset[str] = DUTCH_STOPWORDS) -> list[str]:
    """Lower-cased, accent-free words of a text, without stopwords and one-letter words.

    >>> tokenize("Het Taalcafé in de Tulpenbuurt, élke week!")
    ['taalcafe', 'tulpenbuurt', 'week']

    O(len(text)).
    """
    return [w for w in _split(text) if len(w) > 1 and w not in stopwords]


def _split(text: str) -> list[str]:
    """Normalised words of one text, split exactly as the vectorised path splits."""
    return [w for w in (_normalise(p) for p in text.translate(_PY_TABLE).lower().split()) if w]


def _split_arrow(arr: pa.Array) -> pa.Array:
    """The words of every text (a list array), split without a regular expression.

    Works on the raw UTF-8 bytes of just this (possibly sliced) array: ASCII separators and
    the multi-byte separators become spaces byte for byte, so the offsets stay valid. Case and
    accents are left to :func:`_normalise`, once per unique word."""
    n = len(arr)
    data = arr.buffers()[2] if n else None
    if data is None:
        return pc.utf8_split_whitespace(arr)
    large = pa.types.is_large_string(arr.type)
    off_type = np.int64 if large else np.int32
    offsets = np.frombuffer(arr.buffers()[1], dtype=off_type)[arr.offset : arr.offset + n + 1]
    lo, hi = int(offsets[0]), int(offsets[-1])
    clean = _BYTE_TABLE[np.frombuffer(data, dtype=np.uint8)[lo:hi]]
    leads = np.flatnonzero((clean == 0xC2) | (clean == 0xE2))  # first bytes of the separators
    for sep in _SEPARATOR_BYTES:
        at = leads[(clean[leads] == sep[0]) & (leads <= len(clean) - len(sep))]
        for k in range(1, len(sep)):
            at = at[clean[at + k] == sep[k]]
        for k in range(len(sep)):
            clean[at + k] = 0x20
    out = pa.Array.from_buffers(
        arr.type, n, [None, pa.py_buffer((offsets - lo).astype(off_type)), pa.py_buffer(clean)]
    )
    return pc.utf8_split_whitespace(out)


def _ngrams(word: str, lo: int, hi: int) -> list[str]:
    padded = f"<{word}>"
    return [padded[k : k + n] for n in range(lo, hi + 1) for k in range(len(padded) - n + 1)]


def _as_arrow(texts: Texts) -> pa.Array:
    if isinstance(texts, pa.ChunkedArray):
        texts = texts.combine_chunks()
    if not isinstance(texts, pa.Array):
        texts = pa.array(list(texts), type=pa.string())
    return texts.fill_null("")


class _Vocabulary:
    """Words met so far, with their stem feature and n-grams, computed once per word."""

    def __init__(self, opt: TextOptions) -> None:
        self.opt = opt
        self.single = _single_table(opt)
        self.words: dict[str, int] = {}
        self.word_stem: list[int] = []
        self.gram_rows: list[list[int]] = []
        self.stems: dict[str, int] = {}
        self.grams: dict[str, int] = {}
        self._stem_arr = np.empty(0, dtype=np.int32)

    def add(self, surface: list[str]) -> I64:
        """Word ids of surface forms (lower-case), registering new words."""
        opt = self.opt
        out = np.empty(len(surface), dtype=np.int64)
        for s, raw in enumerate(surface):
            word = _normalise(raw)
            wid = self.words.get(word)
            if wid is None:
                wid = self.words[word] = len(self.word_stem)
                keep = len(word) > 1 and word not in opt.stopwords
                stem_key = _CANON + self.single[word] if word in self.single else stem(word)
                self.word_stem.append(self.stems.setdefault(stem_key, len(self.stems))
                                      if keep else -1)  # fmt: skip
                grams = (dict.fromkeys(_ngrams(word, opt.ngram_min, opt.ngram_max))
                         if keep and len(word) >= opt.min_ngram_word else {})  # fmt: skip
                self.gram_rows.append([self.grams.setdefault(g, len(self.grams)) for g in grams])
            out[s] = wid
        self._stem_arr = np.array(self.word_stem, dtype=np.int32)
        return out

    def stem_of(self, word_ids: I64) -> I32:
        return self._stem_arr[word_ids]


@dataclass(frozen=True, eq=False)
class TextModel:
    """A fitted vocabulary: words, stems, n-grams and their idf, plus the fitted corpus.

    Build it with :meth:`fit`; :meth:`vectors` gives rows of the fitted corpus, :meth:`transform`
    vectors for new texts (warn-at-entry) against the same vocabulary and idf.
    """

    options: TextOptions
    words: dict[str, int]  # normalised word → word id
    word_stem: I32  # word id → stem feature id, -1 for stopwords
    stem_weights: sp.csr_matrix  # words × stem features: the stem's idf (one per word)
    gram_weights: sp.csr_matrix  # words × n-grams: the n-gram's idf (dropped ones left out)
    stems: dict[str, int]  # stem or "=canonical" → stem feature id
    grams: dict[str, int]
    stem_idf: F32
    gram_idf: F32  # 0 for n-grams dropped by max_df
    docs: sp.csr_matrix  # fitted documents × words, counts
    canon: sp.csr_matrix  # fitted documents × stem features, phrase-synonym hits × idf

    @classmethod
    def fit(cls, texts: Texts, options: TextOptions | None = None) -> TextModel:
        """Tokenise and count a corpus; all per-word work happens once per unique word.

        >>> m = TextModel.fit(["Taalcafé Tulpenbuurt", "Taalcafe in de Tulpenbuurt"])
        >>> X = m.vectors()
        >>> round(float(pair_cosine(X, [0], [1])[0]), 3)
        1.0

        O(total characters) in Arrow compute kernels, plus O(unique words) in Python.
        """
        opt = options or TextOptions()
        arr = _as_arrow(texts)
        n = len(arr)
        vocab = _Vocabulary(opt)
        parts: list[sp.csr_matrix] = []
        canon_rows: list[I64] = []
        canon_cols: list[I64] = []
        for lo in range(0, max(n, 1), _FIT_CHUNK):
            part = arr.slice(lo, min(_FIT_CHUNK, n - lo))
            lists = _split_arrow(part)
            parent = np.asarray(pc.list_parent_indices(lists).to_numpy(), dtype=np.int64)
            encoded = pc.dictionary_encode(pc.list_flatten(lists))
            surface_word = vocab.add(encoded.dictionary.to_pylist())
            token_word = surface_word[np.asarray(encoded.indices.to_numpy(), dtype=np.int64)]
            rows, cols = _phrase_hits(token_word, parent, vocab.words, opt, vocab.stems)
            canon_rows.append(rows + lo)
            canon_cols.append(cols)
            kept = vocab.stem_of(token_word) >= 0
            parts.append(_count_csr(parent[kept], token_word[kept], len(part), 0))
        word_stem = np.array(vocab.word_stem, dtype=np.int32)
        n_words = len(word_stem)
        docs = _vstack(parts, n_words)
        canon = _count_csr(np.concatenate(canon_rows), np.concatenate(canon_cols), n,
                           len(vocab.stems))  # fmt: skip
        word_grams = _binary_csr(vocab.gram_rows, len(vocab.grams))
        stem_map = _stem_map(word_stem, len(vocab.stems))
        stem_df = np.bincount((docs @ stem_map + canon).indices, minlength=len(vocab.stems))
        stem_idf = _idf(stem_df.astype(np.float64), n)
        word_df = np.bincount(docs.indices, minlength=n_words).astype(np.float64)
        gram_df = np.asarray(word_grams.T @ word_df, dtype=np.float64).ravel()
        gram_idf = _idf(gram_df, n)
        gram_idf[gram_df > max(float(opt.max_df_floor), opt.max_df * n)] = 0.0
        # idf is folded into the word-level maps once, so a document vector is two sparse
        # products and a normalisation, with no per-entry weighting pass
        return cls(
            options=opt,
            words=vocab.words,
            word_stem=word_stem,
            stem_weights=_scaled_columns(stem_map, stem_idf),
            gram_weights=_scaled_columns(word_grams, gram_idf),
            stems=vocab.stems,
            grams=vocab.grams,
            stem_idf=stem_idf,
            gram_idf=gram_idf,
            docs=docs,
            canon=_scaled_columns(canon, stem_idf),
        )

    def vectors(self, rows: Sequence[int] | I64 | None = None) -> sp.csr_matrix:
        """L2-normalised vectors of fitted documents (all, or the given row positions), with
        the stem part and the n-gram part side by side (see the module docstring).

        O(nnz of the result): docs × words · words × n-grams for just these rows.
        """
        stems, grams = self.parts(rows)
        share = self.options.stem_share
        stems.data *= np.float32(np.sqrt(share))
        grams.data *= np.float32(np.sqrt(1.0 - share))
        return _side_by_side(stems, grams)

    def parts(self, rows: Sequence[int] | I64 | None = None) -> tuple[sp.csr_matrix, sp.csr_matrix]:
        """The stem part and the n-gram part of the vectors, each L2-normalised on its own."""
        docs, canon = self.docs, self.canon
        if rows is not None:
            idx = np.asarray(rows, dtype=np.int64)
            docs, canon = docs[idx], canon[idx]
        return _unit_rows(docs @ self.stem_weights + canon), _unit_rows(docs @ self.gram_weights)

    def similarity(self, left: I64, right: I64, *, chunk: int = 50_000) -> F32:
        """``stem_share · cos(stems) + (1 − stem_share) · cos(n-grams)`` of fitted row pairs,
        building vectors only for the rows of each chunk of pairs (memory stays bounded).

        Pairs sorted by their first row, over rows stored near each other (a field stored by
        area), make each chunk touch few rows, so each vector is built about once.

        O(Σ nnz of the rows involved).
        """
        share = self.options.stem_share
        out = np.zeros(len(left), np.float32)
        for lo in range(0, len(left), chunk):
            hi = min(len(left), lo + chunk)
            rows, inverse = np.unique(np.concatenate([left[lo:hi], right[lo:hi]]),
                                      return_inverse=True)  # fmt: skip
            k = hi - lo
            stems, grams = self.parts(rows)
            stem_cos = pair_cosine(stems, inverse[:k], inverse[k:], chunk=chunk)
            gram_cos = pair_cosine(grams, inverse[:k], inverse[k:], chunk=chunk)
            out[lo:hi] = share * stem_cos + (1.0 - share) * gram_cos
        return out

    def transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        """Vectors of new texts against the fitted vocabulary and idf (few texts; Python).

        Unknown stems and n-grams still count in a text's norm (with the highest idf), so an
        unusual new text is not made to look more similar than it is.

        O(total characters).
        """
        opt = self.options
        stem_vocab = len(self.stems)
        n_stem_oov = float(self.stem_idf.max()) if len(self.stem_idf) else 1.0
        n_gram_oov = float(self.gram_idf.max()) if len(self.gram_idf) else 1.0
        single = _single_table(opt)
        phrases = _phrase_table(opt)
        stem_rows: list[dict[int, float]] = []
        gram_rows: list[dict[int, float]] = []
        oov: list[tuple[float, float]] = []
        for text in texts:
            raw = _split(text)
            kept = [w for w in raw if len(w) > 1 and w not in opt.stopwords]
            stem_tf = Counter(_CANON + single[w] if w in single else stem(w) for w in kept)
            for length, table in phrases.items():
                for k in range(len(raw) - length + 1):
                    hit = table.get(tuple(raw[k : k + length]))
                    if hit is not None:
                        stem_tf[_CANON + hit] += 1
            gram_tf: Counter[str] = Counter()
            for w in kept:
                if len(w) >= opt.min_ngram_word:
                    gram_tf.update(dict.fromkeys(_ngrams(w, opt.ngram_min, opt.ngram_max), 1))
            srow: dict[int, float] = {}
            stem_oov = 0.0
            for s, c in stem_tf.items():
                sid = self.stems.get(s)
                if sid is None:
                    stem_oov += (c * n_stem_oov) ** 2
                else:
                    srow[sid] = c * float(self.stem_idf[sid])
            grow: dict[int, float] = {}
            gram_oov = 0.0
            for g, c in gram_tf.items():
                gid = self.grams.get(g)
                if gid is None:
                    gram_oov += (c * n_gram_oov) ** 2
                elif self.gram_idf[gid] > 0:
                    grow[gid] = c * float(self.gram_idf[gid])
            stem_rows.append(srow)
            gram_rows.append(grow)
            oov.append((stem_oov, gram_oov))
        share = opt.stem_share
        out_rows, out_cols, out_vals = [], [], []
        for r, (srow, grow, (s_oov, g_oov)) in enumerate(
            zip(stem_rows, gram_rows, oov, strict=True)
        ):
            s_norm = np.sqrt(sum(v * v for v in srow.values()) + s_oov)
            g_norm = np.sqrt(sum(v * v for v in grow.values()) + g_oov)
            for c, v in srow.items():
                out_rows.append(r)
                out_cols.append(c)
                out_vals.append(v / s_norm * np.sqrt(share))
            for c, v in grow.items():
                out_rows.append(r)
                out_cols.append(stem_vocab + c)
                out_vals.append(v / g_norm * np.sqrt(1.0 - share))
        shape = (len(texts), stem_vocab + len(self.grams))
        return sp.csr_matrix(
            (np.array(out_vals, dtype=np.float32), (out_rows, out_cols)), shape=shape
        )


def text_vectors(texts: Texts, *, options: TextOptions | None = None) -> sp.csr_matrix:
    """Fit a :class:`TextModel` on ``texts`` and return their L2-normalised vectors.

    >>> X = text_vectors(["Koffie-inloop voor ouderen", "Inloop met koffie, ouderen welkom",
    ...                   "Repair café"])
    >>> c = pair_cosine(X, [0, 0], [1, 2])
    >>> bool(c[0] > 0.5 > c[1])
    True

    O(total characters + nnz).
    """
    return TextModel.fit(texts, options).vectors()


def pair_cosine(
    X: sp.csr_matrix, i: Sequence[int] | I64, j: Sequence[int] | I64, *, chunk: int = 100_000
) -> F32:
    """Row-wise dot products ``X[i[k]] · X[j[k]]``: the cosine for L2-normalised rows.

    >>> X = text_vectors(["taalcafe", "taalcafe", "voedselbank"])
    >>> pair_cosine(X, [0, 0], [1, 2]).round(3).tolist()
    [1.0, 0.0]

    O(Σ nnz of the rows involved); memory bounded by ``chunk`` pairs at a time.
    """
    ii = np.asarray(i, dtype=np.int64)
    jj = np.asarray(j, dtype=np.int64)
    out = np.zeros(len(ii), dtype=np.float32)
    for lo in range(0, len(ii), chunk):
        a = X[ii[lo : lo + chunk]]
        b = X[jj[lo : lo + chunk]]
        out[lo : lo + chunk] = np.asarray(a.multiply(b).sum(axis=1), dtype=np.float32).ravel()
    return np.clip(out, 0.0, 1.0)


# --- helpers ---------------------------------------------------------------------------------


def _idf(df: Any, n: int) -> F32:
    # smoothed idf as in the classic TF-IDF: a term in every document still weighs 1
    return np.asarray(np.log((1.0 + n) / (1.0 + df)) + 1.0, dtype=np.float32)


def _binary_csr(rows: list[list[int]], n_cols: int) -> sp.csr_matrix:
    ptr = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum([len(r) for r in rows], out=ptr[1:])
    idx = np.fromiter((c for r in rows for c in r), dtype=np.int32, count=int(ptr[-1]))
    data = np.ones(len(idx), dtype=np.float32)
    return sp.csr_matrix((data, idx, ptr), shape=(len(rows), n_cols))


def _vstack(parts: list[sp.csr_matrix], n_cols: int) -> sp.csr_matrix:
    """Stack row blocks whose column count grew while they were built."""
    if not parts:
        return sp.csr_matrix((0, n_cols), dtype=np.float32)
    ptrs = [parts[0].indptr.astype(np.int64)]
    for p in parts[1:]:
        ptrs.append(p.indptr[1:].astype(np.int64) + ptrs[-1][-1])
    return sp.csr_matrix(
        (np.concatenate([p.data for p in parts]),
         np.concatenate([p.indices for p in parts]).astype(np.int32), np.concatenate(ptrs)),
        shape=(sum(p.shape[0] for p in parts), n_cols),
    )  # fmt: skip


def _count_csr(rows: I64, cols: I64, n_rows: int, n_cols: int) -> sp.csr_matrix:
    order = np.argsort(rows, kind="stable")
    ptr = np.zeros(n_rows + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=n_rows), out=ptr[1:])
    data = np.ones(len(rows), dtype=np.float32)
    width = max(n_cols, int(cols.max()) + 1 if len(cols) else 0)
    m = sp.csr_matrix((data, cols[order].astype(np.int32), ptr), shape=(n_rows, width))
    m.sum_duplicates()
    return m


def _stem_map(word_stem: I32, n_stems: int) -> sp.csr_matrix:
    keep = np.flatnonzero(word_stem >= 0)
    return sp.csr_matrix(
        (np.ones(len(keep), dtype=np.float32), (keep, word_stem[keep])),
        shape=(len(word_stem), n_stems),
    )


def _scaled_columns(m: sp.csr_matrix, weights: F32) -> sp.csr_matrix:
    """Columns times weights, zero columns dropped from the structure."""
    out = m.tocsr(copy=True)
    out.data = (out.data * weights[out.indices]).astype(np.float32)
    out.eliminate_zeros()
    return out


def _unit_rows(m: sp.csr_matrix) -> sp.csr_matrix:
    """Rows scaled to length 1 (empty rows stay empty), in place."""
    m = m.tocsr()
    rows = np.repeat(np.arange(m.shape[0]), np.diff(m.indptr))
    sq = np.bincount(rows, weights=m.data.astype(np.float64) ** 2, minlength=m.shape[0])
    sq = sq.astype(np.float64)  # bincount of nothing is int64
    inv = np.divide(1.0, np.sqrt(sq), out=np.zeros_like(sq), where=sq > 0)
    m.data = (m.data * inv[rows]).astype(np.float32)
    return m


def _side_by_side(a: sp.csr_matrix, b: sp.csr_matrix) -> sp.csr_matrix:
    """``hstack([a, b])`` for CSR matrices with the same rows, without a COO round trip."""
    ca, cb = np.diff(a.indptr), np.diff(b.indptr)
    ptr = np.zeros(a.shape[0] + 1, dtype=np.int64)
    np.cumsum(ca + cb, out=ptr[1:])
    data = np.empty(int(ptr[-1]), dtype=np.float32)
    idx = np.empty(int(ptr[-1]), dtype=np.int32)
    rows_a = np.repeat(np.arange(a.shape[0]), ca)
    dest_a = ptr[rows_a] + (np.arange(a.nnz) - a.indptr[rows_a])
    rows_b = np.repeat(np.arange(b.shape[0]), cb)
    dest_b = ptr[rows_b] + ca[rows_b] + (np.arange(b.nnz) - b.indptr[rows_b])
    data[dest_a], idx[dest_a] = a.data, a.indices
    data[dest_b], idx[dest_b] = b.data, b.indices + a.shape[1]
    return sp.csr_matrix((data, idx, ptr), shape=(a.shape[0], a.shape[1] + b.shape[1]))


def _single_table(opt: TextOptions) -> dict[str, str]:
    out: dict[str, str] = {}
    for phrase, key in opt.synonyms.items():
        parts = _split(phrase)
        if len(parts) == 1:
            out[parts[0]] = key
    return out


def _phrase_table(opt: TextOptions) -> dict[int, dict[tuple[str, ...], str]]:
    out: dict[int, dict[tuple[str, ...], str]] = {}
    for phrase, key in opt.synonyms.items():
        parts = tuple(_split(phrase))
        if 2 <= len(parts) <= 4:
            out.setdefault(len(parts), {})[parts] = key
    return out


def _phrase_hits(
    token_word: I64, parent: I64, words: dict[str, int], opt: TextOptions, stems: dict[str, int]
) -> tuple[I64, I64]:
    """(document, canonical feature) for every multi-word synonym phrase in the token stream.

    Vectorised: only positions whose word starts some phrase are looked at, then each phrase
    is compared on those positions alone.
    """
    rows: list[I64] = []
    cols: list[I64] = []
    tables = _phrase_table(opt)
    starts = [words.get(parts[0], -1) for t in tables.values() for parts in t]
    cand = np.flatnonzero(np.isin(token_word, np.array(starts, dtype=np.int64)))
    for length, table in tables.items():
        for parts, key in table.items():
            ids = [words.get(p, -1) for p in parts]
            if min(ids) < 0:
                continue
            first = cand[(token_word[cand] == ids[0]) & (cand <= len(token_word) - length)]
            ok = np.ones(len(first), dtype=np.bool_)
            for k in range(1, length):
                ok &= token_word[first + k] == ids[k]
                ok &= parent[first + k] == parent[first]
            hits = first[ok]
            if len(hits):
                fid = stems.setdefault(_CANON + key, len(stems))
                rows.append(parent[hits])
                cols.append(np.full(len(hits), fid, dtype=np.int64))
    if not rows:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    return np.concatenate(rows), np.concatenate(cols)
