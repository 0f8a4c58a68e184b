"""The coder's grammar, one rule per test, each with an Indonesian (or English) sentence.

These run the real pipeline (segmentation, actor KB, language pack, coder) so they fail
when any of them stops supporting the construction.
"""

from __future__ import annotations

import pytest

from warta.model import Article
from warta.pipeline import Pipeline
from warta.settings import Settings


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(Settings(stages=("segment", "actors", "coder")))


def code(pipeline, text: str, lang: str = "id", date: str = "2021-10-21"):
    article = pipeline(Article(id="t", text=text, language=lang, published=date))
    return article, {(e.source.actor.code[:3] if e.source and e.source.actor.code else None,
                      e.target.actor.code[:3] if e.target and e.target.actor.code else None,
                      e.cameo[:2], e.negated) for e in article.events}


def test_active_subject_verb_object(pipeline):
    _, events = code(pipeline, "Rusia mengkritik Amerika Serikat atas sanksi baru itu.")
    assert ("RUS", "USA", "11", False) in events


def test_passive_with_agent_swaps_roles(pipeline):
    _, events = code(pipeline, "Ukraina diserang oleh Rusia pada Kamis pagi.")
    assert ("RUS", "UKR", "19", False) in events or ("RUS", "UKR", "18", False) in events
    assert not any(e[0] == "UKR" for e in events)


def test_passive_agent_right_after_the_verb(pipeline):
    _, events = code(pipeline, "Seorang warga Malaysia ditangkap polisi Indonesia di Batam.")
    assert any(e[0] == "IDN" and e[1] == "MYS" and e[2] == "17" for e in events)


def test_compound_target_gives_one_event_per_actor(pipeline):
    _, events = code(pipeline, "Taliban setuju untuk bekerja sama dengan Rusia, China dan Iran.")
    assert {("AFG", t, "03", False) for t in ("RUS", "CHN", "IRN")} <= events


def test_compound_subject(pipeline):
    _, events = code(pipeline, "Jepang dan Korea Selatan mengecam Korea Utara.")
    assert {("JPN", "PRK", "11", False), ("KOR", "PRK", "11", False)} <= events


def test_relative_clause_verb_takes_the_antecedent(pipeline):
    article, events = code(pipeline, "Menteri Luar Negeri Rusia Sergei Lavrov, yang berpidato dalam pertemuan itu dan "
                                     "mengkritik ketidakhadiran para pejabat Amerika Serikat, sebelumnya mengatakan hal itu.")
    assert ("RUS", "USA", "11", False) in events
    critic = next(e for e in article.events if e.cameo.startswith("11"))
    assert critic.source.text == "Menteri Luar Negeri Rusia Sergei Lavrov"


def test_coordinated_verbs_share_the_subject(pipeline):
    _, events = code(pipeline, "Perwakilan Taliban telah bertemu dengan pejabat Uni Eropa dan melakukan perjalanan ke Turki.")
    assert ("AFG", "IGO", "04", False) in events
    assert ("AFG", "TUR", "04", False) in events
    assert not any(e[0] == "IGO" for e in events)


def test_reported_speech_codes_the_reported_event(pipeline):
    _, events = code(pipeline, "Menteri Pertahanan Inggris mengatakan bahwa Rusia menyerang Ukraina.")
    assert any(e[0] == "RUS" and e[1] == "UKR" and e[2] in ("18", "19") for e in events)
    assert not any(e[0] == "GBR" and e[2] == "01" for e in events)


def test_statement_without_inner_event_is_coded(pipeline):
    _, events = code(pipeline, "Menteri Luar Negeri Rusia Sergei Lavrov memperingatkan bahwa perdagangan narkoba dari Afghanistan telah meningkat.")
    assert ("RUS", "AFG", "01", False) in events


def test_negation_is_marked(pipeline):
    article, _ = code(pipeline, "Iran tidak akan menyerang Israel, kata menteri itu.")
    assert article.events and all(e.negated for e in article.events if e.target and e.target.actor.code == "ISR")


def test_intent_turns_aid_into_a_pledge(pipeline):
    article, _ = code(pipeline, "Jepang akan memberikan bantuan kepada Filipina.")
    codes = {e.cameo for e in article.events if e.target and (e.target.actor.code or "").startswith("PHL")}
    assert codes and all(c.startswith("03") for c in codes)


def test_purpose_clause_is_not_a_separate_event(pipeline):
    _, events = code(pipeline, "Hongaria dan Rumania sepakat bekerja sama untuk memulangkan pengungsi Rumania.")
    assert {e[2] for e in events} == {"03"} or {e[2] for e in events} <= {"03", "06"}


