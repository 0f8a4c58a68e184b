"""Who is who around an event trigger: subject, object, passive agent, the doer of an event
noun, recipients, appositions, relative clauses and coordinated verbs.

Mixed into ``Coder``; every method reads one ``Clause`` (the sentence) and the pack's
``PackGrammar`` (its function words by role) and returns indices of mentions in the clause.
"""

from __future__ import annotations

from warta.coding.clause import (
    AIMED_AT_AGENT_ROOTS, CONTENT_ROOTS, LEFT_WINDOW, MODIFIER_WINDOW, NO_SUBJECT, NOUN_FORMS, NOUNISH,
    PUNCT_HARD, RIGHT_WINDOW, ROLES, Clause, PackGrammar,
)
from warta.coding.lexicon import Trigger

# mentions that name someone (not a place or a common noun): one after a descriptive noun
# phrase that opens the sentence is its head in apposition
NAMED_KINDS = frozenset({"igo", "group", "person"})


class RoleFinder:
    """Finding the actors in each role of a trigger."""

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
        if k >= 0 and c.words[k] == ")":  # "Burhan Wani (22), yang ...": over an aside
            while k >= 0 and c.words[k] != "(":
                k -= 1
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
        around = c.mention_at[trigger.first]
        if around >= 0 and c.spans[around][0] < trigger.first:
            # the trigger begins inside its doer's name ("pasukan penjaga perdamaian NATO tiba")
            return self._group_left(c, g, around), "subject"
        if trigger.form == "passive":
            patient = self._opening_patient(c, g, trigger)
            if patient:
                return patient, "subject"
        appositive = self._apposition_subject(c, g, trigger)
        if appositive == NO_SUBJECT:
            return [], "none"
        if appositive is not None:
            return self._group_left(c, g, appositive), "subject"
        antecedent = self._closed_relative_subject(c, g, trigger)
        if antecedent is not None:
            return antecedent, "relative"
        named = None
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
                if named is None and not crossed_break and c.mentions[m].kind in NAMED_KINDS \
                        and not self._oblique(c, g, first, prep_only=True):
                    named = m  # "Lembaga pemantau HAM Amnesty International menuduh": a name after its description
                k = first - 1
                continue
            if g.is_("relative", word):
                found = self._antecedent(c, g, k)
                if found:
                    inside = not any(c.trigger_at[j] >= 0 and c.triggers[c.trigger_at[j]].form not in NOUN_FORMS
                                     for j in range(k + 1, trigger.first))
                    restrictive = k > 0 and c.words[k - 1] != ","
                    return found, "restrictive-relative" if inside and restrictive else "relative"
                if k > 0 and c.trigger_at[k - 1] >= 0 and c.triggers[c.trigger_at[k - 1]].form in NOUN_FORMS:
                    return [], "none"  # "serangan yang didukung oleh Pakistan": the attack is supported
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
                if not crossed_break and self._only_auxiliaries(c, g, k + 1, trigger.first):
                    # "X opened its borders ..., but was still refusing ...": the subject is elided
                    earlier = [t for t in c.subject_idx if c.triggers[t].last < k]
                    if earlier:
                        return c.subject_idx[max(earlier)], "coordinated"
                crossed_break = True
            if g.is_("pronouns_person", word) or g.is_("pronouns_group", word) or self._dual_at(c, g, k):
                return [-1 - k], "pronoun"
            k -= 1
        if named is not None and k < 0:  # the descriptor that opens the sentence named no actor itself
            return self._group_left(c, g, named), "subject"
        return [], "none"

    def _opening_patient(self, c: Clause, g: PackGrammar, trigger: Trigger) -> list[int]:
        """For a passive verb whose subject is the thing that opens the sentence ("Blokade
        terhadap truk-truk Palestina ..., dicabut tentara Israel", "Sanksi atas Rusia dicabut"),
        the actor that thing was aimed at: it is the one the act is done to."""
        if c.mention_at[0] >= 0 or c.trigger_at[0] >= 0:
            return []
        for k in range(1, min(trigger.first, MODIFIER_WINDOW + 1)):
            if c.mention_at[k] >= 0 or c.trigger_at[k] >= 0 or not c.words[k][0].isalnum():
                return []
            after = [j for j in range(k + 1, min(len(c.words), k + 1 + MODIFIER_WINDOW)) if c.mention_at[j] >= 0]
            if g.is_("target_preps", c.words[k]) and after and all(
                    c.trigger_at[j] < 0 and c.words[j][0].isalnum() for j in range(k + 1, after[0])):
                m = c.mention_at[after[0]]  # "terhadap truk-truk Palestina": whose trucks
                between = range(c.spans[m][1] + 1, trigger.first)
                if any(c.trigger_at[j] >= 0 and c.triggers[c.trigger_at[j]].form not in NOUNISH for j in between):
                    return []
                return self._group_right(c, g, m)
        return []

    def _only_auxiliaries(self, c: Clause, g: PackGrammar, start: int, end: int) -> bool:
        """Whether tokens start..end-1 are all auxiliaries, adverbs or negators (no subject)."""
        return all(g.is_("skip", w) or g.is_("passive_aux", w) or g.is_("negators", w) or g.is_("intent", w)
                   for w in c.words[start:end])

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
        """"X(,) yang/who ... , V": the relative clause closed by the comma before the verb;
        X is the subject, whatever actors the clause names."""
        comma = self._comma_before_verb(c, g, trigger)
        if comma < 0:
            return None
        for j in range(comma - 1, max(0, comma - LEFT_WINDOW), -1):
            if c.words[j] in PUNCT_HARD:
                return None
            if g.is_("relative", c.words[j]) and (c.words[j - 1] == "," or c.mention_at[j - 1] >= 0):
                return self._antecedent(c, g, j)  # "para demonstran yang bertahan di ..., akhirnya V"
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
        if g.is_("target_preps", c.words[trigger.last]):  # "extradited a Russian hacker to the US"
            k = trigger.last + 1
            while k < len(c.words) and g.is_("determiners", c.words[k]):
                k += 1
            if k < len(c.words) and c.mention_at[k] >= 0:
                return self._group_right(c, g, c.mention_at[k])
        for k in range(trigger.first + 1, trigger.last):  # "give Tanzania a grant"
            m = c.mention_at[k]
            if m >= 0 and c.spans[m][0] > trigger.first:  # not the doer the trigger starts in
                return self._group_right(c, g, m)
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
                inner = [c.mention_at[j] for j in range(k + 1, c.triggers[t].last) if c.mention_at[j] >= 0]
                if inner:  # "threatened to expel United Nations peacekeepers"
                    return self._group_right(c, g, inner[0])
                k = c.triggers[t].last + 1
                stop = min(n, k + RIGHT_WINDOW)
                continue
            if t >= 0 and k == trigger.last + 1 and c.triggers[t].form in ("past", "participle") \
                    and trigger.form not in NOUN_FORMS and k + 1 < n and c.trigger_at[k + 1] < 0:
                c.absorbed.add(t)  # "tortured detained Kurdish activists": a participle describing the object
                k = c.triggers[t].last + 1
                continue
            if t >= 0 and c.triggers[t].form in NOUNISH and trigger.form not in NOUN_FORMS \
                    and not self._ends_at(c, g, "intent", k - 1) and not self._ends_at(c, g, "purpose", k - 1):
                # "menolak ultimatum Australia": the noun's actor is the verb's object
                c.absorbed.add(t)
                k = c.triggers[t].last + 1
                continue
            if (g.is_("complementizers", word) or g.is_("purpose", word)) and k + 1 < n and c.mention_at[k + 1] >= 0 \
                    and (trigger.cameo[:2] in CONTENT_ROOTS or "appeal" in trigger.entry.flags):
                return self._group_right(c, g, c.mention_at[k + 1])  # "menuntut agar Israel ...": asked of Israel
            if g.is_("passive_agent", word) and trigger.cameo[:2] in AIMED_AT_AGENT_ROOTS and k + 1 < n \
                    and c.mention_at[k + 1] >= 0:  # "menyelidiki dugaan pelanggaran oleh militer Myanmar"
                return self._group_right(c, g, c.mention_at[k + 1])
            if g.is_("relative", word) and trigger.cameo[:2] in AIMED_AT_AGENT_ROOTS:
                involved = self._involved(c, g, k + 1)
                if involved:  # "menyelidiki dugaan suap yang melibatkan pejabat Kamerun"
                    return involved
            if t >= 0 or g.is_("relative", word) or g.is_("complementizers", word) or g.is_("passive_agent", word):
                return []  # "ordered patrols by police": who patrols, not whom the order is for
            if g.is_("clause_breaks", word) or word in PUNCT_HARD or word == ",":
                return []
            if g.is_("conjunctions", word) and self._verb_follows(c, g, k + 1):
                return []  # "... and has urged": a second verb, not more object
            k += 1
        return self._far_recipient(c, g, trigger.last + 1)

    def _involved(self, c: Clause, g: PackGrammar, k: int) -> list[int]:
        """The actor a relative clause on an object names right after its verb ("dugaan suap
        yang melibatkan pejabat Kamerun", "abuses that involved the army"): for what is
        investigated or alleged, whom it is about."""
        if k >= len(c.words) or c.trigger_at[k] >= 0 \
                or g.pack.analyze(c.words[k]).form not in ("active", "past", "third"):
            return []
        for j in range(k + 1, min(len(c.words), k + 1 + MODIFIER_WINDOW)):
            if c.mention_at[j] >= 0:
                return self._group_right(c, g, c.mention_at[j])
            if c.trigger_at[j] >= 0 or not c.words[j][0].isalnum():
                return []
        return []

    def _after_place_prep(self, c: Clause, g: PackGrammar, first: int, role: str = "place_preps") -> bool:
        k = first - 1
        while k >= 0 and g.is_("determiners", c.words[k]):
            k -= 1
        return k >= 0 and c.trigger_at[k] < 0 and self._ends_at(c, g, role, k)  # "sought refuge in X"

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

    def scene(self, c: Clause, g: PackGrammar, t_index: int, role: str = "place_preps") -> list[int]:
        """The actor named as where an act happened ("lifted the state of emergency in West
        Darfur", "memberlakukan jam malam di Aljir"): the first mention after a place
        preposition (or another ``role``: "vicinity") in the trigger's clause, or the country
        set after the place by a comma ("di Dataran Tinggi Golan, Suriah")."""
        trigger = c.triggers[t_index]
        in_place = False  # inside a place phrase: "di kota Douma, Suriah" names the country after a comma
        for k in range(trigger.last + 1, min(len(c.words), trigger.last + 1 + RIGHT_WINDOW)):
            word = c.words[k]
            m = c.mention_at[k]
            if word == "," and in_place and k + 1 < len(c.words) and c.mention_at[k + 1] >= 0 \
                    and c.mentions[c.mention_at[k + 1]].actor.code:
                return [c.mention_at[k + 1]]
            if word in PUNCT_HARD or word == "," or g.is_("clause_breaks", word) or c.trigger_at[k] >= 0:
                return []
            if m >= 0 and c.mentions[m].actor.code and self._after_place_prep(c, g, c.spans[m][0], role):
                return [m]
            in_place = in_place or self._ends_at(c, g, role, k)
        return []

    def topic(self, c: Clause, g: PackGrammar, t_index: int, own: str | None = None,
              skip_places: bool = False) -> list[int]:
        """What a statement or refusal is about: the first coded actor of its complement that
        is not the speaker's own side (``own``, a country code); with ``skip_places``, not one
        named only as where ("pangsa pasar Indonesia di Turki")."""
        trigger = c.triggers[t_index]
        for k in range(trigger.last + 1, min(len(c.words), trigger.last + 1 + RIGHT_WINDOW)):
            m = c.mention_at[k]
            if m >= 0 and c.mentions[m].actor.code and c.mentions[m].actor.country != own \
                    and not (skip_places and self._after_place_prep(c, g, c.spans[m][0])):
                return [m]
            if c.words[k] in PUNCT_HARD:
                break
        return []

    def agent(self, c: Clause, g: PackGrammar, t_index: int, after_only: bool = False) -> list[int]:
        """The agent of a passive trigger: after ``passive_agent`` or right after the verb
        (``after_only``: only after ``passive_agent``)."""
        return self.agent_after(c, g, c.triggers[t_index].last, after_only)

    def agent_after(self, c: Clause, g: PackGrammar, last: int, after_only: bool = False) -> list[int]:
        """The agent of the passive verb ending at token ``last``."""
        n = len(c.words)
        k = last + 1
        while k < min(n, last + 1 + RIGHT_WINDOW):
            word = c.words[k]
            if g.is_("passive_agent", word):
                return self._named_by(c, g, k)
            if c.mention_at[k] >= 0 and k <= last + 4 and not after_only \
                    and not g.is_("target_preps", c.words[k - 1]) \
                    and self._nouns_between(c, g, last + 1, k):  # "digempur (helikopter dan) tank Israel"
                return self._group_right(c, g, c.mention_at[k])
            if g.is_("clause_breaks", word) and k == last + 1 and k + 1 < n and g.is_("passive_agent", c.words[k + 1]):
                k += 1  # "dihentikan sementara oleh AS": an adverb, not "while"
                continue
            if c.trigger_at[k] >= 0 or word in PUNCT_HARD or g.is_("clause_breaks", word):
                return []
            k += 1
        return []

    def _named_by(self, c: Clause, g: PackGrammar, k: int) -> list[int]:
        """The actor after the ``passive_agent`` word at token k ("oleh polisi", "by the army")."""
        j = k + 1
        while j < len(c.words) and g.is_("determiners", c.words[j]):
            j += 1
        return self._group_right(c, g, c.mention_at[j]) if j < len(c.words) and c.mention_at[j] >= 0 else []

    def agent_right_after(self, c: Clause, g: PackGrammar, trigger: Trigger) -> list[int]:
        """The doer named with "oleh"/"by" right after an event noun ("a bomb attack by Afghan
        militants", "aksi mogok makan oleh tahanan Palestina")."""
        k = trigger.last + 1
        return self._named_by(c, g, k) if k + 1 < len(c.words) and g.is_("passive_agent", c.words[k]) else []

    def passive_verb_after(self, c: Clause, g: PackGrammar, k: int) -> int | None:
        """The passive verb (not itself a trigger) whose subject is the event noun ending
        before token k ("Bantuan senilai 5 juta dolar ... diberikan Uni Eropa kepada X",
        "the attack was carried out by", "bantuan militer ... dihentikan oleh AS"), over the
        noun's modifiers and a relative clause set off by commas; None when the clause has
        none."""
        n = len(c.words)
        in_relative = False
        for j in range(k, min(n, k + RIGHT_WINDOW * 2)):
            word = c.words[j]
            if word in PUNCT_HARD:
                return None
            if word == ",":
                in_relative = j + 1 < n and g.is_("relative", c.words[j + 1])
                continue
            if in_relative:  # ", yang disepakati tahun lalu,": the noun's own description
                continue
            if g.is_("clause_breaks", word):
                return None
            if c.trigger_at[j] >= 0:
                return None
            form = g.pack.analyze(word).form
            if g.is_("light_verbs", word) or form == "passive" or (
                    form in ("past", "participle") and self._ends_at(c, g, "passive_aux", j - 1)):
                return j
        return None

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
        if g.pack.head_initial:  # over a modifier or two: "embargo ekonomi AS", "serangan udara Israel"
            j = k
            while j < min(len(c.words), k + 2) and self._plain_noun(c, g, j):
                j += 1
            if j < len(c.words) and c.mention_at[j] >= 0:
                k = j
        if g.pack.head_initial and k < len(c.words) and c.mention_at[k] >= 0:
            if c.mentions[c.mention_at[k]].kind != "metonym":  # "pertemuan Moskow": a place
                return self._group_right(c, g, c.mention_at[k])
        j = trigger.first - 1  # head-final: "the Israeli attack", "Palestinian riots"
        if not g.pack.head_initial and j >= 0 and c.mention_at[j] >= 0:
            if c.mentions[c.mention_at[j]].kind != "metonym":
                return self._group_left(c, g, c.mention_at[j])
        return []

    def _plain_noun(self, c: Clause, g: PackGrammar, k: int) -> bool:
        """A lower-case word that is no actor, trigger or function word, and a noun or root
        by its form: a modifier inside a noun phrase ("ekonomi", "udara")."""
        word = c.words[k]
        if c.mention_at[k] >= 0 or c.trigger_at[k] >= 0 or not word.isalpha() or word != self._surface(c, k):
            return False
        if any(word in g.single[r] for r in ROLES):
            return False
        return g.pack.analyze(word).form in NOUNISH

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
        if k < 0 or k >= len(c.words) or c.words[k] not in g.last[role]:
            return False
        return any(g.at(role, c.words, j) == k - j + 1 for j in range(max(0, k - 3), k + 1))

    def against(self, c: Clause, g: PackGrammar, k: int) -> list[int]:
        """The actor an ``against`` word at token k aims at, through the noun phrase after it
        ("menentang pembuangan limbah nuklir Jepang", "against Israeli policy"). Such a word is
        a preposition here: a trigger on it is absorbed, not coded."""
        n = g.at("against", c.words, k)
        if not n:
            return []
        for j in range(k + n, min(len(c.words), k + n + RIGHT_WINDOW)):
            m = c.mention_at[j]
            if m >= 0 and c.mentions[m].actor.code:
                if c.trigger_at[k] >= 0:
                    c.absorbed.add(c.trigger_at[k])
                return self._group_right(c, g, m)
            t = c.trigger_at[j]
            if c.words[j] in PUNCT_HARD or c.words[j] == "," or g.is_("clause_breaks", c.words[j]) \
                    or g.is_("relative", c.words[j]) or g.is_("place_preps", c.words[j]) \
                    or (t >= 0 and c.triggers[t].form not in NOUNISH):
                return []
        return []

    def noun_parties(self, c: Clause, g: PackGrammar, t_index: int) -> tuple[list[int], list[int]] | None:
        """Doers and recipient an event noun names in its own phrase when no actor follows it
        directly: "perundingan antara Israel dan Lebanon" (each the other's), "bantuan dari
        Malaysia untuk warga Palestina" (the origin gives, the beneficiary receives). None
        when the phrase names neither."""
        trigger = c.triggers[t_index]
        n = len(c.words)
        doers: list[int] = []
        k = trigger.last + 1
        while k < min(n, trigger.last + 1 + RIGHT_WINDOW):
            word, t = c.words[k], c.trigger_at[k]
            if word in PUNCT_HARD or word == "," or g.is_("clause_breaks", word) or g.is_("relative", word) \
                    or (t >= 0 and c.triggers[t].form not in NOUNISH):
                break
            m = c.mention_at[k + 1] if k + 1 < n else -1
            if not doers and m >= 0 and (g.is_("between", word) or g.is_("origin_preps", word)):
                doers = self._group_right(c, g, m)
                if g.is_("between", word):  # each party acts with the other
                    return (doers, doers) if len(doers) >= 2 else None
                k = c.spans[max(doers)][1] + 1
                continue
            if doers and m >= 0 and g.is_("target_preps", word):
                return doers, self._group_right(c, g, m)
            if c.mention_at[k] >= 0 and not doers:
                return None  # an actor of its own in the phrase: not this shape
            k += 1
        return (doers, []) if doers else None

    def relative_agent(self, c: Clause, g: PackGrammar, t_index: int) -> tuple[list[int], list[int]] | None:
        """An event noun described by a passive relative clause that names its agent, then
        acting as the sentence's subject: "Bom yang dipasang Taliban menghantam konvoi X" (the
        agent did it, to the first actor after the clause); "the bomb planted by X killed Y"."""
        trigger = c.triggers[t_index]
        k = trigger.last + 1
        n = len(c.words)
        verb = k + 1 if k < n and g.is_("relative", c.words[k]) else k  # "yang dipasang", "planted by"
        if verb + 1 >= n or c.trigger_at[verb] >= 0:
            return None
        form = g.pack.analyze(c.words[verb]).form
        reduced = form in ("past", "participle") and g.is_("passive_agent", c.words[verb + 1])
        if form != "passive" and not reduced and not (form in ("past", "participle") and verb > k
                                                         and self._ends_at(c, g, "passive_aux", verb - 1)):
            return None
        doers = self.agent_after(c, g, verb)
        if not doers:
            return None
        for j in range(c.spans[max(doers)][1] + 1, min(n, verb + 1 + RIGHT_WINDOW)):
            if c.words[j] in PUNCT_HARD or c.words[j] == "," or g.is_("clause_breaks", c.words[j]):
                break
            if c.mention_at[j] >= 0:
                return doers, self._group_right(c, g, c.mention_at[j])
        return None

    def _prep_object(self, c: Clause, g: PackGrammar, t_index: int) -> list[int]:
        trigger = c.triggers[t_index]
        for k in range(trigger.last + 1, min(len(c.words), trigger.last + 1 + RIGHT_WINDOW)):
            if g.is_("target_preps", c.words[k]):
                j = k + 1
                while j < len(c.words) and g.is_("determiners", c.words[j]):
                    j += 1
                if j < len(c.words) and c.mention_at[j] >= 0:
                    return self._group_right(c, g, c.mention_at[j])
                return self.against(c, g, k)  # "kerusuhan ... menentang kebijakan militer Israel"
            if c.trigger_at[k] >= 0 or c.words[k] in PUNCT_HARD or g.is_("clause_breaks", c.words[k]):
                return []
        return []
