"""The shared document model."""

import pickle

from warta.model import InputError


def test_input_errors_survive_pickling():
    error = pickle.loads(pickle.dumps(InputError("feed.jsonl:3", "not JSON")))
    assert (error.where, error.problem, str(error)) == ("feed.jsonl:3", "not JSON", "feed.jsonl:3: not JSON")