def test_quoted_word_is_not_a_trigger(pipeline):
    article, _ = code(pipeline, "Rusia menyerukan bantuan kemanusiaan “mendesak” untuk Afghanistan.")
    assert all(e.trigger.text != "mendesak" for e in article.events)
    assert any(e.cameo.startswith("02") and e.target and e.target.actor.code == "AFG" for e in article.events)


def test_event_noun_takes_its_doer_from_the_genitive(pipeline):
    _, events = code(pipeline, "Serangan Israel ke Gaza menewaskan puluhan orang.")
    assert any(e[0] == "ISR" and e[2] in ("18", "19") for e in events)


def test_event_noun_object_gives_its_actor_to_the_verb(pipeline):
    _, events = code(pipeline, "Serbia menolak ultimatum Australia untuk menyerahkan penjaga itu.")
    assert ("SRB", "AUS", "12", False) in events


def test_pronoun_subject_resolves_to_the_earlier_actor(pipeline):
    article, _ = code(pipeline, "Presiden Rusia Vladimir Putin tiba di Beijing. Ia kemudian mengkritik Amerika Serikat.")
    critic = [e for e in article.events if e.cameo.startswith("11")]
    assert critic and critic[0].source.actor.code == "RUSGOV" and critic[0].source.kind == "pronoun"


def test_a_transitive_event_needs_a_recipient(pipeline):
    article, _ = code(pipeline, "Rusia mengkritik keras keputusan itu.")
    assert not article.events
    _, events = code(pipeline, "Presiden Filipina mengundurkan diri.")
    assert any(e[0] == "PHL" and e[1] is None for e in events)


def test_event_without_a_doer_is_not_coded(pipeline):
    article, _ = code(pipeline, "Sebanyak delapan orang diamankan ke Polda Metro Jaya.")
    assert all(e.source is not None for e in article.events)


def test_english_uses_the_same_engine(pipeline):
    _, events = code(pipeline, "Russian Foreign Minister Sergei Lavrov criticized the United States on Wednesday.", lang="en")
    assert ("RUS", "USA", "11", False) in events


def test_trigger_and_actor_offsets_point_at_their_words(pipeline):
    article, _ = code(pipeline, "Belgia telah menjanjikan bantuan senilai satu miliar euro kepada Afghanistan.")
    assert article.events
    for e in article.events:
        assert article.text[e.trigger.start:e.trigger.end] == e.trigger.text
        for m in (e.source, e.target):
            if m is not None:
                assert article.text[m.start:m.end] == m.text


def test_dual_pronoun_stands_for_the_two_actors_just_named(pipeline):
    _, events = code(pipeline, "Presiden China Xi Jinping menelepon Presiden Korea Selatan Moon Jae-in. "
                               "Keduanya kemudian bertemu di Hamburg.")
    assert {("CHN", "KOR", "04", False), ("KOR", "CHN", "04", False)} <= events  # each with the other


def test_reciprocal_event_goes_both_ways(pipeline):
    _, events = code(pipeline, "India dan Pakistan kembali berseteru. Kedua negara saling mengusir diplomat.")
    assert {("IND", "PAK", "16", False), ("PAK", "IND", "16", False)} <= events


def test_saying_that_someone_must_act_is_a_demand(pipeline):
    _, events = code(pipeline, "Rusia mengatakan Sudan harus mengembalikan helikopter yang disita pekan lalu.")
    assert ("RUS", "SDN", "10", False) in events


def test_intended_harm_with_a_condition_is_a_threat(pipeline):
    article, _ = code(pipeline, "Nigeria akan menyerang pemberontak di Liberia kecuali mereka menyerah.")
    assert article.events and all(e.cameo.startswith("13") for e in article.events if e.source.actor.code == "NGA")


def test_what_an_accusation_alleges_is_not_a_separate_event(pipeline):
    _, events = code(pipeline, "Iran menuduh Amerika Serikat menyerang kapal tanker di Teluk Persia.")
    assert ("IRN", "USA", "11", False) in events
    assert not any(e[2] in ("18", "19") for e in events)


def test_a_verb_joined_by_a_conjunction_after_an_appeal_is_its_own_event(pipeline):
    _, events = code(pipeline, "Jepang menyerukan bantuan untuk Afghanistan dan mengkritik Rusia.")
    assert ("JPN", "RUS", "11", False) in events


