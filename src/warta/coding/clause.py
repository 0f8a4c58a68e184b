"""The coder's working view of one sentence: its words, which tokens belong to which actor
mention and which to which event trigger, and the pack's function words compiled for fast
look-up. Every word the grammar reacts to comes from a language pack's
``function_words.yaml`` (by role), never from the engine."""

from __future__ import annotations

from dataclasses import dataclass, field

from warta.coding.lexicon import EventLexicon, Trigger
from warta.lang import LanguagePack
from warta.model import Mention, Sentence

LEFT_WINDOW = 25  # tokens searched for a subject
RIGHT_WINDOW = 10  # tokens searched for an object
MODIFIER_WINDOW = 3  # negators / intent words this close before a trigger apply to it
PUNCT_HARD = frozenset({";", ":", "?", "!", "."})
OPEN_QUOTES = frozenset({'"', "“", "‘", "'", "«"})
# roots whose complement is what is asked, alleged or threatened, not an event of its own
CONTENT_ROOTS = frozenset({"02", "10", "11", "13"})
# roots whose events are reported without a recipient (statements, appeals, aid pledged to
# nobody in particular, yielding/resigning, demands, protests, force posture); any other
# event needs a target, or two doers acting jointly (JOINT_ROOTS)
UNTARGETED_ROOTS = frozenset({"01", "02", "07", "08", "10", "14", "15"})
JOINT_ROOTS = frozenset({"03", "04", "05", "06", "19"})
# asking, demanding, investigating, accusing and rejecting are aimed at whoever does what they
# are about: the agent inside their object ("demanded an admission by Moscow", "investigated
# abuses by the army", "mengecam serangan oleh Israel", "violated a ban by General Aoun")
AIMED_AT_AGENT_ROOTS = frozenset({"02", "09", "10", "11", "12"})
# acts done to a place rather than to an addressee (aid pledged or arriving, easing or
# imposing restrictions, threats, cutting aid, coercion, attacks): with no recipient, the
# place where they happen is their target (code prefixes) ...
SCENE_CODES = ("033", "07", "08", "13", "16", "17", "18", "19", "20")
# ... except retreating: troops that withdraw or surrender somewhere do nothing to that place
NOT_SCENE_CODES = ("087",)
# force posture aims at the place it is shown near ("war games near Taiwan"), not where it is
POSTURE_ROOT = "15"
# acts only authorities do (arresting, deporting, investigating): a passive that names no doer
# but a place was done by the authorities (the sector given) of the place's country
AUTHORITY_CODES = {"17": "COP", "09": "GOV"}
# political dissent with no stated recipient addresses the state where it happens ("Albanians
# demonstrated in Serbia"), else the protesters' own government ("Young Algerians blocked roads")
DISSENT_ROOT = "14"
# event nouns; an action noun's possessor is the one acted on ("penangkapan anggota DPRD",
# "the killing of the leader"), a plain event noun's is the doer ("serangan Israel")
NOUN_FORMS = frozenset({"noun", "action_noun"})
NOUNISH = NOUN_FORMS | {"base"}
NO_SUBJECT = -1  # an apposition whose head names no actor: the verb has no coded subject
NON_STATE = frozenset({"IGO", "IMG", "NGO", "MNC"})  # actor-code prefixes that are not countries
DEMAND_CODE = "100"
# the press reporting is no statement of its own ("Xinhua melaporkan ..."); statements are root 01
STATEMENT_ROOT = "01"
REPORTER_SECTOR = "MED"
THREAT_CODE = "130"
CLOSE_QUOTES = frozenset({'"', "”", "’", "'", "»"})

ROLES = ("negators", "intent", "hypothetical", "complementizers", "speech_markers", "passive_agent",
         "passive_aux", "target_preps", "conjunctions", "relative", "clause_breaks", "pronouns_person",
         "pronouns_group", "determiners", "skip", "place_preps", "purpose", "genitive", "pronouns_dual",
         "reciprocal", "obligation", "conditions", "nominalizers", "against", "light_verbs",
         "light_verbs_active", "between", "origin_preps", "vicinity")


