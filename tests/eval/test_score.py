"""The gold metric on small hand-made cases (../shared/gold/README.md)."""

from warta.eval.score import Coded, score, triples


def item(sources, targets, cameo=None, plover=None, negated=False, sentence="s1"):
    return Coded(sources=sources, targets=targets, cameo=cameo, plover=plover, negated=negated, sentence=sentence)


def test_triples_use_country_part_and_root():
    got = triples([item(["RUSGOV"], ["USAGOV"], "111")], "root")
    assert got == {("RUS", "USA", "11")}


def test_missing_target_and_uncoded_source_become_dashes():
    got = triples([item([""], [], "023"), item([], ["AFG"], "0233")], "root")
    assert got == {("---", "---", "02"), ("---", "AFG", "02")}


def test_compound_actors_expand_to_every_pair():
    got = triples([item(["AFGGOV"], ["RUS", "CHN", "IRN"], "030")], "root")
    assert got == {("AFG", "RUS", "03"), ("AFG", "CHN", "03"), ("AFG", "IRN", "03")}


def test_joint_action_counts_both_ways():
    got = triples([item(["HUNGOV", "ROUGOV"], [], plover="AGREE")], "plover")
    assert got == {("HUN", "ROU", "AGREE"), ("ROU", "HUN", "AGREE")}
    # the same from two single-source records of one sentence
    got = triples([item(["USA"], [], "057", sentence="x"), item(["JOR"], [], "057", sentence="x")], "root")
    assert got == {("USA", "JOR", "05"), ("JOR", "USA", "05")}


def test_joint_rule_does_not_apply_to_other_roots():
    got = triples([item(["USA"], [], "111", sentence="x"), item(["JOR"], [], "111", sentence="x")], "root")
    assert got == {("USA", "---", "11"), ("JOR", "---", "11")}


def test_negated_events_are_excluded():
    assert triples([item(["RUS"], ["USA"], "190", negated=True)], "root") == set()


def test_variants_full_code_and_actor_codes():
    it = item(["RUSGOV"], ["IGOUNO"], "0233")
    assert triples([it], "code") == {("RUS", "IGO", "0233")}
    assert triples([it], "actors") == {("RUSGOV", "IGOUNO", "02")}
    assert triples([it], "plover") == {("RUS", "IGO", "REQUEST")}


def test_plover_2016_names_are_read_as_plover_2():
    assert triples([item(["CHN"], ["USA"], plover="DEMAND")], "plover") == {("CHN", "USA", "REQUEST")}
    assert triples([item(["USA"], ["IRQ"], cameo="190")], "plover") == {("USA", "IRQ", "ASSAULT")}


def test_micro_precision_recall_f1():
    gold = [item(["RUS"], ["USA"], "111"), item(["AFG"], ["RUS"], "030")]
    system = [item(["RUS"], ["USA"], "112"), item(["CHN"], ["RUS"], "030"), item(["IRN"], [], "010")]
    report = score([("t1", gold, system)]).to_dict()
    assert report["root"]["tp"] == 1 and report["root"]["fp"] == 2 and report["root"]["fn"] == 1
    assert report["root"]["precision"] == round(1 / 3, 4)
    assert report["root"]["recall"] == 0.5
    assert report["root"]["f1"] == 0.4
    # the full-code variant does not match 111 with 112
    assert report["code"]["tp"] == 0
    assert report["by_root"]["11"]["tp"] == 1


def test_micro_sums_over_texts():
    t1 = ("a", [item(["RUS"], ["USA"], "111")], [item(["RUS"], ["USA"], "111")])
    t2 = ("b", [item(["RUS"], ["USA"], "111")], [])
    report = score([t1, t2]).to_dict()
    assert (report["root"]["tp"], report["root"]["fn"]) == (1, 1)