def test_meeting_noun_takes_the_passive_agent_before_it(pipeline):
    _, events = code(pipeline, "Kekhawatiran itu digaungkan oleh pemerintah Rusia selama pertemuan dengan "
                               "negara-negara Asia Tengah lainnya dan China.")
    assert {("RUS", "CAS", "04", False), ("RUS", "CHN", "04", False)} <= events


def test_apposition_between_subject_and_verb(pipeline):
    _, events = code(pipeline, "Pakistan, a key U.S. ally in the war against terrorism, has criticized India.", lang="en")
    assert ("PAK", "IND", "11", False) in events
    assert not any(e[0] == "USA" for e in events)


def test_english_actor_before_a_noun_only_modifies_it(pipeline):
    _, events = code(pipeline, "The Moscow talks ended, and Iran criticized Israel.", lang="en")
    assert ("IRN", "ISR", "11", False) in events
    assert not any(e[0] == "RUS" for e in events)


def test_far_recipient_after_a_parenthesis(pipeline):
    _, events = code(pipeline, "Finlandia akan memberikan hibah sebesar 580 juta shilling (64,45 juta dolar) kepada Tanzania.")
    assert any(e[0] == "FIN" and e[1] == "TZA" for e in events)


def test_passive_patient_inside_a_modifier(pipeline):
    _, events = code(pipeline, "Sebuah kamp bagi pengungsi Kongo diserang milisi Burundi pada Senin.")
    assert any(e[0] == "BDI" and e[1] == "COD" and e[2] in ("18", "19") for e in events)


def test_action_noun_possessor_is_the_one_acted_on(pipeline):
    _, events = code(pipeline, "Pakistan mengumumkan pengusiran diplomat India pada Kamis.")
    assert any(e[0] == "PAK" and e[1] == "IND" and e[2] == "16" for e in events)
    _, events = code(pipeline, "Polisi Malaysia melakukan penangkapan warga Indonesia di Johor.")
    assert any(e[0] == "MYS" and e[1] == "IDN" and e[2] == "17" for e in events)


def test_dual_pronoun_prefers_the_two_people_just_named(pipeline):
    _, events = code(pipeline, "Presiden China Xi Jinping mengatakan kepada Presiden Korea Selatan Moon Jae-in bahwa "
                               "negaranya mendukung denuklirisasi di Semenanjung Korea. Keduanya bertemu di Jerman.")
    assert {("CHN", "KOR", "04", False), ("KOR", "CHN", "04", False)} <= events  # each with the other


def test_passive_agent_after_a_few_head_nouns(pipeline):
    _, events = code(pipeline, "Posisi pasukan keamanan Palestina di dekat kota Rafah digempur helikopter dan tank Israel.")
    assert ("ISR", "PSE", "19", False) in events


def test_a_comma_before_a_new_clause_ends_the_actor_list(pipeline):
    _, events = code(pipeline, "The United States and Jordan signed a new trade pact with Egypt, the White House announced.",
                     lang="en")
    assert not any(e[1] == "USA" for e in events)


def test_far_recipient_through_a_modifier(pipeline):
    _, events = code(pipeline, "Syria agreed to withdraw its troops from neighboring Lebanon.", lang="en")
    assert any(e[0] == "SYR" and e[1] == "LBN" for e in events)


def test_what_an_actor_must_do_is_not_done(pipeline):
    _, events = code(pipeline, "Rusia mengatakan Sudan harus mengembalikan helikopter yang disita.")
    assert ("RUS", "SDN", "10", False) in events
    assert not any(e[0] == "SDN" for e in events)


def test_english_action_noun_takes_of_as_its_target(pipeline):
    article, _ = code(pipeline, "Russia condemned the arrest of Ukrainian activists by Belarusian police.", lang="en")
    assert any(e.cameo[:2] == "11" and e.source.actor.country == "RUS" for e in article.events)


def test_a_to_that_ends_an_intent_phrase_opens_no_purpose_clause(pipeline):
    _, events = code(pipeline, "Syria says it is willing to withdraw its troops from neighboring Lebanon.", lang="en")
    assert any(e[0] == "SYR" and e[1] == "LBN" for e in events)


def test_a_restriction_imposed_on_a_place_targets_its_country(pipeline):
    _, events = code(pipeline, "Pemerintah Sudan memberlakukan jam malam di Darfur Barat pada Minggu.")
    assert any(e[0] == "SDN" and e[1] == "SDN" and e[2] == "17" for e in events)


