"""Dutch-aware text similarity: tokens, stems, accents, stopwords, synonyms, n-grams, cosines."""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from speelveld.core import TextModel, TextOptions, pair_cosine, text_vectors, tokenize
from speelveld.core.text import _split, _split_arrow, stem

SYNONYMS = {"koffieochtend": "ontmoeting", "huiskamer van de wijk": "ontmoeting"}


def test_tokenize_lowercases_strips_accents_and_stopwords() -> None:
    assert tokenize("Het TAALCAFÉ is in de Tulpenbuurt – élke week!") == [
        "taalcafe", "tulpenbuurt", "week",
    ]  # fmt: skip


def test_dutch_stems_join_inflections() -> None:
    assert stem("bewoners") == stem("bewoner") and stem("buurten") == stem("buurt")


def test_the_vectorised_split_equals_the_one_text_split() -> None:
    texts = ["Koffie–inloop (gratis)!", "CAFÉ “Één”, 3x per week… auto's", "", "a_b/c"]
    arrow = _split_arrow(pa.array(texts)).to_pylist()
    assert [[w for w in (_split(x) for x in row) for w in w] for row in arrow] == [
        _split(t) for t in texts
    ]


def test_paraphrases_are_closer_than_other_work() -> None:
    X = text_vectors([
        "Koffie-inloop voor ouderen in de Tulpenbuurt",
        "Inloop met koffie voor senioren, Tulpenbuurt",
        "Repair café: samen spullen repareren",
    ])  # fmt: skip
    near, far = pair_cosine(X, [0, 0], [1, 2])
    assert near > 0.45 > far


def test_character_ngrams_see_through_compounds_and_spelling() -> None:
    X = text_vectors(["buurthuiskamer", "huiskamer", "voedselbank"])
    compound, unrelated = pair_cosine(X, [0, 0], [1, 2])
    assert compound > 0.25 and unrelated == 0.0


def test_synonyms_map_words_and_phrases_onto_one_canonical_token() -> None:
    texts = ["Koffieochtend", "De huiskamer van de wijk", "Voedselbank"]
    plain = pair_cosine(text_vectors(texts), [0], [1])[0]
    opt = TextOptions(synonyms=SYNONYMS)
    mapped = pair_cosine(text_vectors(texts, options=opt), [0], [1])[0]
    assert plain == 0.0 and mapped > 0.2


def test_vectors_are_unit_length_and_transform_matches_the_fit() -> None:
    texts = ["Taalcafé Tulpenbuurt op dinsdag", "Huiswerkklas voor kinderen", ""]
    model = TextModel.fit(texts, TextOptions(synonyms=SYNONYMS))
    X = model.vectors()
    norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
    assert np.allclose(norms, [1.0, 1.0, 0.0], atol=1e-5)
    again = model.transform(texts)
    assert np.allclose(X.toarray(), again.toarray(), atol=1e-5)
    assert np.allclose(model.similarity(np.array([0, 0]), np.array([0, 1])),
                       pair_cosine(X, [0, 0], [0, 1]), atol=1e-5)  # fmt: skip


def test_unknown_words_still_count_in_a_new_texts_norm() -> None:
    model = TextModel.fit(["taalcafé tulpenbuurt", "huiswerkklas"])
    X = model.vectors()
    known = model.transform(["taalcafé tulpenbuurt"])
    diluted = model.transform(["taalcafé tulpenbuurt xylofoonorkest zeppelinvaart"])
    assert (X[0] @ known.T).toarray()[0, 0] > (X[0] @ diluted.T).toarray()[0, 0]


def test_the_c_stemmer_gives_the_same_stems_as_snowballs_own_python() -> None:
    """PyStemmer (C) stems ~150x faster than snowballstemmer's Python; both must be Snowball's
    Dutch algorithm of the same version, or overlap findings would shift with the install."""
    import re
    from pathlib import Path

    from snowballstemmer.dutch_stemmer import DutchStemmer

    from speelveld.core import text

    assert type(text._STEMMER).__module__ == "Stemmer"  # the fast one is installed
    seed = Path(text.__file__).resolve().parents[1] / "catalogue" / "seed_data"
    words = {w for f in seed.glob("*.py") for w in re.findall(r"[a-zà-ÿ]{3,}", f.read_text())}
    words |= {"bewoners", "buurten", "koffieochtenden", "huiswerkbegeleiding", "ontmoetingen"}
    assert len(words) > 1000
    python = DutchStemmer()
    assert {w: text.stem(w) for w in words} == {w: python.stemWord(w) for w in words}
