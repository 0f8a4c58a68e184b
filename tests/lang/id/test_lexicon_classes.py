"""Classes of lexicon entries in the Indonesian pack, each shown on sentences of our own:
stop entries for idioms, and the doer of event nouns. The per-entry example test lives in
tests/coding/test_lexicon.py; here the point is what the entries change."""

from __future__ import annotations

import pytest

from warta.coding.lexicon import STOP, EventLexicon
from warta.lang import get_pack
from warta.model import Article
from warta.pipeline import Pipeline
from warta.segment import tokenize
from warta.settings import Settings

PACK = get_pack("id")
LEXICON = EventLexicon.from_pack(PACK)
STOPS = [e for e in LEXICON.entries if e.cameo == STOP]


def words(text: str) -> list[str]:
    return [text[s:e].lower() for s, e in tokenize(text)]


def test_the_pack_has_stop_entries() -> None:
    assert len(STOPS) >= 6


@pytest.mark.parametrize("stop", STOPS, ids=[e.id for e in STOPS])
def test_stop_entry_blocks_a_shorter_entry_and_codes_nothing(stop) -> None:
    """Without the stop entry its example fires another entry inside the idiom (so the
    stop is needed); with it, nothing is coded there."""
    ws = words(stop.example)
    (span,) = [(t.first, t.last) for t in LEXICON.match(ws, keep_stops=True) if t.entry is stop]
    inside = lambda t: span[0] <= t.first <= span[1]  # noqa: E731
    others = EventLexicon([e for e in LEXICON.entries if e is not stop], PACK.analyze)
    assert any(inside(t) for t in others.match(ws)), f"{stop.id} blocks nothing in its example"
    assert not any(inside(t) for t in LEXICON.match(ws))


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Settings(stages=("segment", "actors", "coder")))


def events(pipeline: Pipeline, text: str) -> list[tuple[str | None, str | None, str]]:
    """(source country, target country, CAMEO code) per event."""
    article = pipeline(Article(id="t", text=text, language="id", published="2024-05-02"))
    return [(e.source.actor.code[:3] if e.source and e.source.actor.code else None,
             e.target.actor.code[:3] if e.target and e.target.actor.code else None, e.cameo)
            for e in article.events]