def test_an_elided_subject_after_a_clause_break_is_the_earlier_one(pipeline):
    _, events = code(pipeline, "Benin opened its borders to refugees from Nigeria, but was still refusing admittance "
                               "to Ghanaians.", lang="en")
    assert any(e[0] == "BEN" and e[1] == "GHA" and e[2] == "12" for e in events)


def test_dissent_without_recipient_addresses_the_state_where_it_happens(pipeline):
    _, events = code(pipeline, "Ribuan pengungsi Suriah berunjuk rasa di Turki pada Senin.")
    assert ("SYR", "TUR", "14", False) in events


def test_dissent_without_recipient_or_place_addresses_the_own_government(pipeline):
    article, events = code(pipeline, "Young Algerians blocked roads leading to the city centre on Sunday.", "en")
    protest = next(e for e in article.events if e.cameo.startswith("14"))
    assert (protest.source.actor.country, protest.target.actor.code) == ("DZA", "DZAGOV")
    assert protest.target.text == "" and protest.target.kind == "implied"  # no words of its own


def test_dissent_names_no_state_for_a_non_state_protester(pipeline):
    article, _ = code(pipeline, "Amnesty International menggelar aksi protes pada Senin.")
    assert all(e.target is None for e in article.events if e.cameo.startswith("14"))


def test_verb_after_a_nominalizer_is_an_event_noun(pipeline):
    # "aksi mogok": the strikers follow the noun as its possessor, as after "serangan"
    article, events = code(pipeline, "Aksi mogok buruh Korea Selatan di Jepang berlanjut pekan ini.")
    assert ("KOR", "JPN", "14", False) in events
    assert next(e for e in article.events if e.cameo.startswith("14")).source.text == "buruh Korea Selatan"


def test_object_owning_the_act_gives_way_to_the_one_it_is_against(pipeline):
    # "sanksi Uni Eropa terhadap Rusia": the EU owns the sanctions, Russia is their target
    _, events = code(pipeline, "Jepang menerapkan sanksi Uni Eropa terhadap Rusia mulai Senin.")
    assert ("JPN", "RUS", "16", False) in events
    assert not any(e[1] == "IGO" for e in events)


def test_trigger_that_begins_inside_its_doers_name_takes_it_as_subject(pipeline):
    # the KB reads "pasukan penjaga perdamaian PBB" as one actor; the lexicon's trigger
    # "penjaga perdamaian ... tiba" starts inside it
    article, events = code(pipeline, "Pasukan penjaga perdamaian PBB tiba di Lebanon pada Selasa.")
    assert ("IGO", "LBN", "07", False) in events  # aid arriving somewhere is aid to that place
    assert article.events[0].source.text == "Pasukan penjaga perdamaian PBB"


def test_purpose_clause_after_a_fronted_adjunct_is_the_event(pipeline):
    # the agreement sits in the fronted "Menyusul ..., " adjunct: the purpose clause serves
    # "mengambil langkah", a light verb, and is itself what was done
    _, events = code(pipeline, "Menyusul kesepakatan damai itu, Presiden Sudan mengambil langkah untuk "
                               "memperluas kebebasan pers di Sudan.")
    assert ("SDN", "SDN", "08", False) in events


def test_purpose_clause_after_a_verb_stays_subordinate(pipeline):
    _, events = code(pipeline, "Menyusul kesepakatan damai itu, pemerintah Mesir bertemu Israel untuk "
                               "membahas pembebasan tahanan.")
    assert ("EGY", "ISR", "04", False) in events
    assert not any(e[2] == "08" for e in events)


def test_complementizer_closing_a_trigger_opens_its_content(pipeline):
    _, events = code(pipeline, "France demanded that its EU partners refuse to recognize Kosovo.", "en")
    assert ("FRA", "IGO", "10", False) in events
    assert not any(e[2] in ("12", "05") for e in events)  # what is demanded is not done


def test_event_noun_subject_of_a_passive_light_verb_takes_its_agent_as_doer(pipeline):
    _, events = code(pipeline, "Bantuan pangan senilai dua juta dolar disalurkan Jepang kepada Myanmar pada Senin.")
    assert ("JPN", "MMR", "07", False) in events


def test_a_passive_verb_with_a_meaning_of_its_own_does_not_carry_the_nouns_event(pipeline):
    # aid that is halted is no aid given
    _, events = code(pipeline, "Bantuan militer untuk Bosnia, yang bertujuan menyatukan angkatan bersenjata, "
                               "dihentikan sementara oleh Amerika Serikat.")
    assert not any(e[2] == "07" for e in events)


