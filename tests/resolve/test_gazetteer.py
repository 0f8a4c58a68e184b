"""The gazetteer's index: built from the shipped file, cached on disk, rebuilt when the cache is bad."""

from __future__ import annotations

from warta.cache import read_cached
from warta.resolve.gazetteer import Gazetteer, cache_path, decode_index, load_index


def read_cache(path):
    return read_cached(path, decode_index)


def test_the_index_is_cached_then_read_back_and_a_broken_cache_is_rebuilt(tmp_path):
    built = load_index(tmp_path)
    [path] = tmp_path.glob("gazetteer-*.marshal")
    assert read_cache(path) == built
    assert load_index(tmp_path) == built
    path.write_bytes(b"not a cache")
    assert read_cache(path) is None
    assert load_index(tmp_path) == built
    assert read_cache(path) == built  # rewritten


def test_the_cache_key_follows_the_data(tmp_path):
    assert cache_path(b"one", tmp_path) != cache_path(b"two", tmp_path)
    assert cache_path(b"one", tmp_path) == cache_path(b"one", tmp_path)


def test_an_unwritable_cache_folder_only_costs_a_rebuild(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    index = load_index(blocker / "cache")  # a folder under a file cannot be made
    hits = Gazetteer(index).find("Mereka tiba di Kuala Lumpur dari Jenewa.")
    assert [h.form for h in hits] == ["Kuala Lumpur", "Jenewa"]
