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

from dataclasses import dataclass

from warta.coding.clause import (
    AUTHORITY_CODES, CONTENT_ROOTS, DEMAND_CODE, DISSENT_ROOT, JOINT_ROOTS, MODIFIER_WINDOW, NON_STATE,
    NOT_SCENE_CODES, NOUN_FORMS, POSTURE_ROOT, PUNCT_HARD, REPORTER_SECTOR, RIGHT_WINDOW, STATEMENT_ROOT, THREAT_CODE,
    UNTARGETED_ROOTS, Clause, PackGrammar, build_clause, cameo_root, done_to_a_place, same_country,
)
from warta.coding.codebook import Codebook, load_codebook
from warta.coding.lexicon import Trigger
from warta.coding.roles import RoleFinder
from warta.lang import get_pack
from warta.model import Actor, Article, Event, Mention, Sentence, Span
from warta.settings import Settings


# the mentions a pronoun can stand for: "dia"/"he" a person; "mereka"/"they" a group, not a
# single person or a place named as a metonym
PERSON_KINDS = frozenset({"person", "title"})
GROUP_KINDS = frozenset({"agent", "group", "composite", "igo", "country", "pronoun"})


class Coder(RoleFinder):
    """Codes the events of an article whose sentences and mentions are filled."""

    def __init__(self, codebook: Codebook | None = None):
        self.codebook = codebook or load_codebook()
        self._grammars: dict[str, PackGrammar] = {}

    def grammar(self, language: str) -> PackGrammar:
        if language not in self._grammars:
            self._grammars[language] = PackGrammar.build(get_pack(language))
        return self._grammars[language]

    # -- sentence set-up ------------------------------------------------------------------

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
        c = build_clause(article.text, sentence, mentions, g)
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
                # "X mengatakan Y harus V": X demands of Y; V is what is demanded, not done
                c.absorbed.update(u for u in range(t_index + 1, len(c.triggers)))
                targets = self._mentions(article, c, demanded, recent)
                events.extend(self._events(article, c, g, trigger, subj, targets, how, cameo=DEMAND_CODE))
                continue
            if t_index in speech_with_inner or t_index in subordinate or t_index in c.absorbed \
                    or how == "restrictive-relative" or self.hypothetical(c, g, trigger) \
                    or self._before(c, g, trigger, "obligation"):  # "Sudan harus mengembalikan": owed, not done
                continue
            found = self.participants(Slot(article, c, g, t_index, subj, how, recent, self))
            if found is None:
                continue
            sources, targets = found
            events.extend(self._events(article, c, g, trigger, sources, targets, how, cameo=c.recoded.get(t_index)))
        return events

    def participants(self, slot: "Slot") -> tuple[list[Mention], list[Mention]] | None:
        """(sources, targets) of a trigger, by its voice in context; None when an event noun
        names no doer."""
        form = self._form(slot.c, slot.g, slot.c.triggers[slot.t_index])
        find = {"passive": self._passive_roles, "action_noun": self._action_noun_roles,
                "noun": self._noun_roles}.get(form, self._active_roles)
        found = find(slot)
        if not found or not found[0]:
            return found
        return found[0], self._settled_targets(slot, found[0], found[1])

    def _settled_targets(self, slot: "Slot", sources: list[Mention], targets: list[Mention]) -> list[Mention]:
        """The targets the voice found, settled by what the act is: a venue or one's own town
        is no party; a place stands in for a missing or uncoded recipient of acts done to a
        place; dissent and force posture are aimed at someone even when no one is named."""
        c, g, trigger = slot.c, slot.g, slot.trigger
        root = cameo_root(trigger)
        places = targets and all(t.kind == "metonym" for t in targets)
        if places and root in JOINT_ROOTS and len({m.actor.country for m in sources}) >= 2:
            return []  # "U.S. and Russian negotiators return to Geneva": the venue, not a party
        if places and trigger.cameo.startswith(NOT_SCENE_CODES) and all(same_country(t, sources[0]) for t in targets):
            return []  # "withdrew from the town of Gorazde" in their own country: no one's
        if any(t.actor.code for t in targets):
            return targets
        if targets:  # an uncoded object ("kamp pengungsi Jabalia di Gaza"): the place may code it
            return (slot.resolve(self.scene(c, g, slot.t_index)) if done_to_a_place(trigger.cameo) else []) or targets
        if root == DISSENT_ROOT:
            return self._addressed_state(slot, sources[0])
        if root == POSTURE_ROOT:  # "menggelar latihan militer di sekitar Taiwan"
            return slot.resolve(self.scene(c, g, slot.t_index, role="vicinity"))
        if done_to_a_place(trigger.cameo):  # a curfew in Algiers is imposed on Algeria
            return slot.resolve(self.scene(c, g, slot.t_index))
        return targets

    def _addressed_state(self, slot: "Slot", protester: Mention) -> list[Mention]:
        """Whom dissent with no stated recipient addresses: the actor it is against, the
        state named as where it happens, else the protesters' own government, as an implied
        mention (no words of its own: it sits, empty, at the trigger)."""
        c, g, trigger = slot.c, slot.g, slot.trigger
        aimed = slot.resolve(self.against(c, g, trigger.last + 1))  # "berunjuk rasa menentang ... Jepang"
        if aimed:
            return aimed
        scene = slot.resolve(self.scene(c, g, slot.t_index) or self._held_in(c, g, protester, trigger))
        if scene:
            return scene
        return self._implied(slot, protester.actor.country, "GOV", "dissent addresses its own government")

    def _implied(self, slot: "Slot", country: str | None, sector: str, why: str) -> list[Mention]:
        """An actor the sentence implies without naming: no words of its own, it sits, empty,
        at the trigger; none for no country or a non-state prefix."""
        if not country or country in NON_STATE:
            return []
        at = slot.c.sentence.token_starts[slot.trigger.first]
        actor = Actor(f"{country}{sector}", country, (sector,), entry=f"implied: {why}")
        return [Mention(at, at, "", actor, "implied", slot.c.sentence.index)]

    def _passive_roles(self, slot: "Slot") -> tuple[list[Mention], list[Mention]]:
        c, g, trigger = slot.c, slot.g, slot.trigger
        sources = slot.resolve(self.agent(c, g, slot.t_index))
        head = self._head_noun(c, slot.t_index)
        if head is not None:  # "Seruan PBB agar ... ditolak Beirut": the appeal's maker is rebuffed
            return sources, slot.resolve(self.genitive(c, g, head))
        # the thing that opens the sentence is what the passive verb acts on ("Blokade ...
        # dicabut tentara Israel", "The United Nations peacekeepers were expelled by Mali"):
        # read its nouns with the verb ("blokade dicabut": lifting a blockade; "expel
        # peacekeepers": 1661), in either order
        for k in range(min(trigger.first, MODIFIER_WINDOW + 3)):
            if c.mention_at[k] >= 0 or c.trigger_at[k] >= 0 or not c.words[k].isalpha() \
                    or any(c.words[k] in g.single[role] for role in ("determiners", "passive_aux")):
                continue
            joined = self._joined_code(g, [c.words[k]], c.words[trigger.first:trigger.last + 1])
            if joined:
                c.recoded[slot.t_index] = joined
                break
        # the patient of a passive may sit in the trigger's own words ("sanksi terhadap Rusia
        # dicabut"), in a modifier ("kamp bagi pengungsi Kongo diserang"), or be a thing given
        # to a recipient ("bantuan ... diberikan X kepada Pantai Gading")
        inner = [c.mention_at[k] for k in range(trigger.first + 1, trigger.last) if c.mention_at[k] >= 0]
        targets = slot.subj or slot.resolve(inner[:1]) or slot.resolve(self._nearest_left(c, g, trigger)) \
            or slot.resolve(self._far_recipient(c, g, trigger.last + 1))
        if not sources and targets and trigger.cameo[:2] in AUTHORITY_CODES:
            sources = self._implied_authority(slot)
        return sources, targets

    def _implied_authority(self, slot: "Slot") -> list[Mention]:
        """Who arrested or investigated someone when the passive names no one ("Seorang
        misionaris ditangkap di Lebanon", "A US national was put under investigation in
        Italy"): the authorities of the country named as where it happened, as an implied
        mention with no words of its own; no one when no such place is named."""
        scene = slot.resolve(self.scene(slot.c, slot.g, slot.t_index))
        country = scene[0].actor.country if scene else None
        return self._implied(slot, country, AUTHORITY_CODES[slot.trigger.cameo[:2]], "the authorities that act")

    def _head_noun(self, c: Clause, t_index: int) -> int | None:
        """The event noun that opens the sentence and is the subject of the passive trigger
        ``t_index``, when what lies between is that noun's own content ("Usulan India untuk
        menandatangani FTA ... ditolak oleh Bangladesh")."""
        first = c.triggers[0]
        if t_index == 0 or first.form not in NOUN_FORMS or first.first > 1:
            return None
        between = range(first.last + 1, c.triggers[t_index].first)
        if any(c.words[j] in PUNCT_HARD for j in between):
            return None
        inner = range(1, t_index)
        return 0 if all(u in c.subordinate for u in inner) else None

    def _action_noun_roles(self, slot: "Slot") -> tuple[list[Mention], list[Mention]] | None:
        c, g, t_index = slot.c, slot.g, slot.t_index
        if g.pack.head_initial:  # "penangkapan anggota DPRD oleh polisi"
            targets = slot.resolve(self.genitive(c, g, t_index) or self._prep_object(c, g, t_index))
            sources = slot.resolve(self.agent(c, g, t_index, after_only=True))
        else:  # "the Israeli killing of X", "the arrest of X by Y"
            targets = slot.resolve(self._prep_object(c, g, t_index))
            sources = slot.resolve(self.agent(c, g, t_index, after_only=True) or self.genitive(c, g, t_index))
        if not sources and targets and slot.how in ("subject", "control"):
            sources = slot.subj
        return (sources, targets) if sources else None

    def _noun_roles(self, slot: "Slot") -> tuple[list[Mention], list[Mention]] | None:
        c, g, t_index = slot.c, slot.g, slot.t_index
        if slot.subj and slot.how in ("subject", "control") and self._after_light_verb(c, g, slot.trigger):
            # "China menerapkan sanksi PBB terhadap Korut": China imposes; the UN's sanctions
            return slot.subj, slot.resolve(self._prep_object(c, g, t_index))
        sources = slot.resolve(self.genitive(c, g, t_index) or self.agent_right_after(c, g, slot.trigger))
        planted = None if sources else self.relative_agent(c, g, t_index)
        if planted:  # "Bom pinggir jalan yang dipasang Taliban menghantam konvoi tentara Afghanistan"
            doers, hit = planted
            return slot.resolve(doers), slot.resolve(hit)
        # only for a noun that is its clause's own topic, and not for a move away from a place
        standalone = slot.how == "none" and not slot.trigger.cameo.startswith(NOT_SCENE_CODES)
        parties = self.noun_parties(c, g, t_index) if standalone and not sources else None
        if parties:  # "bantuan dari Malaysia untuk warga Palestina", "perundingan antara X dan Y"
            return slot.resolve(parties[0]), slot.resolve(parties[1])
        targets = slot.resolve(self._prep_object(c, g, t_index))
        if not sources and targets and slot.how in ("subject", "control"):
            sources = slot.subj
        if not sources and targets:  # "... oleh pemerintah Rusia selama pertemuan dengan X"
            sources = slot.resolve(self._agent_before(c, g, slot.trigger))
        verb = None if sources else self.passive_verb_after(c, g, slot.trigger.last + 1)
        if verb is not None:
            # a light verb carries the noun's event ("Bantuan ... diberikan Masyarakat Eropa kepada
            # Pantai Gading"); another one makes an event with it ("bantuan militer ... dihentikan
            # oleh AS": aid halted), read through the lexicon as the noun and the verb together
            joined = self._joined_code(g, c.words[slot.trigger.first:slot.trigger.last + 1], [c.words[verb]])
            if joined or g.is_("light_verbs", c.words[verb]):
                if joined and not g.is_("light_verbs", c.words[verb]):
                    c.recoded[t_index] = joined
                sources = slot.resolve(self.agent_after(c, g, verb))
                targets = targets or slot.resolve(self._far_recipient(c, g, verb + 1))
        return (sources, targets) if sources else None

    def _after_light_verb(self, c: Clause, g: PackGrammar, trigger: Trigger) -> bool:
        """Whether the event noun is the object of an active light verb ("menerapkan",
        "imposed", "launched"), over an adverb or two ("mengimplementasikan secara penuh")."""
        for k in range(trigger.first - 1, max(-1, trigger.first - 4), -1):
            if g.is_("light_verbs_active", c.words[k]):
                return True
            if c.mention_at[k] >= 0 or c.trigger_at[k] >= 0 or not c.words[k].isalpha():
                return False
        return False

    def _joined_code(self, g: PackGrammar, noun: list[str], verb: list[str]) -> str | None:
        """The code the lexicon gives a noun and the passive verb it is the subject of, read
        as one phrase in either order ("blokade dicabut", "lifted blockade"), when one entry
        covers all their words."""
        for words in (noun + verb, verb + noun):
            found = g.lexicon.match(words)
            if len(found) == 1 and found[0].first == 0 and found[0].last == len(words) - 1:
                return found[0].cameo
        return None

    def _active_roles(self, slot: "Slot") -> tuple[list[Mention], list[Mention]]:
        c, g, t_index, trigger = slot.c, slot.g, slot.t_index, slot.trigger
        sources = slot.subj
        obj = self.object(c, g, t_index)
        targets = slot.resolve(obj)
        if targets and sources and all(same_country(t, sources[0]) for t in targets):
            targets = slot.resolve(self._far_recipient(c, g, c.spans[max(obj)][1] + 1)) or targets
        elif obj and c.spans[min(obj)][0] == trigger.last + 1 \
                and self._ends_at(c, g, "against", c.spans[max(obj)][1] + 1):
            # "menerapkan sanksi PBB terhadap Korut": the object owns the act, its target follows
            targets = slot.resolve(self._far_recipient(c, g, c.spans[max(obj)][1] + 1)) or targets
        # statements and refusals are about their complement's actor ("menolak
        # mengerahkan pasukan ke Myanmar")
        statement = "speech" in trigger.entry.flags or cameo_root(trigger) in ("01", "12")
        if statement and not any(t.actor.code for t in targets):
            own = sources[0].actor.country if sources else None
            targets = slot.resolve(self.topic(c, g, t_index, own, skip_places=cameo_root(trigger) != "12"))
        return sources, targets

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
                if any(c.words[j] in PUNCT_HARD
                       or (g.is_("clause_breaks", c.words[j]) and not g.is_("purpose", c.words[j])) for j in between):
                    break  # "agar" opens what is asked ("tuntutannya agar Israel melonggarkan"), not a new clause
                words = [c.words[j] for j in between]
                k = later.first - 1
                while k > trigger.last and (g.is_("skip", c.words[k]) or g.is_("intent", c.words[k])
                                            or g.is_("negators", c.words[k])):
                    k -= 1
                if k > trigger.last and g.is_("conjunctions", c.words[k]):
                    break  # "menyerukan bantuan untuk X dan mengatakan ...": a second event
                introduced = c.mention_at[k] >= 0 if k > trigger.last else False
                words.append(c.words[trigger.last])  # "demanded that": the complementizer may close the trigger
                introduced = introduced or any(g.is_("complementizers", w) or g.is_("purpose", w) for w in words)
                if introduced:
                    out.add(u)
                    if trigger.form in NOUN_FORMS:
                        break  # "Seruan PBB agar Lebanon mengerahkan ... ditolak Beirut": one verb asked for
        return out

    def _condition_after(self, c: Clause, g: PackGrammar, trigger: Trigger) -> bool:
        return any(g.at("conditions", c.words, j) for j in range(trigger.last + 1, len(c.words)))

    def subordinate(self, c: Clause, g: PackGrammar) -> set[int]:
        """Triggers that only say what an earlier event is for: every trigger of a purpose
        clause ("untuk memperketat sanksi dan memberlakukan blokade", "guna merumuskan
        kerangka kesepakatan"), from a ``purpose`` word followed by a verb to the next clause
        boundary. A purpose clause with no event before it in its clause is the event and stays
        ("Menyusul kesepakatan damai, Presiden mengambil langkah untuk memperluas kebebasan")."""
        out: set[int] = set()
        if not c.triggers:
            return out
        inside = False
        # the event a purpose clause serves: a verb earlier in the clause, or an event noun
        # since the last comma (not one in a fronted adjunct: "Menyusul kesepakatan damai, ...")
        verb_before = noun_before = False
        for k, word in enumerate(c.words):
            if word in PUNCT_HARD or word == "," or g.is_("clause_breaks", word):
                inside = noun_before = False
                verb_before = verb_before and word == ","
            elif c.trigger_at[k] < 0 and self._ends_at(c, g, "purpose", k) and (verb_before or noun_before) \
                    and not self._ends_at(c, g, "intent", k) and self._verb_follows(c, g, k + 1):  # "is willing to"
                inside = True
            elif inside and c.trigger_at[k] >= 0:
                out.add(c.trigger_at[k])
            elif c.trigger_at[k] >= 0:
                noun = c.triggers[c.trigger_at[k]].form in NOUN_FORMS
                verb_before, noun_before = verb_before or not noun, noun_before or noun
        return out


    def _form(self, c: Clause, g: PackGrammar, trigger: Trigger) -> str:
        """The trigger's voice in context: a noun-or-verb form after ``intent`` or
        ``purpose`` words is a verb ("will visit"); a participle after ``passive_aux`` is
        passive ("was attacked"); a bare verb after a ``nominalizers`` noun is an event noun."""
        if trigger.form == "passive" or self._passive_aux(c, g, trigger):
            return "passive"
        if trigger.form in NOUN_FORMS and (self._before(c, g, trigger, "intent") or self._right_after(c, g, trigger, "purpose")):
            return "base"
        if trigger.form == "base" and self._right_after(c, g, trigger, "nominalizers"):
            return "noun"  # "aksi mogok makan tahanan Palestina"
        return trigger.form

    def _right_after(self, c: Clause, g: PackGrammar, trigger: Trigger, role: str) -> bool:
        return self._ends_at(c, g, role, trigger.first - 1)

    def _passive_aux(self, c: Clause, g: PackGrammar, trigger: Trigger) -> bool:
        if trigger.form not in ("past", "participle"):
            return False
        return self._before(c, g, trigger, "passive_aux")


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
            antecedent = self._antecedent_of(c, k, recent)
            if antecedent is None:
                continue
            out.append(Mention(s, e, article.text[s:e], antecedent.actor, "pronoun", c.sentence.index))
        return out

    def _antecedent_of(self, c: Clause, k: int, recent: list[Mention]) -> Mention | None:
        """Who the pronoun at token k stands for: the latest subject before it in the
        sentence, else the latest doer or person of earlier sentences of the right kind: a
        person for "dia"/"he", a group rather than a person or a place for "mereka"/"they"."""
        earlier = [t for t in c.subjects if c.triggers[t].last < k and c.subjects[t]]
        if earlier:  # "X mengatakan mereka ...": the speaker
            return c.subjects[max(earlier)][0]
        candidates = recent[::-1]  # latest first
        if not candidates:
            return None
        g = self.grammar(c.language)
        wanted = PERSON_KINDS if g.is_("pronouns_person", c.words[k]) else None
        if wanted is None and g.is_("pronouns_group", c.words[k]) and c.words[k] not in g.single["pronouns_person"]:
            wanted = GROUP_KINDS
        return next((m for m in candidates if wanted is None or m.kind in wanted), candidates[0])

    def _held_in(self, c: Clause, g: PackGrammar, protester: Mention, trigger: Trigger) -> list[int]:
        """A place named inside the protesters' own phrase ("Tahanan Palestina di penjara
        Israel melakukan mogok makan"): the state they are held in or act in."""
        ends = [c.spans[i][1] for i, m in enumerate(c.mentions) if m is protester]
        in_place = False
        for k in range(ends[0] + 1 if ends else trigger.first, trigger.first):
            m = c.mention_at[k]
            if in_place and m >= 0 and c.mentions[m].actor.code:
                return [m]
            if c.words[k] in PUNCT_HARD or c.words[k] == "," or c.trigger_at[k] >= 0:
                return []
            in_place = in_place or g.is_("place_preps", c.words[k])
        return []

    def _dual_text(self, c: Clause, m: Mention) -> bool:
        g = self.grammar(c.language)
        words = m.text.lower().split()
        return any(g.at("pronouns_dual", words, j) for j in range(len(words)))

    def _pair(self, c: Clause, recent: list[Mention], before: int, pronoun: Mention) -> list[Mention]:
        """The last two actors of different countries named before ``before`` (this
        sentence first, then the recent ones), each as a mention at the pronoun's span; for a
        one-word dual ("keduanya") the last two people named, when they share a country."""
        seen: list[Mention] = []
        candidates = [m for m in c.mentions if m.end <= before and m.actor.code][::-1] + c.named[::-1]
        people = [m for m in candidates if m.kind in ("person", "title")]  # "Keduanya": the two leaders first
        if " " not in pronoun.text.strip():  # "keduanya" (the two of them), not "kedua negara": any two people
            # latest first, each person once
            named_people = [m for i, m in enumerate(people) if all(m.text != n.text for n in people[:i])]
            if len(named_people) >= 2 and named_people[0].actor.country == named_people[1].actor.country:
                return [Mention(pronoun.start, pronoun.end, pronoun.text, m.actor, "pronoun", pronoun.sentence)
                        for m in named_people[1::-1]]
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
        # joint doers of different countries act each with the other ("Israel and Lebanon held talks")
        each_other = [(a, b) for a in sources for b in sources if a is not b and a.actor.country != b.actor.country]
        if each_other and not any(t.actor.code for t in targets) \
                and (self._reciprocal(c, g) or cameo[:2] in JOINT_ROOTS):
            pairs = each_other
        else:
            pairs = [(a, b) for a in sources or [None] for b in targets or [None]]
        root = cameo[:2]
        addressed = "addressed" in trigger.entry.flags  # "berharap": a hope unless someone is asked
        if addressed or (root not in UNTARGETED_ROOTS and not (root in JOINT_ROOTS and len(sources) >= 2)):
            pairs = [(a, b) for a, b in pairs if b is not None]
        if root == STATEMENT_ROOT:  # "Xinhua melaporkan ...": the press reports, it makes no statement
            pairs = [(a, b) for a, b in pairs if a is None or REPORTER_SECTOR not in a.actor.sectors]
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
        if not article.language or article.topic:  # sport, entertainment ...: no political events
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


@dataclass(slots=True)
class Slot:
    """One trigger being coded: where it is and what is known of its subject."""

    article: Article
    c: Clause
    g: PackGrammar
    t_index: int
    subj: list[Mention]
    how: str
    recent: list[Mention]
    coder: "Coder"

    @property
    def trigger(self) -> Trigger:
        return self.c.triggers[self.t_index]

    def resolve(self, indices: list[int]) -> list[Mention]:
        return self.coder._mentions(self.article, self.c, indices, self.recent)


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