def test_against_word_after_an_event_noun_names_its_target_through_a_modified_noun(pipeline):
    # "menentang" is a preposition here, not a rejection of its own
    _, events = code(pipeline, "Aksi unjuk rasa mahasiswa Korea Selatan menentang kebijakan ekonomi Jepang "
                               "terus berlangsung.")
    assert ("KOR", "JPN", "14", False) in events
    assert not any(e[2] == "12" for e in events)


def test_surrender_somewhere_is_not_done_to_that_place(pipeline):
    article, _ = code(pipeline, "Ratusan pemberontak Kolombia menyerah di Venezuela pada pekan lalu.")
    surrender = next(e for e in article.events if e.cameo.startswith("087"))
    assert surrender.target is None


def test_object_stops_at_the_passive_agent_of_an_event_noun(pipeline):
    # "patroli oleh polisi": the police patrol; the order is not aimed at them
    article, _ = code(pipeline, "Pemerintah Thailand memerintahkan patroli oleh polisi dan tentara di perbatasan.")
    order = next(e for e in article.events if e.cameo.startswith("15"))
    assert order.source.actor.code == "THAGOV" and order.target is None


def test_group_pronoun_stands_for_a_group_not_the_last_person(pipeline):
    article, _ = code(pipeline, "Ribuan pengunjuk rasa Thailand mengecam China pada Senin. Perdana Menteri Malaysia "
                                "juga mengkritik China. Mereka menuntut China menarik kapal-kapalnya.")
    demand = next(e for e in article.events if e.cameo.startswith("10"))
    assert demand.source.text == "Mereka" and demand.source.actor.code == "THAOPP"


def test_person_pronoun_stands_for_the_last_person(pipeline):
    article, _ = code(pipeline, "Presiden Filipina mengecam China pada Senin. Ribuan nelayan Vietnam juga "
                                "memprotes China. Dia menuntut China menarik kapal-kapalnya.")
    demand = next(e for e in article.events if e.cameo.startswith("10"))
    assert demand.source.actor.code == "PHLGOV"


def test_relative_clause_antecedent_before_a_parenthetical_aside(pipeline):
    _, events = code(pipeline, "Pemimpin oposisi Kamboja Kem Sokha (65), yang ditangkap polisi Thailand pekan lalu, "
                               "kembali ke Phnom Penh.")
    assert ("THA", "KHM", "17", False) in events


def test_restrictive_relative_closed_by_a_comma_keeps_its_antecedent_as_subject(pipeline):
    # "X yang ... di depan Kedutaan Besar Amerika Serikat, Jakarta, akhirnya V": the embassy
    # is where X gathered, X meets
    article, _ = code(pipeline, "Ribuan buruh yang berunjuk rasa di depan Kedutaan Besar Amerika Serikat, Jakarta, "
                                "akhirnya bertemu dengan Menteri Tenaga Kerja.")
    meeting = next(e for e in article.events if e.cameo.startswith("04"))
    assert meeting.source.text == "Ribuan buruh"


def test_trigger_ending_on_a_preposition_takes_the_actor_after_it(pipeline):
    # the actor in the pattern's gap is what is handed over, not the recipient
    _, events = code(pipeline, "Spain extradited a Russian hacker to the United States on Wednesday.", "en")
    assert ("ESP", "USA", "06", False) in events
    assert not any(e[1] == "RUS" for e in events)


def test_content_verbs_gap_names_the_target_of_the_threat(pipeline):
    _, events = code(pipeline, "Mali threatened to expel United Nations peacekeepers.", "en")
    assert ("MLI", "IGO", "13", False) in events


def test_bare_verb_after_an_intent_word_is_an_event_not_the_object_noun(pipeline):
    # "pledged to grant X ...": "grant" is a verb here, not a noun absorbed as the object
    _, events = code(pipeline, "Bahrain's government pledged to grant Shiite citizens equal rights.", "en")
    assert any(e[0] == "BHR" and e[1] == "BHR" and e[2] in ("03", "08") for e in events)


def test_scene_reaches_the_country_set_after_a_place_by_a_comma(pipeline):
    _, events = code(pipeline, "Pesawat tempur Rusia mengebom sebuah pasar di kota Idlib, Suriah, pada Senin.")
    assert any(e[0] == "RUS" and e[1] == "SYR" and e[2] in ("18", "19") for e in events)


def test_uncoded_object_gives_way_to_a_coded_scene(pipeline):
    _, events = code(pipeline, "Jet tempur Israel menggempur kamp pengungsi Nuseirat di Gaza tengah.")
    assert any(e[0] == "ISR" and e[1] == "PSE" and e[2] in ("18", "19") for e in events)