@dataclass(slots=True)
class PackGrammar:
    """A pack's function words compiled for the coder: phrase -> length, by role."""

    pack: LanguagePack
    lexicon: EventLexicon
    single: dict[str, frozenset[str]] = field(default_factory=dict)  # role -> one-word entries
    last: dict[str, frozenset[str]] = field(default_factory=dict)  # role -> last words of its phrases
    phrases: dict[str, dict[str, list[tuple[str, ...]]]] = field(default_factory=dict)  # role -> first word -> phrases

    @classmethod
    def build(cls, pack: LanguagePack) -> "PackGrammar":
        grammar = cls(pack=pack, lexicon=EventLexicon.from_pack(pack))
        for role in ROLES:
            entries = [tuple(w.split()) for w in pack.words(role)]
            grammar.single[role] = frozenset(e[0] for e in entries if len(e) == 1)
            grammar.last[role] = frozenset(e[-1] for e in entries)
            table: dict[str, list[tuple[str, ...]]] = {}
            for e in sorted(entries, key=len, reverse=True):
                table.setdefault(e[0], []).append(e)
            grammar.phrases[role] = table
        return grammar

    def at(self, role: str, words: list[str], i: int) -> int:
        """Length of the longest ``role`` phrase starting at token ``i`` (0 when none)."""
        for phrase in self.phrases[role].get(words[i], ()):
            if tuple(words[i : i + len(phrase)]) == phrase:
                return len(phrase)
        return 0

    def is_(self, role: str, word: str) -> bool:
        return word in self.single[role]


def done_to_a_place(cameo: str) -> bool:
    """Whether an act with no recipient is done to the place it happens in (SCENE_CODES)."""
    return cameo.startswith(SCENE_CODES) and not cameo.startswith(NOT_SCENE_CODES)


def same_country(a: Mention, b: Mention) -> bool:
    return bool(a.actor.country) and a.actor.country == b.actor.country


def cameo_root(trigger: Trigger) -> str:
    return trigger.cameo[:2]


def quoted_term(words: list[str], trigger: Trigger) -> bool:
    """A word or two in quotes (“mendesak”) is cited, not an event verb."""
    return (trigger.last - trigger.first < 2 and trigger.first > 0 and trigger.last + 1 < len(words)
            and words[trigger.first - 1] in OPEN_QUOTES and words[trigger.last + 1] in CLOSE_QUOTES)


@dataclass(slots=True)
class Clause:
    """Per-sentence working state."""

    sentence: Sentence
    words: list[str]
    mention_at: list[int]  # token -> index into mentions of this sentence, or -1
    mentions: list[Mention]
    spans: list[tuple[int, int]]  # mention -> (first token, last token)
    triggers: list[Trigger]
    trigger_at: list[int]  # token -> index into triggers, or -1
    text: str = ""  # the article text (tokens are offsets into it)
    language: str = ""
    named: list[Mention] = field(default_factory=list)  # coded actors of the sentences before
    subordinate: set[int] = field(default_factory=set)  # triggers of purpose clauses
    absorbed: set[int] = field(default_factory=set)  # event nouns that are a verb's object
    subjects: dict[int, list[Mention]] = field(default_factory=dict)  # trigger index -> resolved subject
    subject_idx: dict[int, list[int]] = field(default_factory=dict)  # trigger index -> subject as found
    recoded: dict[int, str] = field(default_factory=dict)  # trigger index -> code read with its noun subject


def build_clause(text: str, sentence: Sentence, mentions: list[Mention], g: PackGrammar) -> Clause:
    """The sentence's words, with the mention and trigger each token belongs to."""
    starts, ends = sentence.token_starts, sentence.token_ends
    words = [text[s:e].lower() for s, e in zip(starts, ends)]
    mention_at = [-1] * len(words)
    spans = []
    tok = 0
    for m_index, m in enumerate(mentions):
        while tok < len(words) and ends[tok] <= m.start:
            tok += 1
        first = tok
        last = first
        while last + 1 < len(words) and starts[last + 1] < m.end:
            last += 1
        for k in range(first, min(last + 1, len(words))):
            mention_at[k] = m_index
        spans.append((first, last))
    triggers = [t for t in g.lexicon.match(words) if mention_at[t.head] < 0 and not quoted_term(words, t)]
    trigger_at = [-1] * len(words)
    for t_index, t in enumerate(triggers):
        for k in range(t.first, t.last + 1):
            trigger_at[k] = t_index
    return Clause(sentence, words, mention_at, mentions, spans, triggers, trigger_at, text, g.pack.code)























# -- modality ---------------------------------------------------------------------------
