"""ChineseTfidf's transform gives scikit-learn's TfidfVectorizer.transform to the bit."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from matchers.jobs.features import candidate_text, job_text
from matchers.records import Candidate, Job
from matchers.text.tfidf import ChineseTfidf
from seeds.synthetic import generate_candidates, generate_jobs

JOB_TEXTS = [job_text(Job.from_mapping(row)) for row in generate_jobs(300, seed=3)]
PEOPLE_TEXTS = [
    candidate_text(Candidate.from_mapping(row)) for row in generate_candidates(200, seed=3)
]
ODD = ["", "五险一金 急招", "Python 和 PLC 编程，CAD 制图", "无人机植保飞手 " * 30, "焊"]


@pytest.mark.parametrize("analyzer", ["words", "chars", "both"])
@pytest.mark.parametrize("sublinear_tf", [True, False])
def test_transform_equals_scikit_learns(analyzer, sublinear_tf):
    tfidf = ChineseTfidf(analyzer=analyzer, sublinear_tf=sublinear_tf).fit(JOB_TEXTS)
    texts = PEOPLE_TEXTS + ODD + JOB_TEXTS[:50]

    for batch in (texts, texts[:1], texts[-7:]):
        got = tfidf.transform(batch)
        expected = TfidfVectorizer.transform(tfidf.vectorizer_, batch)
        assert got.shape == expected.shape and got.dtype == expected.dtype == np.float32
        assert np.array_equal(got.indptr, expected.indptr)
        assert np.array_equal(got.indices, expected.indices)
        assert np.array_equal(got.data, expected.data)  # bit for bit, not approximately
    assert tfidf.transform([]).shape == (0, len(tfidf.vectorizer_.vocabulary_))