def test_dissent_against_an_actor_addresses_that_actor(pipeline):
    _, events = code(pipeline, "Ribuan mahasiswa Filipina berunjuk rasa menentang pembangunan pangkalan militer "
                               "Amerika Serikat.")
    assert ("PHL", "USA", "14", False) in events


def test_dissent_by_people_held_somewhere_addresses_the_state_holding_them(pipeline):
    _, events = code(pipeline, "Para tahanan Kurdi di penjara Turki melakukan mogok makan sejak Senin.")
    assert any(e[1] == "TUR" and e[2] == "14" for e in events)


def test_event_noun_names_its_doer_after_an_origin_word_and_its_recipient_after(pipeline):
    _, events = code(pipeline, "Bantuan pangan dari Jepang untuk warga Suriah tiba di Turki pada Senin.")
    assert any(e[0] == "JPN" and e[1] == "SYR" and e[2] == "07" for e in events)


def test_event_noun_between_two_parties_codes_each_with_the_other(pipeline):
    _, events = code(pipeline, "Talks between Armenia and Azerbaijan resumed in Vienna on Monday.", "en")
    assert {("ARM", "AZE", "04", False), ("AZE", "ARM", "04", False)} <= events


def test_withdrawal_from_a_place_does_not_make_the_place_its_doer(pipeline):
    article, _ = code(pipeline, "The withdrawal from the Syrian town of Manbij was completed on Tuesday.", "en")
    assert not any(e.source and e.source.actor.country == "SYR" for e in article.events)


def test_aid_pledged_for_people_somewhere_goes_to_that_place(pipeline):
    _, events = code(pipeline, "Qatar berjanji mengirim bantuan kemanusiaan untuk korban gempa di Afghanistan.")
    assert ("QAT", "AFG", "03", False) in events


def test_investigation_is_aimed_at_the_agent_inside_its_object(pipeline):
    _, events = code(pipeline, "Komnas HAM menyelidiki dugaan pelanggaran HAM oleh militer Myanmar di Rakhine.")
    assert any(e[1] == "MMR" and e[2] == "09" for e in events)


def test_withdrawal_from_a_town_of_ones_own_country_has_no_target(pipeline):
    article, _ = code(pipeline, "Ukrainian forces completed their withdrawal from the town of Bakhmut on Friday.", "en")
    retreat = next(e for e in article.events if e.cameo.startswith("087"))
    assert retreat.target is None


def test_what_a_demand_asks_after_agar_is_content_and_the_one_asked_its_target(pipeline):
    _, events = code(pipeline, "Uni Eropa kembali menegaskan tuntutannya agar Myanmar membebaskan para tahanan politik.")
    assert ("IGO", "MMR", "10", False) in events
    assert not any(e[2] == "08" for e in events)  # the release is asked for, not done


def test_a_rejected_appeal_rebuffs_its_maker(pipeline):
    # the appeal opens the sentence and is the subject of the passive rejection; what it asked
    # for is its content, not an event
    _, events = code(pipeline, "Seruan ASEAN agar Myanmar menarik pasukannya dari perbatasan ditolak junta "
                               "Myanmar pada Senin.")
    assert ("MMR", "IGO", "12", False) in events
    assert not any(e[2] == "08" for e in events)


def test_a_demand_is_aimed_at_the_agent_of_what_it_demands(pipeline):
    _, events = code(pipeline, "Ukraine's parliament demanded an immediate apology by Moscow for the shelling.", "en")
    assert any(e[0] == "UKR" and e[1] == "RUS" and e[2] == "10" for e in events)


def test_a_name_after_the_description_that_opens_the_sentence_is_the_subject(pipeline):
    article, _ = code(pipeline, "Organisasi pemantau hak asasi manusia Human Rights Watch mengecam Myanmar pada Senin.")
    critic = next(e for e in article.events if e.cameo.startswith("11"))
    assert critic.source.text == "Human Rights Watch" and critic.target.actor.country == "MMR"


def test_noun_subject_of_a_passive_verb_is_read_with_it_through_the_lexicon(pipeline):
    # aid that is halted is aid reduced (16), done by the passive agent, to the aid's recipient
    _, events = code(pipeline, "Bantuan ekonomi untuk Myanmar, yang disepakati tahun lalu, dihentikan oleh Jepang.")
    assert ("JPN", "MMR", "16", False) in events
    assert not any(e[2] == "07" for e in events)


