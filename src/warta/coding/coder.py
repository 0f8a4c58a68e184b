"""The event coder: who did what to whom, sentence by sentence.

Inputs are the sentence's tokens, the actor mentions found by the actors stage and the
event triggers found by the language pack's lexicon. The grammar here is language-neutral:
every word it reacts to comes from the pack's ``function_words.yaml`` roles (negators,
intent, relative, passive_agent, ...), never from this file.

For each trigger the coder finds
- the subject: the nearest actor to the left in the clause that heads its noun phrase
  (not inside a prepositional phrase, not a modifier of a noun), or the antecedent of a
  relative clause ("X, yang ... , V" and "X yang ... V"), or the subject of a coordinated
  verb ("X V1 ... dan V2"), or a pronoun's antecedent;
- the object: the first actor to the right in the clause, through prepositions and nouns;
- voice (passive triggers swap the roles; the agent follows ``passive_agent`` or the verb),
- compound actors on either side ("Rusia, China dan Iran" gives three events),
- negation, intent and appeal modality, and reported speech (a reporting verb whose
  complement holds an event gives that event, else the statement itself).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from warta.coding.codebook import Codebook, load_codebook
from warta.coding.lexicon import EventLexicon, Trigger
from warta.lang import LanguagePack, get_pack
from warta.model import Actor, Article, Event, Mention, Sentence, Span
from warta.settings import Settings

LEFT_WINDOW = 25  # tokens searched for a subject
RIGHT_WINDOW = 10  # tokens searched for an object
MODIFIER_WINDOW = 3  # negators / intent words this close before a trigger apply to it
PUNCT_SOFT = frozenset({'"', "“", "”", "'", "‘", "’", "(", ")", "«", "»"})
PUNCT_HARD = frozenset({";", ":", "?", "!", "."})
OPEN_QUOTES = frozenset({'"', "“", "‘", "'", "«"})
# roots whose complement is what is asked, alleged or threatened, not an event of its own
CONTENT_ROOTS = frozenset({"02", "10", "11", "13"})
# roots whose events are reported without a recipient (statements, appeals, aid pledged to
# nobody in particular, yielding/resigning, demands, protests, force posture); any other
# event needs a target, or two doers acting jointly (JOINT_ROOTS)
UNTARGETED_ROOTS = frozenset({"01", "02", "07", "08", "10", "14", "15"})
JOINT_ROOTS = frozenset({"03", "04", "05", "06", "19"})
# event nouns; an action noun's possessor is the one acted on ("penangkapan anggota DPRD",
# "the killing of the leader"), a plain event noun's is the doer ("serangan Israel")
NOUN_FORMS = frozenset({"noun", "action_noun"})
NOUNISH = NOUN_FORMS | {"base"}
NO_SUBJECT = -1  # an apposition whose head names no actor: the verb has no coded subject
NON_STATE = frozenset({"IGO", "IMG", "NGO", "MNC"})  # actor-code prefixes that are not countries
DEMAND_CODE = "100"
THREAT_CODE = "130"
CLOSE_QUOTES = frozenset({'"', "”", "’", "'", "»"})

ROLES = ("negators", "intent", "hypothetical", "complementizers", "speech_markers", "passive_agent",
         "passive_aux", "target_preps", "conjunctions", "relative", "clause_breaks", "pronouns_person",
         "pronouns_group", "determiners", "skip", "place_preps", "purpose", "genitive", "pronouns_dual", "reciprocal", "obligation", "conditions")


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


def _same_country(a: Mention, b: Mention) -> bool:
    return bool(a.actor.country) and a.actor.country == b.actor.country


def cameo_root(trigger: Trigger) -> str:
    return trigger.cameo[:2]


def _quoted_term(words: list[str], trigger: Trigger) -> bool:
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


class Coder:
    """Codes the events of an article whose sentences and mentions are filled."""

    def __init__(self, codebook: Codebook | None = None):
        self.codebook = codebook or load_codebook()
        self._grammars: dict[str, PackGrammar] = {}

    def grammar(self, language: str) -> PackGrammar:
        if language not in self._grammars:
            self._grammars[language] = PackGrammar.build(get_pack(language))
        return self._grammars[language]

    # -- sentence set-up ------------------------------------------------------------------

    def clause(self, article: Article, sentence: Sentence, mentions: list[Mention], g: PackGrammar) -> Clause:
        text = article.text
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
        triggers = [t for t in g.lexicon.match(words) if mention_at[t.head] < 0 and not _quoted_term(words, t)]
        trigger_at = [-1] * len(words)
        for t_index, t in enumerate(triggers):
            for k in range(t.first, t.last + 1):
                trigger_at[k] = t_index
        return Clause(sentence, words, mention_at, mentions, spans, triggers, trigger_at, text, g.pack.code)

    # -- actors around a trigger ----------------------------------------------------------

    def _oblique(self, c: Clause, g: PackGrammar, first: int, prep_only: bool = False) -> bool:
        """Whether the mention starting at token ``first`` sits in a prepositional phrase
        or only modifies a noun (or another actor), so it cannot be a subject."""
        if not prep_only and not g.pack.head_initial and self._modifies_next(c, g, first):
            return True  # "the Moscow meeting": a modifier of the noun after it
        k = first - 1
        while k >= 0 and g.is_("determiners", c.words[k]):
            k -= 1
        if k < 0:
            return False
        word = c.words[k]
        if g.is_("genitive", word):  # "a group of Moroccan diplomats": the actor is the head
            return False
        if g.is_("target_preps", word) or g.is_("passive_agent", word) or g.is_("place_preps", word):
            return True
        if g.is_("conjunctions", word) or word == ",":
            j = k - 1
            if j >= 0 and c.words[j] == ",":
                j -= 1
            return j >= 0 and c.mention_at[j] >= 0 and self._oblique(c, g, c.spans[c.mention_at[j]][0], True)
        if prep_only or not g.pack.head_initial:
            return False
        if c.mention_at[k] >= 0:  # "para peserta pertemuan Moskow": Moskow modifies
            return True
        if word.isalpha() and c.words[k] == self._surface(c, k):  # lower-case common noun
            t = c.trigger_at[k]
            form = c.triggers[t].form if t >= 0 else g.pack.analyze(word).form
            known = any(word in g.single[r] for r in ROLES)
            return form in NOUNISH and not known
        return False

    def _modifies_next(self, c: Clause, g: PackGrammar, first: int) -> bool:
        """Head-final noun phrases: a place-like name before a common noun only says where
        ("the Moscow talks"); a demonym before one says who ("Palestinian riots")."""
        m = c.mention_at[first]
        if c.mentions[m].kind != "metonym":
            return False
        k = c.spans[m][1] + 1
        if k >= len(c.words):
            return False
        word = c.words[k]
        if not word.isalpha() or word != self._surface(c, k) or c.mention_at[k] >= 0:
            return False
        t = c.trigger_at[k]
        form = c.triggers[t].form if t >= 0 else g.pack.analyze(word).form
        return form in NOUNISH and (t >= 0 or not any(word in g.single[r] for r in ROLES))

    def _surface(self, c: Clause, k: int) -> str:
        return c.text[c.sentence.token_starts[k]:c.sentence.token_ends[k]]

    def _group_left(self, c: Clause, g: PackGrammar, m_index: int) -> list[int]:
        """The mention and those joined to it on its left by commas/conjunctions."""
        group = [m_index]
        first = c.spans[m_index][0]
        while first >= 2:
            k = first - 1
            if not (c.words[k] == "," or g.is_("conjunctions", c.words[k])):
                break
            k -= 1
            if k >= 0 and c.words[k] == ",":
                k -= 1
            if k < 0 or c.mention_at[k] < 0 or self._oblique(c, g, c.spans[c.mention_at[k]][0], True):
                break
            group.append(c.mention_at[k])
            first = c.spans[c.mention_at[k]][0]
        return sorted(group)

    def _group_right(self, c: Clause, g: PackGrammar, m_index: int) -> list[int]:
        group = [m_index]
        last = c.spans[m_index][1]
        n = len(c.words)
        while last + 2 < n:
            k = last + 1
            while k < n - 1 and g.is_("determiners", c.words[k]):  # "negara-negara Asia Tengah lainnya dan China"
                k += 1
            if not (c.words[k] == "," or g.is_("conjunctions", c.words[k])):
                break
            k += 1
            if k < n and g.is_("conjunctions", c.words[k]):
                k += 1
            while k < n and g.is_("determiners", c.words[k]):
                k += 1
            if k >= n or c.mention_at[k] < 0 or c.mention_at[k] in group:
                break
            after = c.spans[c.mention_at[k]][1] + 1
            if after < n and (c.trigger_at[after] >= 0 or g.is_("speech_markers", c.words[after])):
                break  # "..., the White House announced": a new clause, not a list
            group.append(c.mention_at[k])
            last = c.spans[c.mention_at[k]][1]
        return group

    def _antecedent(self, c: Clause, g: PackGrammar, rel: int) -> list[int] | None:
        k = rel - 1
        if k >= 0 and c.words[k] == ",":
            k -= 1
        if k >= 0 and c.mention_at[k] >= 0:
            return self._group_left(c, g, c.mention_at[k])
        return None

    def subject(self, c: Clause, g: PackGrammar, t_index: int) -> tuple[list[int], str]:
        """Mentions (indices) of the trigger's subject, and how it was found."""
        trigger = c.triggers[t_index]
        k = trigger.first - 1
        stop = max(-1, trigger.first - LEFT_WINDOW)
        crossed_break = False
        appositive = self._apposition_subject(c, g, trigger)
        if appositive == NO_SUBJECT:
            return [], "none"
        if appositive is not None:
            return self._group_left(c, g, appositive), "subject"
        antecedent = self._closed_relative_subject(c, g, trigger)
        if antecedent is not None:
            return antecedent, "relative"
        while k > stop:
            word = c.words[k]
            m = c.mention_at[k]
            if m >= 0:
                first = c.spans[m][0]
                shared = self._coordinated_after_object(c, g, t_index, m)
                if shared is not None:
                    return shared, "coordinated"
                if not self._oblique(c, g, first) and not crossed_break:
                    return self._group_left(c, g, m), "subject"
                if not self._oblique(c, g, first) and crossed_break:
                    return self._group_left(c, g, m), "subject-across-clause"
                k = first - 1
                continue
            if g.is_("relative", word):
                found = self._antecedent(c, g, k)
                if found:
                    inside = not any(c.trigger_at[j] >= 0 and c.triggers[c.trigger_at[j]].form not in NOUN_FORMS
                                     for j in range(k + 1, trigger.first))
                    restrictive = k > 0 and c.words[k - 1] != ","
                    return found, "restrictive-relative" if inside and restrictive else "relative"
            if c.trigger_at[k] >= 0 and c.trigger_at[k] != t_index:
                prev = c.trigger_at[k]
                between = c.words[c.triggers[prev].last + 1 : trigger.first]
                if prev in c.subjects and any(w == "," or g.is_("conjunctions", w) for w in between):
                    return c.subject_idx[prev], "coordinated"
                if c.triggers[prev].entry.flags & {"speech"} or c.triggers[prev].cameo[:2] in ("01", "03"):
                    # "X menyatakan akan mendukung": the complement's subject is X
                    if prev in c.subjects and c.triggers[prev].last + 4 >= trigger.first:
                        return c.subject_idx[prev], "control"
                    return [], "none"
            if g.is_("complementizers", word) or word in PUNCT_HARD:
                return [], "none"
            if g.is_("clause_breaks", word):
                crossed_break = True
            if g.is_("pronouns_person", word) or g.is_("pronouns_group", word) or self._dual_at(c, g, k):
                return [-1 - k], "pronoun"
            k -= 1
        return [], "none"

    def _coordinated_after_object(self, c: Clause, g: PackGrammar, t_index: int, m: int) -> list[int] | None:
        """"X met Y and travelled to Z": when a conjunction joins the trigger to an earlier
        verb whose object is the actor found, the trigger shares that verb's subject."""
        trigger = c.triggers[t_index]
        k = trigger.first - 1
        while k > c.spans[m][1] and (g.is_("skip", c.words[k]) or g.is_("passive_aux", c.words[k])
                                     or g.is_("intent", c.words[k])):
            k -= 1
        if k <= c.spans[m][1] or not g.is_("conjunctions", c.words[k]):
            return None
        for prev in range(t_index - 1, -1, -1):
            earlier = c.triggers[prev]
            if earlier.last < c.spans[m][0] and earlier.form not in NOUN_FORMS and prev in c.subjects:
                return c.subject_idx[prev]
        return None

    def _comma_before_verb(self, c: Clause, g: PackGrammar, trigger: Trigger) -> int:
        """Index of a comma right before the trigger (auxiliaries and adverbs aside), or -1."""
        k = trigger.first - 1
        while k >= 0 and (g.is_("skip", c.words[k]) or g.is_("intent", c.words[k]) or g.is_("negators", c.words[k])
                          or g.is_("passive_aux", c.words[k])):
            k -= 1
        return k if k >= 2 and c.words[k] == "," else -1

    def _closed_relative_subject(self, c: Clause, g: PackGrammar, trigger: Trigger) -> list[int] | None:
        """"X, yang/who ... , V": the relative clause closed by the comma before the verb;
        X is the subject, whatever actors the clause names."""
        comma = self._comma_before_verb(c, g, trigger)
        if comma < 0:
            return None
        for j in range(comma - 1, max(0, comma - LEFT_WINDOW), -1):
            if c.words[j] in PUNCT_HARD:
                return None
            if g.is_("relative", c.words[j]) and c.words[j - 1] == ",":
                return self._antecedent(c, g, j)
        return None

    def _apposition_subject(self, c: Clause, g: PackGrammar, trigger: Trigger) -> int | None:
        """"X, <noun phrase>, V": the actor X before an apposition closed by the comma right
        before the verb (auxiliaries and adverbs aside); None when that is not the shape."""
        k = self._comma_before_verb(c, g, trigger)
        if k < 0:
            return None
        inside = None  # the apposition itself may name the actor: "Afghanistan's new rulers, the Taliban,"
        relative = False
        for j in range(k - 1, max(-1, k - LEFT_WINDOW), -1):
            word = c.words[j]
            if word in PUNCT_HARD or c.trigger_at[j] >= 0 or g.is_("clause_breaks", word):
                return None
            relative = relative or g.is_("relative", word)
            m = c.mention_at[j]
            if m >= 0 and inside is None and c.mentions[m].actor.code and not self._oblique(c, g, c.spans[m][0]):
                inside = m
            if word == ",":
                if relative and c.words[j + 1] in g.single["relative"]:
                    return None  # ", yang ... ,": a relative clause, not an apposition
                m = c.mention_at[j - 1] if j > 0 else -1
                if m >= 0 and not self._oblique(c, g, c.spans[m][0]) and j - 1 == c.spans[m][1]:
                    return inside if self._is_apposition(c, g, j, inside) and c.mentions[m].kind in ("title", "agent") else m
                return NO_SUBJECT if relative else None  # "The countries, including states that border X, ..."
        return None

    def _is_apposition(self, c: Clause, g: PackGrammar, comma: int, inside: int | None) -> bool:
        """Whether the actor ``inside`` is the whole phrase after ``comma`` ("..., the Taliban,")."""
        if inside is None:
            return False
        k = comma + 1
        while k < len(c.words) and g.is_("determiners", c.words[k]):
            k += 1
        first, last = c.spans[inside]
        return k == first and last + 1 < len(c.words) and c.words[last + 1] == ","

    def _dual_at(self, c: Clause, g: PackGrammar, k: int) -> int:
        """Length of a dual pronoun ("keduanya", "the two sides") ending at token k."""
        for j in range(max(0, k - 3), k + 1):
            if g.at("pronouns_dual", c.words, j) == k - j + 1:
                return k - j + 1
        return 0

    def object(self, c: Clause, g: PackGrammar, t_index: int) -> list[int]:
        trigger = c.triggers[t_index]
        for k in range(trigger.first + 1, trigger.last):  # "give Tanzania a grant"
            if c.mention_at[k] >= 0:
                return self._group_right(c, g, c.mention_at[k])
        n = len(c.words)
        k = trigger.last + 1
        stop = min(n, trigger.last + 1 + RIGHT_WINDOW)
        while k < stop:
            word = c.words[k]
            m = c.mention_at[k]
            if m >= 0 and (self._after_place_prep(c, g, c.spans[m][0])
                           or (not g.pack.head_initial and self._modifies_next(c, g, c.spans[m][0]))):
                k = c.spans[m][1] + 1  # "di Yerusalem Timur": where, not whom
                continue
            if m >= 0:
                return self._group_right(c, g, m)
            t = c.trigger_at[k]
            if t >= 0 and t in c.subordinate:  # "offered to hand over to Great Britain"
                k = c.triggers[t].last + 1
                stop = min(n, k + RIGHT_WINDOW)
                continue
            if t >= 0 and c.triggers[t].form in NOUNISH and trigger.form != "noun":
                # "menolak ultimatum Australia": the noun's actor is the verb's object
                c.absorbed.add(t)
                k = c.triggers[t].last + 1
                continue
            if t >= 0 or g.is_("relative", word) or g.is_("complementizers", word):
                return []
            if g.is_("clause_breaks", word) or word in PUNCT_HARD or word == ",":
                return []
            if g.is_("conjunctions", word) and self._verb_follows(c, g, k + 1):
                return []  # "... and has urged": a second verb, not more object
            k += 1
        return self._far_recipient(c, g, trigger.last + 1)

    def _after_place_prep(self, c: Clause, g: PackGrammar, first: int) -> bool:
        k = first - 1
        while k >= 0 and g.is_("determiners", c.words[k]):
            k -= 1
        return k >= 0 and self._ends_at(c, g, "place_preps", k)

    def _far_recipient(self, c: Clause, g: PackGrammar, k: int) -> list[int]:
        """An actor after a recipient preposition beyond the object window, across a
        parenthesis but not across a clause boundary or another trigger."""
        n = len(c.words)
        depth = 0
        for j in range(k, min(n, k + RIGHT_WINDOW * 2)):
            word = c.words[j]
            depth += word == "("
            depth -= word == ")"
            if depth > 0:
                continue
            if c.trigger_at[j] >= 0 or word in PUNCT_HARD or word == "," or g.is_("clause_breaks", word) \
                    or g.is_("relative", word) or g.is_("complementizers", word):
                return []
            if g.is_("target_preps", word):
                for m_at in (j + 1, j + 2):  # "from neighboring Lebanon"
                    if m_at < n and c.mention_at[m_at] >= 0:
                        return self._group_right(c, g, c.mention_at[m_at])
                    if m_at < n and not (c.words[m_at].isalpha() and c.trigger_at[m_at] < 0):
                        break
        return []

    def topic(self, c: Clause, g: PackGrammar, t_index: int, own: str | None = None) -> list[int]:
        """What a statement is about: the first coded actor of its complement that is not
        the speaker's own side (``own``, a country code)."""
        trigger = c.triggers[t_index]
        for k in range(trigger.last + 1, min(len(c.words), trigger.last + 1 + RIGHT_WINDOW)):
            m = c.mention_at[k]
            if m >= 0 and c.mentions[m].actor.code and c.mentions[m].actor.country != own:
                return [m]
            if c.words[k] in PUNCT_HARD:
                break
        return []

    def agent(self, c: Clause, g: PackGrammar, t_index: int, after_only: bool = False) -> list[int]:
        """The agent of a passive trigger: after ``passive_agent`` or right after the verb
        (``after_only``: only after ``passive_agent``)."""
        trigger = c.triggers[t_index]
        n = len(c.words)
        k = trigger.last + 1
        while k < min(n, trigger.last + 1 + RIGHT_WINDOW):
            word = c.words[k]
            if g.is_("passive_agent", word):
                j = k + 1
                while j < n and g.is_("determiners", c.words[j]):
                    j += 1
                return self._group_right(c, g, c.mention_at[j]) if j < n and c.mention_at[j] >= 0 else []
            if c.mention_at[k] >= 0 and k <= trigger.last + 4 and not after_only and self._nouns_between(
                    c, g, trigger.last + 1, k):  # "digempur (helikopter dan) tank Israel"
                return self._group_right(c, g, c.mention_at[k])
            if c.trigger_at[k] >= 0 or word in PUNCT_HARD or g.is_("clause_breaks", word):
                return []
            k += 1
        return []

    def _nouns_between(self, c: Clause, g: PackGrammar, start: int, end: int) -> bool:
        """Whether tokens start..end-1 are only common nouns and conjunctions (the head
        words of an agent phrase), no function word, punctuation or trigger."""
        for j in range(start, end):
            word = c.words[j]
            if g.is_("conjunctions", word):
                continue
            if not word.isalpha() or c.trigger_at[j] >= 0 or any(word in g.single[r] for r in ROLES):
                return False
        return True

    def _nearest_left(self, c: Clause, g: PackGrammar, trigger: Trigger) -> list[int]:
        """The closest actor before the trigger in its clause, whatever its role."""
        for k in range(trigger.first - 1, max(-1, trigger.first - LEFT_WINDOW), -1):
            word = c.words[k]
            if word in PUNCT_HARD or word == "," or g.is_("clause_breaks", word) or c.trigger_at[k] >= 0:
                return []
            if c.mention_at[k] >= 0:
                return [c.mention_at[k]]
        return []

    def _agent_before(self, c: Clause, g: PackGrammar, trigger: Trigger) -> list[int]:
        """A passive agent right before an event noun's phrase ("digaungkan oleh
        pemerintah Rusia selama pertemuan dengan ..."): the one who took part in it."""
        k = trigger.first - 1
        while k >= 0 and (g.is_("clause_breaks", c.words[k]) or g.is_("determiners", c.words[k])):
            k -= 1
        if k < 0 or c.mention_at[k] < 0:
            return []
        first = c.spans[c.mention_at[k]][0]
        j = first - 1
        while j >= 0 and g.is_("determiners", c.words[j]):
            j -= 1
        return self._group_left(c, g, c.mention_at[k]) if j >= 0 and g.is_("passive_agent", c.words[j]) else []

    def genitive(self, c: Clause, g: PackGrammar, t_index: int) -> list[int]:
        """The actor right after an event noun ("serangan Israel"): its doer."""
        trigger = c.triggers[t_index]
        k = trigger.last + 1
        while k < len(c.words) and g.is_("determiners", c.words[k]):
            k += 1
        if g.pack.head_initial and k < len(c.words) and c.mention_at[k] >= 0:
            if c.mentions[c.mention_at[k]].kind != "metonym":  # "pertemuan Moskow": a place
                return self._group_right(c, g, c.mention_at[k])
        j = trigger.first - 1  # head-final: "the Israeli attack", "Palestinian riots"
        if not g.pack.head_initial and j >= 0 and c.mention_at[j] >= 0:
            if c.mentions[c.mention_at[j]].kind != "metonym":
                return self._group_left(c, g, c.mention_at[j])
        return []

    # -- modality ---------------------------------------------------------------------------

    def _before(self, c: Clause, g: PackGrammar, trigger: Trigger, role: str) -> bool:
        k = trigger.first - 1
        seen = 0
        while k >= 0 and seen < MODIFIER_WINDOW + 2:
            if self._ends_at(c, g, role, k):
                return True
            if c.mention_at[k] >= 0 or c.trigger_at[k] >= 0 or c.words[k] in PUNCT_HARD:
                return False
            seen += 1
            k -= 1
        return False

    def _reciprocal(self, c: Clause, g: PackGrammar) -> bool:
        return any(g.at("reciprocal", c.words, j) for j in range(len(c.words)))

    def hypothetical(self, c: Clause, g: PackGrammar, trigger: Trigger) -> bool:
        for k in range(trigger.first - 1, -1, -1):
            if g.is_("hypothetical", c.words[k]):
                return True
            if c.words[k] in PUNCT_HARD or c.words[k] == ",":
                return False
        return False

    # -- events ---------------------------------------------------------------------------

    def code_sentence(self, article: Article, sentence: Sentence, mentions: list[Mention],
                      g: PackGrammar, recent: list[Mention], named: list[Mention]) -> list[Event]:
        c = self.clause(article, sentence, mentions, g)
        c.named = named
        events: list[Event] = []
        speech_with_inner: set[int] = set()
        for t_index, trigger in enumerate(c.triggers):
            if "speech" in trigger.entry.flags:
                later = [u for u in range(t_index + 1, len(c.triggers)) if "speech" not in c.triggers[u].entry.flags]
                if later:
                    speech_with_inner.add(t_index)
        subordinate = c.subordinate = self.subordinate(c, g) | self.content(c, g)
        for t_index, trigger in enumerate(c.triggers):
            subj_idx, how = self.subject(c, g, t_index)
            subj = self._mentions(article, c, subj_idx, recent)
            if subj and trigger.form not in NOUN_FORMS:
                c.subjects[t_index] = subj
                c.subject_idx[t_index] = subj_idx
            demanded = self.demanded(c, g, t_index) if "speech" in trigger.entry.flags else None
            if demanded is not None and t_index not in subordinate:
                # "X mengatakan Y harus V": X demands of Y; V is what is demanded
                targets = self._mentions(article, c, demanded, recent)
                events.extend(self._events(article, c, g, trigger, subj, targets, how, cameo=DEMAND_CODE))
                continue
            if t_index in speech_with_inner or t_index in subordinate or t_index in c.absorbed \
                    or how == "restrictive-relative" or self.hypothetical(c, g, trigger):
                continue
            form = self._form(c, g, trigger)
            if form == "passive":
                sources = self._mentions(article, c, self.agent(c, g, t_index), recent)
                # the patient of a passive may sit in a modifier ("kamp bagi pengungsi Kongo diserang"),
                # or be a thing given to a recipient ("bantuan ... diberikan X kepada Pantai Gading")
                targets = subj or self._mentions(article, c, self._nearest_left(c, g, trigger), recent) \
                    or self._mentions(article, c, self._far_recipient(c, g, trigger.last + 1), recent)
            elif form == "action_noun":
                targets = self._mentions(article, c, self.genitive(c, g, t_index) or self._prep_object(c, g, t_index),
                                         recent)
                sources = self._mentions(article, c, self.agent(c, g, t_index, after_only=True), recent)
                if not sources and targets and how in ("subject", "control"):
                    sources = subj
                if not sources:
                    continue
            elif form == "noun":
                sources = self._mentions(article, c, self.genitive(c, g, t_index), recent)
                targets = self._mentions(article, c, self._prep_object(c, g, t_index), recent)
                if not sources and targets and how in ("subject", "control"):
                    sources = subj
                if not sources and targets:  # "... oleh pemerintah Rusia selama pertemuan dengan X"
                    sources = self._mentions(article, c, self._agent_before(c, g, trigger), recent)
                if not sources:
                    continue
            else:
                sources = subj
                obj = self.object(c, g, t_index)
                targets = self._mentions(article, c, obj, recent)
                if targets and sources and all(_same_country(t, sources[0]) for t in targets):
                    further = self._far_recipient(c, g, c.spans[max(obj)][1] + 1)
                    targets = self._mentions(article, c, further, recent) or targets
                # statements and refusals are about their complement's actor ("menolak
                # mengerahkan pasukan ke Myanmar")
                statement = "speech" in trigger.entry.flags or cameo_root(trigger) in ("01", "12")
                if statement and not any(t.actor.code for t in targets):
                    own = sources[0].actor.country if sources else None
                    targets = self._mentions(article, c, self.topic(c, g, t_index, own), recent)
            events.extend(self._events(article, c, g, trigger, sources, targets, how))
        return events

    def demanded(self, c: Clause, g: PackGrammar, t_index: int) -> list[int] | None:
        """For a reporting verb whose complement says an actor must do something ("X
        mengatakan negara-negara ... harus mendanai", "X said Y must return"): the actor."""
        trigger = c.triggers[t_index]
        k = trigger.last + 1
        while k < len(c.words) and (g.is_("complementizers", c.words[k]) or g.is_("determiners", c.words[k])):
            k += 1
        if k >= len(c.words) or c.mention_at[k] < 0:
            return None
        group = self._group_right(c, g, c.mention_at[k])
        j = c.spans[max(group)][1] + 1
        for j in range(j, min(len(c.words), j + RIGHT_WINDOW + 2)):
            if c.words[j] in PUNCT_HARD or c.words[j] == "," or g.is_("clause_breaks", c.words[j]):
                return None
            if g.at("obligation", c.words, j):
                return group
        return None

    def content(self, c: Clause, g: PackGrammar) -> set[int]:
        """Triggers that are what an appeal, demand, accusation or threat is about
        ("menuntut pemerintah Turki memberikan informasi", "accused X of violating"): after
        the content-taking trigger, introduced by its object actor or a complementizer or
        purpose word, up to the end of the clause. A verb joined by a conjunction to the
        content-taking one is a second event, not content."""
        out: set[int] = set()
        for t_index, trigger in enumerate(c.triggers):
            if trigger.cameo[:2] not in CONTENT_ROOTS and "appeal" not in trigger.entry.flags:
                continue
            for u in range(t_index + 1, len(c.triggers)):
                later = c.triggers[u]
                between = range(trigger.last + 1, later.first)
                if any(c.words[j] in PUNCT_HARD or g.is_("clause_breaks", c.words[j]) for j in between):
                    break
                words = [c.words[j] for j in between]
                k = later.first - 1
                while k > trigger.last and (g.is_("skip", c.words[k]) or g.is_("intent", c.words[k])
                                            or g.is_("negators", c.words[k])):
                    k -= 1
                if k > trigger.last and g.is_("conjunctions", c.words[k]):
                    break  # "menyerukan bantuan untuk X dan mengatakan ...": a second event
                introduced = c.mention_at[k] >= 0 if k > trigger.last else False
                introduced = introduced or any(g.is_("complementizers", w) or g.is_("purpose", w) for w in words)
                if introduced:
                    out.add(u)
        return out

    def _condition_after(self, c: Clause, g: PackGrammar, trigger: Trigger) -> bool:
        return any(g.at("conditions", c.words, j) for j in range(trigger.last + 1, len(c.words)))

    def subordinate(self, c: Clause, g: PackGrammar) -> set[int]:
        """Triggers that only say what an earlier event is for: every trigger of a purpose
        clause ("untuk memperketat sanksi dan memberlakukan blokade", "guna merumuskan
        kerangka kesepakatan"), from a ``purpose`` word followed by a verb to the next clause
        boundary. A purpose clause with no event before it is the event and stays."""
        out: set[int] = set()
        if not c.triggers:
            return out
        inside = False
        for k, word in enumerate(c.words):
            if word in PUNCT_HARD or word == "," or g.is_("clause_breaks", word):
                inside = False
            elif c.trigger_at[k] < 0 and self._ends_at(c, g, "purpose", k) and c.triggers[0].last < k \
                    and self._verb_follows(c, g, k + 1):
                inside = True
            elif inside and c.trigger_at[k] >= 0:
                out.add(c.trigger_at[k])
        return out

    def _verb_follows(self, c: Clause, g: PackGrammar, k: int) -> bool:
        while k < len(c.words) and (g.is_("skip", c.words[k]) or g.is_("intent", c.words[k])):
            k += 1
        if k >= len(c.words):
            return False
        if c.trigger_at[k] >= 0:
            return True
        return g.pack.analyze(c.words[k]).form in ("active", "passive")

    def _ends_at(self, c: Clause, g: PackGrammar, role: str, k: int) -> bool:
        """Whether a ``role`` phrase ends at token k."""
        if k < 0 or c.words[k] not in g.last[role]:
            return False
        return any(g.at(role, c.words, j) == k - j + 1 for j in range(max(0, k - 3), k + 1))

    def _form(self, c: Clause, g: PackGrammar, trigger: Trigger) -> str:
        """The trigger's voice in context: a noun-or-verb form after ``intent`` or
        ``purpose`` words is a verb ("will visit"); a participle after ``passive_aux`` is
        passive ("was attacked")."""
        if trigger.form == "passive" or self._passive_aux(c, g, trigger):
            return "passive"
        if trigger.form in NOUN_FORMS and (self._before(c, g, trigger, "intent") or self._right_after(c, g, trigger, "purpose")):
            return "base"
        return trigger.form

    def _right_after(self, c: Clause, g: PackGrammar, trigger: Trigger, role: str) -> bool:
        return self._ends_at(c, g, role, trigger.first - 1)

    def _passive_aux(self, c: Clause, g: PackGrammar, trigger: Trigger) -> bool:
        if trigger.form not in ("past", "participle"):
            return False
        return self._before(c, g, trigger, "passive_aux")

    def _prep_object(self, c: Clause, g: PackGrammar, t_index: int) -> list[int]:
        trigger = c.triggers[t_index]
        for k in range(trigger.last + 1, min(len(c.words), trigger.last + 1 + RIGHT_WINDOW)):
            if g.is_("target_preps", c.words[k]):
                j = k + 1
                while j < len(c.words) and g.is_("determiners", c.words[j]):
                    j += 1
                if j < len(c.words) and c.mention_at[j] >= 0:
                    return self._group_right(c, g, c.mention_at[j])
                return []
            if c.trigger_at[k] >= 0 or c.words[k] in PUNCT_HARD or g.is_("clause_breaks", c.words[k]):
                return []
        return []

    def _mentions(self, article: Article, c: Clause, indices: list[int], recent: list[Mention]) -> list[Mention]:
        """Mentions for indices; a negative index -1-k is a pronoun at token k."""
        out = []
        for i in indices:
            if i >= 0:
                m = c.mentions[i]
                dual = not m.actor.code and self._dual_text(c, m)
                out.extend(self._pair(c, recent, m.start, m) if dual else [m])
                continue
            k = -1 - i
            s, e = c.sentence.token_starts[k], c.sentence.token_ends[k]
            n = self._dual_at(c, self.grammar(c.language), k)
            if n:
                start = c.sentence.token_starts[k - n + 1]
                out.extend(self._pair(c, recent, start, Mention(start, e, article.text[start:e], Actor(None), "pronoun",
                                                                 c.sentence.index)))
                continue
            earlier = [t for t in c.subjects if c.triggers[t].last < k and c.subjects[t]]
            antecedent = c.subjects[max(earlier)][0] if earlier else (recent[-1] if recent else None)
            if antecedent is None:
                continue
            out.append(Mention(s, e, article.text[s:e], antecedent.actor, "pronoun", c.sentence.index))
        return out

    def _dual_text(self, c: Clause, m: Mention) -> bool:
        g = self.grammar(c.language)
        words = m.text.lower().split()
        return any(g.at("pronouns_dual", words, j) for j in range(len(words)))

    def _pair(self, c: Clause, recent: list[Mention], before: int, pronoun: Mention) -> list[Mention]:
        """The last two actors of different countries named before ``before`` (this
        sentence first, then the recent ones), each as a mention at the pronoun's span."""
        seen: list[Mention] = []
        candidates = [m for m in c.mentions if m.end <= before and m.actor.code][::-1] + c.named[::-1]
        people = [m for m in candidates if m.kind in ("person", "title")]  # "Keduanya": the two leaders first
        for m in people + candidates:
            if m.actor.country in NON_STATE or "MED" in m.actor.sectors:  # two states, not the UN or a news agency
                continue
            if m.actor.country and all(m.actor.country != s.actor.country for s in seen):
                seen.append(m)
            if len(seen) == 2:
                break
        if len(seen) < 2:
            return []
        return [Mention(pronoun.start, pronoun.end, pronoun.text, m.actor, "pronoun", pronoun.sentence) for m in seen[::-1]]

    def _events(self, article: Article, c: Clause, g: PackGrammar, trigger: Trigger,
                sources: list[Mention], targets: list[Mention], how: str, cameo: str | None = None) -> list[Event]:
        if not sources:  # news names who acted; an event with no doer is background
            return []
        if not any(m.actor.code for m in sources + targets) and not (targets and all(
                m.kind == "agent" for m in sources + targets)):
            return []  # nobody coded: only two named collectives ("sepuluh negara peserta") count
        cameo = cameo or trigger.cameo
        modality = "appeal" if "appeal" in trigger.entry.flags or cameo == DEMAND_CODE else "asserted"
        if self._before(c, g, trigger, "intent") and "intent" not in trigger.entry.flags and cameo[:2] != "03":
            if self.codebook.get(cameo).quad_class >= 3 and self._condition_after(c, g, trigger):
                intended = self.codebook.intent_code(cameo) or ""
                cameo = intended if intended.startswith("13") else THREAT_CODE  # "akan ... kecuali ..."
            else:
                cameo = self.codebook.intent_code(cameo) or cameo
            modality = "intent"
        negated = self._before(c, g, trigger, "negators")
        starts, ends = c.sentence.token_starts, c.sentence.token_ends
        span = Span(starts[trigger.first], ends[trigger.last], article.text[starts[trigger.first]:ends[trigger.last]])
        confidence = 0.45
        confidence += 0.2 if any(m.actor.code for m in sources) else 0.0
        confidence += 0.15 if any(m.actor.code for m in targets) else 0.05 if not targets else 0.0
        confidence += {"subject": 0.1, "relative": 0.05, "coordinated": 0.05}.get(how, 0.0)
        confidence -= 0.1 if trigger.form in NOUN_FORMS else 0.0
        events = []
        if len(sources) >= 2 and not any(t.actor.code for t in targets) and self._reciprocal(c, g):
            pairs = [(a, b) for a in sources for b in sources if a is not b and a.actor.country != b.actor.country]
        else:
            pairs = [(a, b) for a in sources or [None] for b in targets or [None]]
        root = cameo[:2]
        if root not in UNTARGETED_ROOTS and not (root in JOINT_ROOTS and len(sources) >= 2):
            pairs = [(a, b) for a, b in pairs if b is not None]
        for source, target in pairs:
            if source is not None and target is not None and source.actor.code and source.actor.code == target.actor.code:
                continue
            events.append(Event(
                sentence=c.sentence.index, cameo=cameo, source=source, target=target, trigger=span,
                negated=negated, modality=modality, confidence=min(0.95, confidence),
                rule=f"{trigger.entry.id}/{how}",
            ))
        return events

    def code(self, article: Article) -> Article:
        if not article.language:
            return article
        g = self.grammar(article.language)
        by_sentence: dict[int, list[Mention]] = {}
        for m in article.mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        events: list[Event] = []
        recent: list[Mention] = []  # antecedents for pronouns: doers and named persons
        named: list[Mention] = []  # every coded actor so far, for "keduanya"
        for sentence in article.sentences:
            mentions = by_sentence.get(sentence.index, [])
            sentence_events = self.code_sentence(article, sentence, mentions, g, recent, named[-12:])
            named.extend(m for m in mentions if m.actor.code)
            events.extend(sentence_events)
            for e in sentence_events:
                if e.source is not None and e.source.actor.code:
                    recent.append(e.source)
            if not sentence_events:
                recent.extend(m for m in mentions if m.actor.code and m.kind in ("person", "composite"))
        article.events = one_per_triple(events)
        return article


def one_per_triple(events: list[Event]) -> list[Event]:
    """One record per (source actor, target actor, CAMEO code) per sentence (the coding
    guideline): an apposition ("Penguasa baru Afghanistan, Taliban") names one actor twice."""
    kept: dict[tuple, Event] = {}
    for e in events:
        key = (e.sentence, _actor_key(e.source), _actor_key(e.target), e.cameo, e.negated)
        if key not in kept or e.confidence > kept[key].confidence:
            kept[key] = e
    return [e for e in events if kept.get((e.sentence, _actor_key(e.source), _actor_key(e.target), e.cameo, e.negated)) is e]


def _actor_key(m: Mention | None) -> str:
    return "" if m is None else (m.actor.code or m.text.lower())


class CoderStage:
    """Pipeline stage around ``Coder``."""

    name = "coder"

    def initialize(self, settings: Settings) -> None:
        self.settings = settings
        self.coder = Coder()
        if settings.lang in ("id", "en"):
            self.coder.grammar(settings.lang)

    def __call__(self, article: Article) -> Article:
        self.coder.code(article)
        if self.settings.min_confidence:
            article.events = [e for e in article.events if e.confidence >= self.settings.min_confidence]
        return article