@pytest.mark.parametrize("text", [
    "Ribuan warga Korea Utara menawarkan diri untuk mendaftar sebagai tentara.",  # volunteer, not an offer
    "India dan Pakistan mengklaim seluruh wilayah Kashmir.",  # a territorial claim, not a statement
    "Kashmir diperebutkan oleh India dan Pakistan dan menjadi daerah rawan bentrok.",  # clash-prone
    "Perundingan Israel dan Palestina sempat menemui jalan buntu.",  # deadlock, not a meeting (the talks stay)
    "Hal itu disampaikan Menteri Luar Negeri Rusia Sergei Lavrov di Moskow.",  # attribution of what came before
])
def test_idioms_code_no_event_of_their_words(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    assert not any(code[:2] in ("01", "03", "14", "17", "19") or code == "040" for _, _, code in found), found


def test_holding_territory_is_not_seizing_it(pipeline: Pipeline) -> None:
    # "menguasai ... sejak": who controls a place; "berhasil menguasai": taking it
    assert not any(code.startswith("192") for *_, code in events(pipeline, "Rusia menguasai Krimea sejak 2014."))
    assert ("SYR", "IMG", "192") in events(pipeline, "Tentara Suriah berhasil menguasai markas ISIS di Raqqa.")


def test_talks_and_withdrawals_take_their_doer_from_the_possessor(pipeline: Pipeline) -> None:
    # doer nouns (noun_forms.tsv): "pembicaraan Rusia dan Ukraina" = Russia and Ukraine talk
    talks = events(pipeline, "Pembicaraan Rusia dan Ukraina berlangsung di Istanbul pada Selasa.")
    assert {("RUS", "04"), ("UKR", "04")} <= {(s, code[:2]) for s, _, code in talks}
    withdrawal = events(pipeline, "Penarikan pasukan Amerika Serikat dari Afghanistan selesai pada Agustus.")
    assert any(s == "USA" and code.startswith("087") for s, _, code in withdrawal), withdrawal


def test_acted_on_nouns_keep_the_possessor_as_target(pipeline: Pipeline) -> None:
    # the rule itself: "pengusiran diplomat Rusia oleh Polandia" = Poland expels Russia's diplomat
    found = events(pipeline, "Pengusiran diplomat Rusia oleh pemerintah Polandia memicu protes Moskow.")
    assert any(s == "POL" and t == "RUS" and code.startswith("16") for s, t, code in found), found


def test_sanctions_and_destruction_keep_their_plover_type(pipeline: Pipeline) -> None:
    # codes chosen so the PLOVER type follows the root, as in the English pack: 160 SANCTION, 171 COERCE
    sanction = events(pipeline, "Uni Eropa menjatuhkan sanksi baru terhadap pejabat Iran pada Senin.")
    assert any(code == "160" for *_, code in sanction), sanction
    razing = events(pipeline, "Tentara Israel menghancurkan rumah warga Palestina di Hebron.")
    assert any(code == "171" for *_, code in razing), razing


def test_a_weapon_named_is_not_its_use() -> None:
    # "memproduksi senjata kimia" names a weapon; "menggunakan senjata kimia" is the act (2041)
    made = LEXICON.match(words("Kelompok itu mengaku memproduksi senjata kimia di sebuah gudang."))
    used = LEXICON.match(words("Militer dituduh menggunakan senjata kimia terhadap warga desa."))
    assert not any(t.cameo.startswith("20") for t in made), made
    assert any(t.cameo == "2041" for t in used), used


def test_ordering_patrols_is_force_posture_not_a_demand(pipeline: Pipeline) -> None:
    found = events(pipeline, "Gubernur Jawa Barat memerintahkan patroli polisi di seluruh kota.")
    assert any(code.startswith("15") for *_, code in found), found
    assert not any(code.startswith("10") for *_, code in found), found


def test_seeking_asylum_is_an_appeal(pipeline: Pipeline) -> None:
    found = events(pipeline, "Ratusan warga Afghanistan meminta suaka di Indonesia tahun lalu.")
    assert any(s == "AFG" and code.startswith("02") for s, _, code in found), found


def test_blowing_up_infrastructure_is_destruction_not_bombing() -> None:
    # the thing blown up decides: a bridge or a power line is property (171), a bomb is 183
    bridge = LEXICON.match(words("Pemberontak meledakkan dua jembatan di jalan menuju ibu kota."))
    bomb = LEXICON.match(words("Pelaku meledakkan bom rakitan di dekat pos polisi."))
    assert [t.cameo for t in bridge] == ["171"], bridge
    assert [t.cameo for t in bomb] == ["183"], bomb


def test_summoning_a_diplomat_is_a_complaint_other_summonses_are_appeals() -> None:
    envoy = LEXICON.match(words("Kemlu RI memanggil Dubes Myanmar terkait kekerasan di Rakhine."))
    witness = LEXICON.match(words("KPK memanggil seorang saksi untuk diperiksa pekan depan."))
    assert envoy and envoy[0].cameo == "114", envoy
    assert witness and witness[0].cameo == "020", witness


def test_a_statement_that_demands_or_condemns_is_the_issuers_act(pipeline: Pipeline) -> None:
    # "mengeluarkan pernyataan yang menuntut X": the issuer demands of X (not a relative clause
    # with no doer, not a bare statement)
    demand = events(pipeline, "Kementerian Luar Negeri China mengeluarkan pernyataan yang menuntut Jepang "
                              "menarik kapal perangnya dari perairan itu.")
    assert ("CHN", "JPN", "100") in demand, demand
    condemn = events(pipeline, "Partai oposisi Malaysia mengeluarkan pernyataan yang mengecam pemerintah Singapura.")
    assert ("MYS", "SGP", "111") in condemn, condemn
    assert not any(code.startswith("01") for *_, code in demand + condemn)


def test_a_joint_exercise_is_cooperation_one_armys_is_force_posture(pipeline: Pipeline) -> None:
    joint = events(pipeline, "Tentara Thailand dan Malaysia menggelar latihan militer bersama di perbatasan.")
    assert {("THA", "062"), ("MYS", "062")} <= {(s, code) for s, _, code in joint}, joint
    alone = events(pipeline, "Tentara China menggelar latihan militer di dekat Taiwan pada Sabtu.")
    assert any(s == "CHN" and code == "150" for s, _, code in alone), alone


def test_stopping_work_is_a_strike(pipeline: Pipeline) -> None:
    found = events(pipeline, "Sekitar 20.000 buruh Korea Selatan berhenti bekerja pada Rabu untuk memprotes "
                             "kebijakan pemerintah.")
    assert any(s == "KOR" and code == "143" for s, _, code in found), found


def test_calling_off_a_strike_eases_dissent() -> None:
    found = LEXICON.match(words("Serikat pilot akhirnya menghentikan mogok setelah gaji mereka dibayar."))
    assert [t.cameo for t in found] == ["082"], found


def test_asking_for_an_apology_is_disapproval_not_an_appeal_or_an_apology(pipeline: Pipeline) -> None:
    # PETRARCH ASK * APOLOGY 110; "meminta maaf" alone stays an apology (055)
    found = events(pipeline, "Pemerintah China menuntut Jepang meminta maaf atas kunjungan ke kuil Yasukuni.")
    assert ("CHN", "JPN", "110") in found, found
    assert not any(code.startswith(("02", "05", "10")) for *_, code in found), found


def test_lifting_in_the_passive_names_what_is_lifted() -> None:
    # the lifted thing first and the passive verb as head: "blokade ... dicabut X", "sanksi ... dicabut X"
    for text, code in [("Blokade laut atas Yaman dicabut koalisi pada Kamis.", "0872"),
                       ("Embargo senjata terhadap Libya dilonggarkan PBB.", "085")]:
        (trigger,) = LEXICON.match(words(text))
        assert (trigger.cameo, trigger.form) == (code, "passive"), text


def test_withdrawing_from_talks_or_a_treaty_reduces_relations(pipeline: Pipeline) -> None:
    talks = events(pipeline, "Korea Utara menarik diri dari perundingan dengan Korea Selatan.")
    assert ("PRK", "KOR", "164") in talks, talks
    treaty = events(pipeline, "Rusia menarik diri dari perjanjian senjata dengan Amerika Serikat.")
    assert ("RUS", "USA", "161") in treaty, treaty
    assert not any(code.startswith("087") for *_, code in talks + treaty)


def test_held_captive_is_hostage_taking_by_the_captor(pipeline: Pipeline) -> None:
    found = events(pipeline, "Tiga pelaut Indonesia ditawan kelompok Abu Sayyaf di Filipina selatan.")
    assert any(t == "IDN" and code == "181" for _, t, code in found), found


# --- round 9: classes found by reading coded IndoSum news (scripts/audit_events.py) -------------

@pytest.mark.parametrize("text", [
    "Anggota DPR dan pejabat tinggi pemerintah menghadiri pemakaman tersebut.",  # a funeral, not a meeting
    "Ketua Umum Partai Demokrat berbicara kepada wartawan tentang isu penyadapan.",  # the press, not a meeting
    "Jokowi dan Prabowo selalu menduduki posisi teratas dalam survei itu.",  # a rank, not an occupation
    "KPK menyita perhatian publik dengan penangkapan itu.",  # attention, not property seized
    "Pemerintah Provinsi DKI Jakarta membebaskan lahan untuk proyek jalan tol.",  # land acquisition, no release
    "Misi Bantuan PBB di Afghanistan mengungkapkan keprihatinan atas serangan itu.",  # an agency's name
    "Polisi butuh bantuan Interpol untuk menangkap buronan itu.",  # help needed, none given
])
def test_senses_outside_politics_code_no_event_of_their_words(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    assert not any(code[:2] in ("04", "07", "08", "17", "19") for _, _, code in found), found


def test_saying_of_oneself_is_a_statement_not_a_claim_of_responsibility(pipeline: Pipeline) -> None:
    said = events(pipeline, "Gubernur Jawa Barat Ridwan Kamil mengaku kaget dengan keputusan itu.")
    assert [code for *_, code in said] == ["010"], said
    claimed = events(pipeline, "Taliban mengaku bertanggung jawab atas serangan bom di Kabul.")
    assert any(s == "AFG" and code == "015" for s, _, code in claimed), claimed


def test_disagreeing_with_a_decision_is_disapproval_not_a_negated_agreement(pipeline: Pipeline) -> None:
    found = events(pipeline, "Inggris tidak sepakat dengan keputusan Amerika Serikat.")
    assert ("GBR", "USA", "110") in found, found
    assert not any(code.startswith("03") for *_, code in found)


def test_aid_cut_is_reducing_relations_not_aid(pipeline: Pipeline) -> None:
    found = events(pipeline, "Amerika Serikat memangkas bantuan untuk PBB.")
    assert ("USA", "IGO", "162") in found, found
    assert not any(code.startswith("07") for *_, code in found)


def test_a_complaint_to_police_headquarters_is_a_complaint(pipeline: Pipeline) -> None:
    found = events(pipeline, "Partai Demokrat melaporkan anggota DPR itu ke Mabes Polri atas dugaan pencemaran nama baik.")
    assert ("IDN", "IDN", "115") in found, found


def test_an_operation_is_an_attack_only_when_launched() -> None:
    launched = LEXICON.match(words("Tentara Filipina melancarkan operasi terhadap kelompok Abu Sayyaf."))
    assert [t.cameo for t in launched] == ["190"]
    costs = LEXICON.match(words("Menteri meminta PLN melakukan efisiensi biaya operasi."))
    assert not any(t.cameo.startswith("19") for t in costs)


@pytest.mark.parametrize("text, want", [
    ("Ketua DPRD minta Gubernur DKI Jakarta segera memperbaiki layanan itu.", ("IDN", "IDN", "020")),  # colloquial minta
    ("Menteri Pertahanan Amerika Serikat minta maaf kepada Panglima TNI.", ("USA", "IDN", "055")),  # not an appeal
    ("KPK mengingatkan kepala daerah agar tidak menerima gratifikasi.", ("IDN", None, "020")),
    ("Presiden Joko Widodo mengucapkan terima kasih kepada Dewan Perwakilan Rakyat.", ("IDN", "IDN", "051")),
])
def test_common_news_verbs_found_missing_on_indosum_are_coded(pipeline: Pipeline, text: str, want) -> None:
    found = events(pipeline, text)
    assert want in found, found


# --- round 10: classes found by a second IndoSum audit (headline news, seed 10) ----------------

def codes(text: str) -> list[str]:
    """CAMEO codes the lexicon alone gives a sentence (stops code nothing)."""
    return [t.cameo for t in LEXICON.match(words(text))]


@pytest.mark.parametrize("text, roots", [
    ("Jalan tol baru itu akan mendorong perekonomian di kawasan selatan.", ("02",)),  # growth, not an appeal
    ("Petugas rutan kerap meminta uang kepada keluarga tahanan.", ("02",)),  # extortion, not an appeal
    ("Pemerintah kabupaten mengajak para wisatawan datang ke festival itu.", ("02", "03")),  # publicity
    ("Para menteri mengunjungi booth produk unggulan daerah.", ("04",)),  # an exhibition stand, no host
    ("Dalam pertimbangan majelis hakim, dakwaan jaksa tidak terbukti.", ("01",)),  # a court's reasoning
    ("Kehadiran layanan ojek daring itu disambut baik warga.", ("04",)),  # presence, not attending a meeting
    ("Sekolah itu menggelar upacara peringatan HUT RI ke-72.", ("01",)),  # a commemoration, not a warning
    ("Bank itu berencana melakukan aksi korporasi tahun depan.", ("14",)),  # a business term, no protest
    ("Pemerintah provinsi menyiagakan ambulans di setiap pos mudik.", ("15",)),  # health service, no troops
    ("Warga diminta waspada karena status siaga dua Gunung Agung.", ("15",)),  # a volcano alert
    ("Presiden melepaskan puluhan merpati di halaman istana.", ("08",)),  # a ceremony, no release
    ("Baliho calon bupati itu dicabut Satpol PP.", ("08",)),  # a billboard, not a sanction lifted
    ("Polisi mengamankan lokasi ledakan dengan garis polisi.", ("17",)),  # securing a place, no arrest
    ("Bantuan operasional kesehatan dicairkan bulan depan.", ("07",)),  # a budget line, no aid given
])
def test_round10_senses_outside_politics_code_no_event_of_their_words(text: str, roots: tuple[str, ...]) -> None:
    found = codes(text)
    assert not any(code[:2] in roots for code in found), found


def test_the_verbs_behind_those_stops_still_code_their_political_sense() -> None:
    assert "022" in codes("Indonesia mendorong Myanmar menghentikan kekerasan di Rakhine.")
    assert "020" in codes("Kejaksaan meminta pemerintah Filipina segera menyelesaikan kasus itu.")
    assert "014" in codes("Pemerintah mempertimbangkan opsi evakuasi warga negara Indonesia.")
    assert "044" in codes("Menlu Retno menghadiri sidang Majelis Umum PBB di New York.")
    assert "152" in codes("Rusia menyiagakan sistem pertahanan udaranya di Suriah.")
    assert "173" in codes("Polisi mengamankan dua orang terduga pelaku pembakaran.")


def test_goods_taken_by_police_are_seized_property_not_an_arrest() -> None:
    found = codes("Petugas bea cukai mengamankan puluhan kilogram sabu dari kapal itu.")
    assert "1711" in found and "173" not in found, found


def test_withdrawing_an_endorsement_reduces_relations(pipeline: Pipeline) -> None:
    found = events(pipeline, "Partai Golkar mencabut dukungannya untuk Ridwan Kamil dalam Pilgub Jawa Barat.")
    assert any(code == "160" for *_, code in found), found
    assert not any(code.startswith("08") for *_, code in found), found