def test_passive_verb_acting_on_the_thing_that_opens_the_sentence(pipeline):
    # "Blokade terhadap X ... dicabut Y": lifting a blockade (087), aimed at X
    article, events = code(pipeline, "Blokade terhadap kapal-kapal Qatar, yang berlangsung tiga tahun, dicabut "
                                     "Arab Saudi pada Selasa.")
    assert ("SAU", "QAT", "08", False) in events
    assert any(e.cameo.startswith("087") for e in article.events)


def test_passive_trigger_with_its_patient_inside_its_words(pipeline):
    _, events = code(pipeline, "Sanksi terhadap Rusia dicabut oleh Uni Eropa pada Senin.")
    assert ("IGO", "RUS", "08", False) in events


def test_english_noun_subject_read_with_its_passive_verb_in_active_order(pipeline):
    # "sanctions ... were lifted" read as the lexicon's "lift sanctions"
    _, events = code(pipeline, "Sanctions against Iran were lifted by the European Union on Monday.", "en")
    assert ("IGO", "IRN", "08", False) in events


def test_a_relative_clause_on_an_event_noun_is_about_the_event_not_the_actor_before_it(pipeline):
    # the attack is what Chad supported, not the Nigerian soldiers
    _, events = code(pipeline, "Tiga tentara Nigeria tewas dalam serangan yang disebut didukung oleh Chad.")
    assert not any(e[0] == "TCD" and e[1] == "NGA" and e[2] == "05" for e in events)


@pytest.mark.parametrize("text, lang", [
    ("Jepang menerapkan sanksi Uni Eropa", "id"),  # the object ends the text: nothing after it to look at
    ("Blokade terhadap Qatar", "id"),
    ("Bantuan dari Jepang", "id"),
    ("Sanctions against Iran were lifted by", "en"),
    ("aksi", "id"),
])
def test_sentences_cut_short_are_coded_without_error(pipeline, text, lang):
    code(pipeline, text, lang)


def test_an_addressed_entry_codes_only_with_someone_addressed(pipeline):
    # "berharap" is an appeal to someone named, else only a hope
    _, hope = code(pipeline, "Pemerintah Filipina berharap perundingan damai segera dilanjutkan.")
    _, appeal = code(pipeline, "Pemerintah Filipina berharap China menghormati putusan arbitrase.")
    assert not any(e[2] == "02" for e in hope)
    assert ("PHL", "CHN", "02", False) in appeal


def test_a_statement_is_not_about_a_place_it_names_as_where(pipeline):
    article, _ = code(pipeline, "Menteri Perdagangan Indonesia mengatakan pangsa pasar Indonesia di Turki terus meningkat.")
    assert not any(e.target and e.target.actor.country == "TUR" for e in article.events)


def test_a_passive_arrest_somewhere_was_made_by_that_countrys_authorities(pipeline):
    article, events = code(pipeline, "Seorang wartawan Australia ditangkap di Myanmar pada Senin.")
    assert ("MMR", "AUS", "17", False) in events
    arrest = next(e for e in article.events if e.cameo.startswith("17"))
    assert arrest.source.kind == "implied" and arrest.source.text == ""


def test_a_passive_arrest_with_no_place_names_no_doer(pipeline):
    article, _ = code(pipeline, "Seorang wartawan Australia ditangkap pada Senin.")
    assert not any(e.cameo.startswith("17") for e in article.events)


def test_a_noun_flagged_entry_is_an_event_noun_whatever_its_first_word(pipeline):
    # "suicide car bombing" would be a verb with the victims before it as its doers
    _, victims = code(pipeline, "At least three Iraqi civilians were killed in a suicide car bombing in Baghdad.", "en")
    _, strike = code(pipeline, "Israel carried out an air strike on Gaza on Sunday.", "en")
    assert not any(e[0] == "IRQ" for e in victims)
    assert ("ISR", "PSE", "19", False) in strike


def test_the_place_two_parties_meet_in_is_the_venue_not_a_party(pipeline):
    _, events = code(pipeline, "U.S. and Iranian negotiators returned to Vienna on Monday for talks.", "en")
    assert not any(e[1] == "AUT" for e in events)
    assert {e[0] for e in events if e[2] == "04"} == {"USA", "IRN"}


def test_a_loanword_event_noun_takes_its_genitive_as_doer(pipeline):
    # "embargo" has no affix; it is a noun, not a verb with the subject before it
    _, events = code(pipeline, "Embargo ekonomi Amerika Serikat terhadap Venezuela sudah berlangsung bertahun-tahun.")
    assert ("USA", "VEN", "16", False) in events


def test_the_subject_of_an_active_light_verb_does_the_event_noun(pipeline):
    _, events = code(pipeline, "Jepang menerapkan sanksi PBB terhadap Iran mulai Senin.")
    assert ("JPN", "IRN", "16", False) in events
    assert not any(e[0] == "IGO" for e in events)


@pytest.mark.parametrize("text, lang", [
    ("Bom mobil yang dipasang kelompok Al-Shabaab menghantam konvoi tentara Somalia.", "id"),
    ("A car bomb planted by Al-Shabaab hit a convoy of Somali soldiers.", "en"),
])
def test_an_event_noun_whose_relative_clause_names_its_agent(pipeline, text, lang):
    # the agent of the passive relative did it; the first actor after the clause is hit
    _, events = code(pipeline, text, lang)
    assert any(e[1] == "SOM" and e[2] == "18" and e[0] in ("SOM", "IMG") for e in events)


def test_keduanya_after_two_people_of_one_country_stands_for_them(pipeline):
    article, _ = code(pipeline, "Presiden Joko Widodo dan Menteri Luar Negeri Retno Marsudi tiba di Tokyo pada "
                                "Senin. Keduanya kemudian bertemu Perdana Menteri Jepang.")
    meeting = [e for e in article.events if e.sentence == 1 and e.cameo.startswith("04")]
    assert meeting and all(e.source.actor.country == "IDN" and e.target.actor.country == "JPN" for e in meeting)


def test_an_investigation_is_about_the_actor_its_objects_relative_clause_involves(pipeline):
    _, events = code(pipeline, "Komisi antikorupsi Malaysia menyelidiki dugaan suap yang melibatkan pejabat Singapura.")
    assert any(e[1] == "SGP" and e[2] == "09" for e in events)


def test_a_participle_right_before_the_object_describes_it(pipeline):
    # "detained" describes the activists; it is no arrest of its own taking the torture's object
    _, events = code(pipeline, "Iranian guards tortured detained Kurdish activists in Evin prison.", "en")
    assert any(e[1] == "IRN" and e[2] == "18" for e in events)
    assert not any(e[2] == "17" for e in events)


def test_force_shown_near_a_place_is_aimed_at_it(pipeline):
    _, near = code(pipeline, "Rusia menggelar latihan militer di dekat Finlandia pada Senin.")
    _, inside = code(pipeline, "Rusia menggelar latihan militer di Kaliningrad pada Senin.")
    assert ("RUS", "FIN", "15", False) in near
    assert not any(e[1] for e in inside if e[2] == "15")  # in its own territory: no one's


def test_an_actor_after_a_recipient_preposition_is_no_passive_agent(pipeline):
    _, events = code(pipeline, "A Cambodian opposition activist was extradited to Cambodia by Thailand.", "en")
    assert any(e[0] == "THA" and e[2] == "06" for e in events)
    assert not any(e[0] == "KHM" for e in events)


def test_an_event_noun_names_its_doer_with_by_right_after_it(pipeline):
    _, events = code(pipeline, "A bomb attack by Somali militants struck a hotel in Mogadishu.", "en")
    assert any(e[0] == "SOM" and e[1] == "SOM" and e[2] == "18" for e in events)


def test_a_passive_verb_is_read_with_the_noun_its_subject_ends_in(pipeline):
    # "expel peacekeepers" (1661, halting international involvement), not a bare expulsion
    article, _ = code(pipeline, "The African Union peacekeepers were expelled by Sudan on Monday.", "en")
    assert any(e.cameo == "1661" and e.source.actor.country == "SDN" for e in article.events)


def test_joint_doers_of_different_countries_act_each_with_the_other(pipeline):
    _, events = code(pipeline, "Israel and Lebanon held negotiations on their maritime border on Monday.", "en")
    assert {("ISR", "LBN", "04", False), ("LBN", "ISR", "04", False)} <= events
    _, same = code(pipeline, "Pemerintah Sudan dan pemberontak SPLM sepakat mengizinkan akses kemanusiaan.")
    assert any(e[0] == "SDN" and e[2] in ("03", "08") for e in same)  # one country: a joint act, no pair


def test_the_press_reporting_makes_no_statement(pipeline):
    article, _ = code(pipeline, "Media lokal melaporkan bahwa ribuan orang mengungsi.")
    assert not any(e.cameo.startswith("01") for e in article.events)
