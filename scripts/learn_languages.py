#!/usr/bin/env python3
"""Learn how each official language writes what the core reads in English,
from the parallel corpus ../shared/corpus/parallel/<symbol>/{en,fr,es,ar,zh,ru}.txt,
and write one data file per language: server/core/data/languages/<lang>.json.

Paragraph k of one version is paragraph k of the others (the corpus README),
so everything is learned by ALIGNMENT WITH THE ENGLISH VERSION, whose
structure, openings, dates, citations and references this script reads with
the English lexicon (../shared/lexicon/phrases.json, organizations.json,
sessions.json). Nothing in the output is a word list typed here: every form
is found in the texts next to its English counterpart, and carries the number
of aligned occurrences it rests on. What the corpus (60 General Assembly
texts) cannot show, such as the organ line of the Security Council, is
derived from forms the corpus does show and marked `"derived"`.

Run from the repository root:  python3 scripts/learn_languages.py
    --check      exit 1 if the committed files differ from what would be written
    --evaluate   learn on five sessions and measure on the sixth, for each of
                 the six sessions, and print the held-out coverage (writes
                 nothing)
    --report     print what was learned, for review
    --hold-out N learn without the texts of session N (and write the files):
                 scripts/holdout.sh builds the checker with them and checks
                 the texts held out, as texts it has not seen

docs/languages.md explains the method, the review and the coverage.
Python 3.11, standard library only.
"""
import argparse
import collections
import functools
import json
import math
import os
import pathlib
import re
import sys
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
# (`RESOLUTE_SHARED` where the repository is not beside it: scripts/holdout.sh.)
SHARED = pathlib.Path(os.environ.get("RESOLUTE_SHARED", ROOT.parent / "shared"))
PARALLEL = SHARED / "corpus/parallel"
OUT_DIR = ROOT / "server/core/data/languages"

LANGS = ["fr", "es", "ar", "zh", "ru"]
LANGUAGE_NAMES = {"fr": "French", "es": "Spanish", "ar": "Arabic", "zh": "Chinese", "ru": "Russian"}
ORGANS = ["General Assembly", "Security Council", "Human Rights Council", "Economic and Social Council"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MONTH_RE = "|".join(MONTHS)

# Minimum number of aligned occurrences for a form to be kept (a form seen
# once may be a free translation of one paragraph; twice is a usage).
MIN_SUPPORT = 2


# ---------------------------------------------------------------------------
# Normalization: characters that change the bytes but not the text.
# ---------------------------------------------------------------------------

def normalization_of(ch):
    """What `ch` is read as, or None if it is kept: format characters
    (Unicode category Cf: left-to-right and right-to-left marks, zero-width
    spaces) are dropped; the Arabic tatweel (a justification stroke inside
    words, `ديسمبـر`) and the Arabic short vowels and shadda (optional in
    Arabic writing, `الأوّل`) are dropped; Arabic presentation forms (`ﻷ`) become the
    letters they present (their compatibility decomposition); space
    separators (category Zs: no-break spaces) become a space; the
    non-breaking hyphens U+2010 and U+2011 become `-`."""
    if ch in "\t\n":
        return None
    cat = unicodedata.category(ch)
    if cat == "Cf":
        return ""
    if ch == "\u0640" or (cat == "Mn" and "\u064b" <= ch <= "\u065f"):
        return ""
    decomposition = unicodedata.decomposition(ch)
    if decomposition.startswith(("<isolated>", "<final>", "<initial>", "<medial>")):
        return unicodedata.normalize("NFKC", ch)
    if cat == "Zs" and ch != " ":
        return " "
    if ch in "\u2010\u2011":
        return "-"
    return None


_NORM_CACHE = {}


def norm(text):
    out = []
    for ch in text:
        if ch not in _NORM_CACHE:
            _NORM_CACHE[ch] = normalization_of(ch)
        r = _NORM_CACHE[ch]
        out.append(ch if r is None else r)
    return re.sub(r" {2,}", " ", "".join(out))


def learn_normalization(texts):
    """Every character of the corpus that `norm` changes, with its count."""
    counts = collections.Counter()
    for text in texts:
        for ch in text:
            if normalization_of(ch) is not None:
                counts[ch] += 1
    return [{"char": ch, "to": normalization_of(ch), "count": n}
            for ch, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


# ---------------------------------------------------------------------------
# Reading a text: the layout of the corpus README, the same in six languages.
# ---------------------------------------------------------------------------

NUMBERED = re.compile(r"^\t(\d{1,3})(?:\.| ?[-–]|)\t")
FOOTNOTE = re.compile(r"^(\d{1,3}) (.*)$")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


class Text:
    """One version of one resolution, cut into aligned units."""

    def __init__(self, symbol, lang, raw):
        self.symbol, self.lang, self.raw = symbol, lang, raw
        self.session = int(symbol.split("_")[2])
        lines = norm(raw).split("\n")
        self.lines = lines
        self.adoption = lines[0]
        self.title = next((l for l in lines[1:4] if re.match(r"^\S*\d+/\d+", l)), None)
        # Footnotes: the trailing run of `N text` lines numbered 1..N.
        end = len(lines)
        while end > 0 and not lines[end - 1].strip():
            end -= 1
        run = []
        i = end - 1
        while i >= 0 and (m := FOOTNOTE.match(lines[i])):
            run.append((int(m.group(1)), m.group(2)))
            i -= 1
        run.reverse()
        self.footnotes = []
        if run and [n for n, _ in run] == list(range(1, len(run) + 1)) and (i < 0 or not lines[i].strip()):
            self.footnotes = [t for _, t in run]
            end = i + 1
        # Closing lines: a meeting line and a date line, between blank lines.
        self.closing = []
        closing_at = set()
        for j in range(1, end - 1):
            a, b = lines[j], lines[j + 1]
            if (a and b and not a.startswith("\t") and not b.startswith("\t") and not lines[j - 1].strip()
                    and (j + 2 >= end or not lines[j + 2].strip()) and re.search(r"\d", a) and YEAR.search(b)):
                self.closing.append((a, b))
                closing_at.update((j, j + 1))
        # Body units, by kind, in order.
        self.units = collections.defaultdict(list)
        for j, line in enumerate(lines[:end]):
            if j in closing_at or j == 0 or not line.strip():
                continue
            if line.startswith("\t\t\t"):
                self.units["sub3"].append(line.strip("\t"))
            elif line.startswith("\t\t"):
                self.units["sub2"].append(line.strip("\t"))
            elif m := NUMBERED.match(line):
                self.units["op"].append(line[m.end():])
            elif line.startswith("\t"):
                self.units["para"].append(line[1:])
        self.units["foot"] = self.footnotes
        self.units["close_meeting"] = [a for a, _ in self.closing]
        self.units["close_date"] = [b for _, b in self.closing]
        self.units["adoption"] = [self.adoption]
        # Labels of subparagraphs, as written.
        self.labels = {}
        for kind in ("sub2", "sub3"):
            self.labels[kind] = []
            for j, line in enumerate(lines[:end]):
                tabs = len(line) - len(line.lstrip("\t"))
                if (kind == "sub2" and tabs == 2) or (kind == "sub3" and tabs == 3):
                    m = re.match(r"^([^\t ]{1,8})[\t ]", line.strip("\t"))
                    self.labels[kind].append(m.group(1) if m else None)


def body_of(unit):
    """A subparagraph's text without its label."""
    return re.sub(r"^[^\t ]{1,8}\t", "", unit, count=1)


def load_corpus():
    symbols = sorted(p.name for p in PARALLEL.iterdir() if p.is_dir())
    corpus = {}
    for symbol in symbols:
        corpus[symbol] = {lang: Text(symbol, lang, (PARALLEL / symbol / f"{lang}.txt").read_text(encoding="utf-8"))
                          for lang in ["en"] + LANGS}
    return corpus


# ---------------------------------------------------------------------------
# Alignment: unit k of a kind in English is unit k of that kind in the other
# version, when both versions have as many units of that kind; otherwise the
# kind is left out for that text (a real difference of the published texts,
# PARITY.md) and counted as such.
# ---------------------------------------------------------------------------

KINDS = ["para", "op", "sub2", "sub3", "foot", "close_meeting", "close_date", "adoption"]


class Pair:
    __slots__ = ("symbol", "kind", "index", "en", "fx", "role", "session")

    def __init__(self, symbol, kind, index, en, fx, role, session):
        self.symbol, self.kind, self.index, self.en, self.fx, self.role, self.session = \
            symbol, kind, index, en, fx, role, session


ORGAN_LINE_EN = re.compile(r"^The (General Assembly|Security Council|Human Rights Council|Economic and Social Council)(,?)\s*$")


def align(corpus, lang, sessions=None):
    pairs, skipped = [], []
    for symbol, versions in corpus.items():
        en, fx = versions["en"], versions[lang]
        if sessions is not None and en.session not in sessions:
            continue
        for kind in KINDS:
            a, b = en.units[kind], fx.units[kind]
            if len(a) != len(b):
                skipped.append((symbol, kind, len(a), len(b)))
                continue
            # Roles of the unnumbered paragraphs: organ line, preambular
            # (after an organ line, before the next numbered paragraph or
            # closing lines) or other (annexes).
            roles = [kind] * len(a)
            if kind == "para":
                roles = para_roles(en)
            for k, (x, y) in enumerate(zip(a, b)):
                pairs.append(Pair(symbol, kind, k, x, y, roles[k], en.session))
    return pairs, skipped


def para_roles(en):
    """The role of each unnumbered paragraph of the English text, from the
    order of the lines: `organ`, `pre` (preambular) or `other`."""
    roles = []
    state = "other"
    for line in en.lines:
        if not line.strip() or line.startswith("\t\t"):
            continue
        if NUMBERED.match(line):
            state = "other"
            continue
        if line.startswith("\t"):
            if ORGAN_LINE_EN.match(line[1:]):
                roles.append("organ")
                state = "pre"
            else:
                roles.append(state)
        else:
            state = "other"
    return roles


# ---------------------------------------------------------------------------
# The English side: what the English lexicon and the English conventions
# say each aligned English unit contains.
# ---------------------------------------------------------------------------

REPEAT_WORDS = {"also": "also", "further": "further"}


class Lexicon:
    def __init__(self):
        phrases = json.loads((SHARED / "lexicon/phrases.json").read_text(encoding="utf-8"))
        self.entries = {}
        self.base = {"pre": {}, "op": {}}  # base text -> entry (without also/further)
        self.repeat_entry = {}  # (base text, repeat) -> the lexicon's own repeated entry
        for part, key in (("preambular", "pre"), ("operative", "op")):
            for e in phrases[part]:
                self.entries[e["phrase"]] = e
                words = e["phrase"].split()
                rest = [w for w in words if w.lower() not in REPEAT_WORDS]
                repeat = next((REPEAT_WORDS[w.lower()] for w in words if w.lower() in REPEAT_WORDS), None)
                base = " ".join(rest)
                base = base[:1].upper() + base[1:]
                if repeat is None:
                    self.base[key].setdefault(base, e)
                else:
                    self.repeat_entry[(base, repeat)] = e
        self.intensifiers = set(phrases["modifiers"]["intensifiers"])
        orgs = json.loads((SHARED / "lexicon/organizations.json").read_text(encoding="utf-8"))
        self.organizations = orgs["entries"]
        sessions = json.loads((SHARED / "lexicon/sessions.json").read_text(encoding="utf-8"))
        self.ordinals = {}
        for s in sessions["general_assembly"]["regular_sessions"]:
            self.ordinals[s["ordinal"].lower()] = s["session"]
        for kind in ("special_sessions", "emergency_special_sessions"):
            for s in sessions["general_assembly"][kind]:
                self.ordinals.setdefault(s["ordinal"].lower(), s["session"])


WORD = re.compile(r"[^\W\d_]+(?:[’'\-][^\W\d_]+)*")


def opening_words(text, limit=8):
    """The words that open `text`, up to the first punctuation."""
    words = []
    pos = 0
    while len(words) < limit:
        m = WORD.match(text, pos)
        if not m:
            break
        words.append(m.group(0))
        pos = m.end()
        if text[pos:pos + 1] != " ":
            break
        pos += 1
    return words


def en_opening(lexicon, text, part):
    """(base entry, repeat) of an English opening, or None: `Also requests`
    and `Requests also` are (Requests, also)."""
    words = opening_words(text)
    repeat = None
    for i, w in enumerate(words[:4]):
        if w.lower() in REPEAT_WORDS:
            repeat = REPEAT_WORDS[w.lower()]
            words = words[:i] + words[i + 1:]
            break
    if not words:
        return None
    joined = " ".join(words)
    joined = joined[:1].upper() + joined[1:]
    best = None
    for base in lexicon.base[part]:
        if (joined == base or joined.startswith(base + " ")) and (best is None or len(base) > len(best)):
            best = base
    if best is None:
        return None
    return lexicon.base[part][best], repeat


# English citations: `resolution(s)`/`decision(s)`, then a list of numbers,
# each optionally dated (the core's syntax/citation.rs, simplified).
EN_NUMBER = (r"(?:(?:ES|S)-\d{1,2}/\d{1,4}(?: [A-Z](?![\w/]))?"
             r"|\d{1,4}(?: [A-Z](?: (?:and|to) [A-Z])?)? \((?:ES-|S-)?[IVXL]+\)"
             r"|\d{1,5} \(\d{4}\)"
             r"|\d{1,4}/\d{1,4}(?: [A-Z](?![\w/]))?)")
EN_DATE = rf"(\d{{1,2}}) ({MONTH_RE}) (\d{{4}})"
EN_LEAD = re.compile(r"\b([Rr]esolution|[Dd]ecision)(s?) ")
EN_ITEM = re.compile(rf"({EN_NUMBER})(?:,? of {EN_DATE})?")
EN_SEP = re.compile(r"(?:,? and |, |,? as well as )")


def en_citations(text):
    out = []
    for lead in EN_LEAD.finditer(text):
        pos = lead.end()
        index = 0
        while (m := EN_ITEM.match(text, pos)):
            before = text[:lead.start()].rstrip()
            organ = next((o for o in ORGANS if before.endswith(o)), None)
            if organ is None and re.search(r"\b(Council|Assembly|Commission|Conference|Board)$", before):
                organ = "other"
            its = bool(re.search(r"\b(its|their)$", before))
            date = None
            if m.group(2):
                date = (int(m.group(4)), MONTHS.index(m.group(3)) + 1, int(m.group(2)))
            out.append({"kind": lead.group(1).lower(), "plural": bool(lead.group(2)), "number": m.group(1),
                        "date": date, "organ": organ, "its": its, "index": index,
                        "start": m.start(1), "end": m.end(1)})
            index += 1
            pos = m.end()
            s = EN_SEP.match(text, pos)
            if not s:
                break
            pos = s.end()
    return out


def en_dates(text):
    return [((int(m.group(3)), MONTHS.index(m.group(2)) + 1, int(m.group(1))), m.start(), m.end())
            for m in re.finditer(rf"(?<![\d/]){EN_DATE}(?!\d)", text)]


EN_REF = re.compile(r"\b(sub)?paragraphs? (\d{1,3})(?: ?\(([a-z]{1,5})\))?"
                    r"((?:(?:,? and |, | to )\d{1,3})*),? (above|below|of the present resolution)\b")


def en_references(text):
    out = []
    for m in EN_REF.finditer(text):
        numbers = [int(m.group(2))] + [int(n) for n in re.findall(r"\d{1,3}", m.group(4) or "")]
        scope = {"above": "above", "below": "below"}.get(m.group(5), "present")
        out.append({"numbers": numbers, "sub": m.group(3), "scope": scope, "plural": len(numbers) > 1})
    return out


# ---------------------------------------------------------------------------
# Openings.
# ---------------------------------------------------------------------------

HAN = re.compile(r"[\u3400-\u9fff]")


def fx_tokens(lang, text, limit=8):
    """The opening of a paragraph as tokens: words, or for Chinese (written
    without spaces) characters, up to the first punctuation or digit."""
    if lang == "zh":
        out = []
        for ch in text:
            if not HAN.match(ch) or len(out) >= limit + 2:
                break
            out.append(ch)
        return out
    return opening_words(text, limit)


def joiner(lang):
    return "" if lang == "zh" else " "


def opening_samples(lexicon, pairs, lang):
    """(part, foreign tokens, English base entry or None, repeat) for every
    aligned preambular and operative paragraph."""
    samples = []
    for p in pairs:
        if p.role not in ("pre", "op"):
            continue
        found = en_opening(lexicon, p.en, p.role)
        tokens = fx_tokens(lang, p.fx)
        if not tokens:
            continue
        samples.append((p.role, tokens, found[0]["phrase"] if found else None, found[1] if found else None))
    return samples


def learn_prefixes(firsts, lang):
    """Letters glued to the first word of an opening that are a conjunction
    (Arabic `و` in `وإذ تشير`): a letter c such that at least three
    different opening words w are written both `w` and `cw`, and `cw`
    twice as often as there are such words."""
    if lang == "zh":
        return []
    pairs = collections.defaultdict(set)
    for w in firsts:
        if len(w) > 2 and w[1:] in firsts:
            pairs[w[0]].add(w[1:])
    # A usage, not a handful of words that happen to begin alike (Arabic
    # `س`, the future, in three openings): three words at least, each seen
    # with the letter twice on average.
    out = []
    for c, ws in sorted(pairs.items()):
        count = sum(firsts[c + w] for w in ws)
        if len(ws) >= 3 and count >= 2 * len(ws):
            out.append({"text": c, "words": len(ws), "count": count})
    return out


def strip_prefix(tokens, prefixes, known_firsts):
    if tokens and prefixes:
        for p in prefixes:
            t = tokens[0]
            if t.startswith(p) and len(t) > len(p) + 1 and t[len(p):] in known_firsts:
                return [t[len(p):]] + tokens[1:], p
    return tokens, None


def assign_trie(samples, max_len, function_words):
    """The token prefixes that tell which English phrase a foreign opening
    translates. `samples` are (tokens, class, English entry); the class is
    the English entry's (part, family, strength), so that translations that
    do not tell apart phrases of one family and strength (`Souligne` for
    Stresses, Emphasizes, Underlines and Underscores) still count as one.

    Top down, from the shortest prefixes: a prefix is assigned the class of
    the strict majority of the openings it starts, leaving out those that a
    longer prefix with another strict majority claims (`Prie instamment` is
    Urges under `Prie`, Requests), if that majority rests on at least
    MIN_SUPPORT openings and differs from the class the prefix would
    inherit from a shorter assigned one. Reading an opening is then the
    longest assigned prefix it starts with."""
    node_samples = collections.defaultdict(list)
    children = collections.defaultdict(set)
    for i, (tokens, _, _) in enumerate(samples):
        for n in range(1, min(len(tokens), max_len) + 1):
            node = tuple(tokens[:n])
            node_samples[node].append(i)
            children[node[:-1]].add(node)

    def strict(idx):
        counts = collections.Counter(samples[i][1] for i in idx)
        best = max(((label, n) for label, n in counts.items() if label is not None),
                   key=lambda kv: (kv[1], str(kv[0])), default=(None, 0))
        return best[0] if best[1] * 2 > len(idx) and best[1] >= MIN_SUPPORT else None

    def exceptions(node, label):
        found, stack = [], sorted(children[node])
        while stack:
            d = stack.pop()
            m = strict(node_samples[d])
            if m is not None and m != label:
                found.append(d)
            else:
                stack.extend(sorted(children[d]))
        return found

    def continues(node, residual, label):
        """Whether two thirds of the openings of `label` under `node` go on
        with one and the same token that is part of the phrase: then the phrase
        is longer than `node` (`Se félicitant`, `إذ تشير`, `回顾`). For
        words, a token that is one of the language's function words (`le`,
        `de`, `إلى`) is not part of the phrase; Chinese, written without
        spaces, extends only where every opening goes on alike."""
        following = collections.Counter(samples[i][0][len(node)] for i in residual
                                        if samples[i][1] == label and len(samples[i][0]) > len(node))
        n_label = sum(1 for i in residual if samples[i][1] == label)
        if not following or len(node) >= max_len:
            return False
        token, n = following.most_common(1)[0]
        # Two openings going on alike may be one paragraph repeated in two
        # texts of a series: three at least.
        if n <= MIN_SUPPORT:
            return False
        if function_words is None:
            return n == n_label
        return n * 3 >= 2 * n_label and token.lower() not in function_words

    assigned = {}

    def solve(node, inherited):
        idx = node_samples[node]
        counts = collections.Counter(samples[i][1] for i in idx if samples[i][1] is not None)
        if counts:
            label = counts.most_common(1)[0][0]
            excluded = {i for d in exceptions(node, label) for i in node_samples[d]}
            residual = [i for i in idx if i not in excluded]
            found = strict(residual) if residual else None
            if found is not None and found != inherited and not continues(node, residual, found):
                assigned[node] = found
                inherited = found
        for child in sorted(children[node]):
            solve(child, inherited)

    for root in sorted(children[()]):
        solve(root, None)
    # What each kept prefix reads (longest match), and the English entry
    # most of its openings translate.
    reads = collections.defaultdict(list)
    for tokens, label, entry in samples:
        node = longest_form(tokens, assigned, max_len)
        if node is not None:
            reads[node].append((label, entry))
    out = {}
    for node, label in assigned.items():
        got = reads.get(node, [])
        right = [e for l, e in got if l == label]
        if len(right) < MIN_SUPPORT:
            continue
        entries = collections.Counter(right)
        out[node] = {"label": label, "entry": entries.most_common(1)[0][0], "entries": entries,
                     "correct": len(right), "support": len(got)}
    return out


# A word that follows at least this many different words in the openings of
# the language's paragraphs is a function word (`de`, `que`, `sa`, `إلى`,
# `في`): it begins what the verb governs rather than belonging to the verb.
# In the corpus, words that belong to an opening phrase follow at most five
# (`préoccupée`, `instamment`); articles, prepositions and possessives
# follow dozens.
GLUE_SPREAD = 8


def learn_function_words(texts_units, lang, prefixes, firsts):
    """The function words of `lang`, from the openings of all its
    paragraphs and subparagraphs (see GLUE_SPREAD). None for Chinese, whose
    openings are read character by character."""
    if lang == "zh":
        return None
    before = collections.defaultdict(set)
    for unit in texts_units:
        words, _ = strip_prefix(opening_words(unit, 6), prefixes, firsts)
        for a, b in zip(words, words[1:]):
            before[b.lower()].add(a.lower())
    return {w for w, s in before.items() if len(s) >= GLUE_SPREAD}


def longest_form(tokens, forms, max_len=6):
    for n in range(min(len(tokens), max_len), 0, -1):
        if tuple(tokens[:n]) in forms:
            return tuple(tokens[:n])
    return None


def opening_units(text):
    """Every paragraph and subparagraph of a version, as its text after the
    number or label: where openings are read."""
    return text.units["para"] + text.units["op"] + [body_of(u) for u in text.units["sub2"] + text.units["sub3"]]


def phrase_class(lexicon, phrase):
    """What a translation must keep of an English phrase: its family and
    strength where the lexicon grades it, the phrase itself otherwise (the
    families without strengths, `reference`, `emphasis`, join phrases a
    translation keeps apart: Recalling, Reaffirming)."""
    e = lexicon.entries[phrase]
    return (e["part"], e["family"], e["strength"]) if e["strength"] is not None else phrase


def learn_openings(lexicon, pairs, lang, units):
    """The openings of preambular and operative paragraphs, aligned to the
    English lexicon; the also/further adverbs; the conjunction prefixes."""
    samples = opening_samples(lexicon, pairs, lang)
    firsts = collections.Counter()
    for unit in units:
        words = fx_tokens(lang, unit)
        if words:
            firsts[words[0]] += 1
    prefixes = learn_prefixes(firsts, lang)
    prefix_texts = [p["text"] for p in prefixes]
    function_words = learn_function_words(units, lang, prefix_texts, firsts)
    max_len = 8 if lang == "zh" else 6
    forms = {}
    for part in ("pre", "op"):
        sub = []
        for p, tokens, entry, repeat in samples:
            if p == part and repeat is None:
                tokens, _ = strip_prefix(tokens, prefix_texts, firsts)
                sub.append((tokens, phrase_class(lexicon, entry) if entry else None, entry))
        forms[part] = assign_trie(sub, max_len, function_words)
    adverbs = learn_adverbs(lexicon, samples, forms, prefix_texts, firsts, lang, max_len)
    return samples, prefixes, function_words, forms, adverbs


def read_opening(tokens, part_forms, adverbs, prefix_texts, firsts, max_len):
    """How the learned data reads an opening: (form, repeat, adverb,
    adverb position) or None. The adverb of a repeated opening
    (`également`, `en outre`, `又`) may stand anywhere in the first words."""
    tokens, _ = strip_prefix(tokens, prefix_texts, firsts)
    candidates = []
    node = longest_form(tokens, part_forms, max_len)
    if node is not None:
        candidates.append((len(node), 0, node, None, None, None))
    for kind, entries in adverbs.items():
        for adverb in entries:
            a = adverb["tokens"]
            for at in range(0, min(len(tokens), 6)):
                if tuple(tokens[at:at + len(a)]) == a:
                    rest = tokens[:at] + tokens[at + len(a):]
                    n = longest_form(rest, part_forms, max_len)
                    if n is not None:
                        candidates.append((len(n) + len(a), 1, n, kind, a, at))
    if not candidates:
        return None
    _, _, node, kind, a, at = max(candidates, key=lambda c: (c[0], c[1]))
    return node, kind, a, at


def learn_adverbs(lexicon, samples, forms, prefix_texts, firsts, lang, max_len):
    """The words of `also` and `further`: in the openings of paragraphs
    whose English opening is repeated (`Also requests`, `Recalling
    further`), the one or two words that, taken out, leave a form of the
    same English phrase (`Prie également` → `Prie`; `又回顾` → `回顾`).
    An adverb is kept where most of its occurrences in openings are in
    repeated ones, at least MIN_SUPPORT times."""
    cuts = []  # per repeated opening: the cuts that leave its phrase
    for part, tokens, entry, repeat in samples:
        if repeat is None or entry is None:
            continue
        tokens, _ = strip_prefix(tokens, prefix_texts, firsts)
        want = phrase_class(lexicon, entry)
        ok = []
        for size in (1, 2):
            for at in range(0, min(len(tokens), 6)):
                cut = tuple(tokens[at:at + size])
                if len(cut) < size:
                    continue
                rest = tokens[:at] + tokens[at + size:]
                node = longest_form(rest, forms[part], max_len)
                if node is not None and forms[part][node]["label"] == want and at <= len(node):
                    ok.append(cut)
        if ok:
            cuts.append((ok, repeat, entry))
    # A two-word cut is the adverb (`en outre`) where it is as frequent as
    # its first word alone: the second word always comes with it.
    tally = collections.Counter(c for ok, _, _ in cuts for c in set(ok))
    found = collections.Counter()
    found_entries = collections.defaultdict(set)
    for ok, repeat, entry in cuts:
        best = max(ok, key=lambda c: (tally[c], -len(c)))
        longer = [c for c in ok if len(c) == 2 and c[0] == best[0] and tally[c] == tally[best]]
        chosen = longer[0] if longer else best
        found[(chosen, repeat)] += 1
        found_entries[(chosen, repeat)].add(entry)
    # How often each candidate stands in the first words of openings that
    # are not repeated in English.
    elsewhere = collections.Counter()
    for part, tokens, entry, repeat in samples:
        if repeat is not None:
            continue
        tokens, _ = strip_prefix(tokens, prefix_texts, firsts)
        for size in (1, 2):
            for at in range(0, min(len(tokens), 6)):
                elsewhere[tuple(tokens[at:at + size])] += 1
    by_tokens = collections.defaultdict(collections.Counter)
    for (cut, repeat), n in found.items():
        by_tokens[cut][repeat] += n
    phrases_of = collections.defaultdict(set)
    for (cut, repeat), entry in found_entries.items():
        phrases_of[cut].update(entry)
    adverbs = {"also": [], "further": []}
    for cut, kinds in by_tokens.items():
        kind, n = kinds.most_common(1)[0]
        total = sum(kinds.values())
        # An adverb goes with any verb: it must be seen with two phrases.
        if n < MIN_SUPPORT or n * 2 <= total + elsewhere[cut] or len(phrases_of[cut]) < 2:
            continue
        adverbs[kind].append({"tokens": cut, "text": joiner(lang).join(cut), "count": n,
                              "other_repeat": total - n, "unrepeated": elsewhere[cut]})
    for kind in adverbs:
        adverbs[kind].sort(key=lambda a: (-a["count"], a["text"]))
    return adverbs


# ---------------------------------------------------------------------------
# Dates: month names and the order of day, month and year, from the dates of
# the English version (`17 May 2013`) found again, by their day and year
# numbers, in the aligned unit.
# ---------------------------------------------------------------------------

def date_occurrences(pairs, lang):
    """For each English date of an aligned unit, its span in the foreign
    unit: the nearest day number within 30 characters of the year, the two
    with no other number between them except, for Chinese, the month's."""
    out = []
    for p in pairs:
        dates = en_dates(p.en)
        if not dates:
            continue
        taken = set()
        for (y, m, d), _, _ in dates:
            best = None
            # A footnote marker may be glued to the year (`20161` is 2016
            # and footnote 1).
            for ym in re.finditer(rf"(?<!\d){y}(?=\d{{0,2}}(?!\d))", p.fx):
                for dm in re.finditer(rf"(?<![\d/]){d}(?!\d)", p.fx):
                    if dm.start() in taken or abs(dm.start() - ym.start()) > 40:
                        continue
                    a, b = (dm, ym) if dm.start() < ym.start() else (ym, dm)
                    between = p.fx[a.end():b.start()]
                    numbers = re.findall(r"\d+", between)
                    if numbers and (lang != "zh" or numbers != [str(m)]):
                        continue
                    if "\n" in between or any(c in between for c in ",;،؛，；。"):
                        continue
                    dist = b.start() - a.end()
                    if best is None or dist < best[0]:
                        best = (dist, dm, ym)
            if best is None:
                continue
            _, dm, ym = best
            taken.add(dm.start())
            out.append({"date": (y, m, d), "text": p.fx, "day": (dm.start(), dm.end()),
                        "year": (ym.start(), ym.end()), "pair": p})
    return out


def learn_dates(pairs, lang):
    occurrences = date_occurrences(pairs, lang)
    day_first = sum(o["day"][0] < o["year"][0] for o in occurrences) * 2 > len(occurrences)
    # The text between the two numbers, and right after the last one.
    middles = []
    day_suffix = collections.defaultdict(collections.Counter)
    for o in occurrences:
        text = o["text"]
        (ds, de), (ys, ye) = o["day"], o["year"]
        if (ds < ys) != day_first:
            continue
        suffix = re.match(r"[^\W\d_]{1,3}(?=\s)", text[de:]) if day_first else None
        if suffix and lang != "zh":
            day_suffix[o["date"][2]][suffix.group(0)] += 1
            de += suffix.end()
        middle = text[de:ys] if day_first else text[ye:ds]
        middles.append((o, middle))
    # The glue around the month: the commonest prefix and suffix (up to a
    # space, or for Chinese the month's number) shared by the middles.
    def split(middle, m):
        if lang == "zh":
            k = middle.find(str(m))
            return (middle[:k], str(m), middle[k + len(str(m)):]) if k >= 0 else None
        return None

    patterns = collections.Counter()
    if lang == "zh":
        for o, middle in middles:
            parts = split(middle, o["date"][1])
            if parts:
                patterns[(parts[0], parts[2])] += 1
    else:
        candidates = collections.Counter()
        for _, middle in middles:
            pre = [middle[:i + 1] for i, c in enumerate(middle) if c == " "]
            post = [middle[i:] for i, c in enumerate(middle) if c == " "]
            for a in pre:
                for b in post:
                    if len(a) + len(b) < len(middle):
                        candidates[(a, b)] += 1
        # The longest glue that fits all the middles but a few slips
        # (PARITY.md: `20 de diciembre 2017`): at least 95% of them.
        most = max(candidates.values())
        best = max((pair for pair, n in candidates.items() if n >= 0.95 * most),
                   key=lambda pair: (len(pair[0]) + len(pair[1]), candidates[pair]))
        patterns[best] = candidates[best]
    glue = max(patterns, key=patterns.get)
    months = collections.defaultdict(collections.Counter)
    variants = collections.Counter()
    for o, middle in middles:
        a, b = glue
        if lang == "zh":
            if middle == a + str(o["date"][1]) + b:
                variants[(a, b)] += 1
            continue
        if middle.startswith(a) and middle.endswith(b) and len(middle) > len(a) + len(b):
            months[o["date"][1]][middle[len(a):len(middle) - len(b)]] += 1
            variants[(a, b)] += 1
        else:
            variants[("?", middle)] += 1
    # What follows the last number: a word or character that always does
    # (Russian `года`, Chinese `日`).
    after = collections.Counter()
    for o in occurrences:
        end = max(o["day"][1], o["year"][1])
        m = re.match(r"[\u3400-\u9fff]" if lang == "zh" else r"\s?[^\W\d_]+", o["text"][end:])
        after[m.group(0) if m else ""] += 1
    tail, n_tail = after.most_common(1)[0]
    if n_tail * 2 <= len(occurrences):
        tail = ""
    return {"occurrences": occurrences, "day_first": day_first, "glue": glue, "months": months,
            "variants": variants, "tail": tail, "tail_count": n_tail, "day_suffix": day_suffix}


def date_data(learned, lang):
    """The `dates` section of a language file."""
    a, b = learned["glue"]
    if lang == "zh":
        template = "{year}" + a + "{month}" + b + "{day}" + learned["tail"]
        months = []
    else:
        template = "{day}" + a + "{month}" + b + "{year}" + learned["tail"]
        months = []
        owner = collections.defaultdict(collections.Counter)
        for m, forms in learned["months"].items():
            for form, n in forms.items():
                owner[form][m] += n
        for m in range(1, 13):
            forms = []
            for form, n in learned["months"][m].most_common():
                # A form seen once, or mostly under another month, is a slip
                # or a misalignment.
                if n >= MIN_SUPPORT and owner[form].most_common(1)[0][0] == m:
                    forms.append({"text": form, "count": n})
            months.append({"month": m, "english": MONTHS[m - 1], "forms": forms})
    day_forms = []
    for d, suffixes in sorted(learned["day_suffix"].items()):
        suffix, n = suffixes.most_common(1)[0]
        plain = sum(1 for o in learned["occurrences"] if o["date"][2] == d) - sum(suffixes.values())
        if n >= MIN_SUPPORT and n > plain:
            day_forms.append({"day": d, "text": f"{d}{suffix}", "count": n, "plain": plain})
    found = len(learned["occurrences"])
    fits = sum(n for k, n in learned["variants"].items() if k[0] != "?")
    return {"template": template, "month_numeric": lang == "zh", "months": months, "day_forms": day_forms,
            "aligned": found, "template_fits": fits,
            "tail_count": learned["tail_count"] if learned["tail"] else 0}


def date_regex(dates):
    """A regular expression for the dates a language file describes, with
    groups day, month (name or number) and year."""
    month_names = sorted((f["text"] for m in dates["months"] for f in m["forms"]), key=len, reverse=True)
    month = r"(?P<month>\d{1,2})" if dates["month_numeric"] else \
        "(?P<month>" + "|".join(re.escape(m) for m in month_names) + ")"
    day = r"(?P<day>\d{1,2})" + ("(?:" + "|".join(re.escape(f["text"][len(str(f["day"])):]) for f in dates["day_forms"]) + ")?"
                                  if dates["day_forms"] else "")
    parts = re.split(r"(\{day\}|\{month\}|\{year\})", dates["template"])
    out = []
    for part in parts:
        out.append({"{day}": day, "{month}": month, "{year}": r"(?P<year>\d{4})"}.get(part, re.escape(part)))
    return re.compile("(?<![\\d/])" + "".join(out))


def find_dates(dates, text, regex=None):
    """The dates of `text`; with the learned ranges written in full first
    (Chinese `2021年6月8日至10日`), the second date too."""
    regex = regex or date_regex(dates)
    names = {f["text"]: m["month"] for m in dates["months"] for f in m["forms"]}
    ranges = []
    for r in dates.get("ranges", []):
        if r["written_in_full"] == "first" and r["template"].startswith("{date}"):
            tail = re.escape(r["template"][len("{date}"):])
            tail = tail.replace(r"\{month\}", r"(?P<m2>\d{1,2})").replace(r"\{day\}", r"(?P<d2>\d{1,2})")
            ranges.append(re.compile(tail))
    out = []
    for m in regex.finditer(text):
        month = int(m.group("month")) if dates["month_numeric"] else names[m.group("month")]
        year = int(m.group("year"))
        out.append(((year, month, int(m.group("day"))), m.start(), m.end()))
        for r in ranges:
            g = r.match(text, m.end())
            if g:
                m2 = int(g.group("m2")) if "m2" in g.groupdict() and g.group("m2") else month
                out.append(((year, m2, int(g.group("d2"))), m.end(), g.end()))
                break
    return out


EN_RANGE = re.compile(rf"(?<![\d/])(\d{{1,2}})(?: ({MONTH_RE}))? (to|and|-|–) (\d{{1,2}}) ({MONTH_RE}) (\d{{4}})")


def learn_ranges(pairs, dates, lang):
    """How a language writes `8 to 10 June 2021` and `15 and 16 January 2013`,
    where English writes the month and year once: which of the two dates is
    written in full (Chinese writes the first, `2021年6月8日至10日`), and the
    words between them (`au`, `至`, `и`)."""
    regex = date_regex(dates)
    found = collections.Counter()
    for p in pairs:
        for m in EN_RANGE.finditer(p.en):
            y = int(m.group(6))
            m2 = MONTHS.index(m.group(5)) + 1
            m1 = MONTHS.index(m.group(2)) + 1 if m.group(2) else m2
            d1, d2 = int(m.group(1)), int(m.group(4))
            kind = "to" if m.group(3) in ("to", "-", "–") else "and"
            for date, start, end in find_dates(dates, p.fx, regex):
                if date == (y, m1, d1):
                    # The second date follows, in part: `至10日`, `至12月31日`.
                    rest = p.fx[end:end + 12]
                    g = re.match(rf"(\D{{1,6}}?)(?:({m2})(\D{{1,3}}?))?({d2})(?!\d)(\D?)", rest)
                    if g and not re.search(r"\d", g.group(1)):
                        month = bool(g.group(2)) and m1 != m2 or (bool(g.group(2)) and lang == "zh")
                        after = g.group(5) if lang == "zh" else ""
                        template = "{date}" + g.group(1) + ("{month}" + g.group(3) if g.group(2) else "") + "{day}" + after
                        found[("first", kind, template)] += 1
                elif date == (y, m2, d2):
                    before = p.fx[max(0, start - 12):start]
                    g = re.search(rf"(?<!\d)({d1})(\D{{1,6}})$", before)
                    if g and m1 == m2:
                        found[("last", kind, "{day}" + g.group(2) + "{date}")] += 1
    return [{"written_in_full": side, "english": kind, "template": template, "count": n}
            for (side, kind, template), n in sorted(found.items(), key=lambda kv: -kv[1]) if n >= MIN_SUPPORT]


# ---------------------------------------------------------------------------
# Citations: the number of each English citation found again in the aligned
# unit; what stands around it is how the language cites.
# ---------------------------------------------------------------------------

def number_core(number):
    """The digits that every version writes alike: `67/264` of `ES-10/15 A`
    is `10/15`; of `217 A (III)` and `1624 (2005)`, the first number."""
    m = re.match(r"(?:(?:ES|S)-)?(\d{1,4}/\d{1,4})", number)
    if m:
        return m.group(1)
    return re.match(r"\d{1,5}", number).group(0)


def find_number(fx, en_citation, taken):
    """The span of an English citation's number in the foreign unit: its
    digits, with a session prefix glued before (`ES-`, `دإط-`) and the part
    letters or the bracketed session or year after (`ألف (د-3)`, `(2016)`).
    A footnote marker may be glued after the digits (`74/553` is 74/55 and
    footnote 3), as in the plain-text exports."""
    core = number_core(en_citation["number"])
    slash = "/" in core
    pattern = (rf"(?<![\d/])({re.escape(core)})(?=\d{{0,2}}(?![\d/]))" if slash
               else rf"(?<![\d/.,]){re.escape(core)}(?![\d/])")
    for m in re.finditer(pattern, fx):
        if m.start() in taken:
            continue
        start, end = m.start(), m.end()
        prefix = re.search(r"([A-Za-z\u0600-\u06ff]{1,4}-)$", fx[:start])
        if prefix:
            start = prefix.start()
        tail = ""
        english_tail = en_citation["number"][len(en_citation["number"].split(core, 1)[0]) + len(core):]
        if english_tail:
            letter = r"(?:[A-ZА-Я]|[\u0621-\u064a]{2,4})(?![A-Za-zА-Яа-я\u0621-\u064a])"
            t = re.match(rf"(?: ?{letter}(?:(?:,| \S{{1,3}}) {letter})*)?(?: ?\([^()]{{1,8}}\))?", fx[end:])
            tail = t.group(0) if t else ""
        return {"start": start, "end": end + len(tail), "digits": (m.start(), m.end()),
                "prefix": fx[start:m.start()], "tail": tail}
    return None


def citation_occurrences(pairs, dates):
    regex = date_regex(dates)
    out = []
    for p in pairs:
        cits = en_citations(p.en)
        if not cits:
            continue
        fx_dates = find_dates(dates, p.fx, regex)
        taken = set()
        found = []
        for c in cits:
            span = find_number(p.fx, c, taken)
            if span is None:
                found.append(None)
                continue
            taken.add(span["digits"][0])
            date = None
            if c["date"]:
                near = [d for d in fx_dates if d[0] == c["date"]]
                if near:
                    date = min(near, key=lambda d: min(abs(d[1] - span["end"]), abs(span["start"] - d[2])))
            found.append({"en": c, "span": span, "date": date, "pair": p})
        out.append((p, cits, found))
    return out


ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_value(text):
    total = 0
    for i, ch in enumerate(text):
        v = ROMAN_VALUES[ch]
        total += -v if i + 1 < len(text) and ROMAN_VALUES[text[i + 1]] > v else v
    return total


def ranked(counter, minimum=MIN_SUPPORT):
    return [{"text": t, "count": n} for t, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])) if n >= minimum]


def learn_citations(pairs, dates, lang):
    occurrences = citation_occurrences(pairs, dates)
    lead_before = collections.defaultdict(collections.Counter)  # word -> (kind, plural, its) counts
    second = collections.defaultdict(collections.Counter)       # word before the lead word -> its
    second_of = collections.defaultdict(list)                   # lead word -> (word before it, its)
    after_word = collections.defaultdict(collections.Counter)   # zh: what follows the number
    before_number = collections.Counter()
    date_links = collections.Counter()
    date_side = collections.Counter()
    separators = collections.Counter()
    prefixes = collections.defaultdict(collections.Counter)
    letters = collections.defaultdict(collections.Counter)
    old_sessions = collections.defaultdict(collections.Counter)
    year_style = collections.Counter()
    found = total = 0
    for p, cits, spans in occurrences:
        previous_end = None
        for c, f in zip(cits, spans):
            total += 1
            if f is None:
                previous_end = None
                continue
            found += 1
            fx, sp = p.fx, f["span"]
            # Number forms.
            m = re.match(r"(ES|S)-", c["number"])
            if m:
                prefixes[m.group(0)][sp["prefix"]] += 1
            part = re.match(r"\d[\d/]* ([A-Z])(?![\w])", c["number"])
            if part:
                t = re.match(r" ?(\S+)", sp["tail"])
                if t:
                    letters[part.group(1)][t.group(1).rstrip(")(")] += 1
            roman = re.search(r"\(((?:ES-|S-)?)([IVXL]+)\)$", c["number"])
            if roman:
                t = re.search(r"\(([^()]*)\)$", sp["tail"])
                if t:
                    value = str(roman_value(roman.group(2)))
                    written = t.group(1).replace(roman.group(2), "{roman}")
                    written = re.sub(rf"(?<!\d){value}(?!\d)", "{n}", written)
                    old_sessions[roman.group(1) or "regular"][written] += 1
            year = re.search(r"\((\d{4})\)$", c["number"])
            if year:
                t = re.search(r"( ?)\(\d{4}\)$", sp["tail"])
                if t:
                    year_style["{number}" + t.group(1) + "({year})"] += 1
            # The date: after the number (`du`, `, de`, `от`, `المؤرخ`) or,
            # in Chinese, before it.
            end = sp["end"]
            start = sp["start"]
            if f["date"]:
                _, ds, de = f["date"]
                if ds >= end and ds - end <= 20:
                    date_links[fx[end:ds]] += 1
                    date_side["after"] += 1
                    end = de
                elif de <= start and start - de <= 6:
                    date_links[fx[de:start]] += 1
                    date_side["before"] += 1
                    start = ds
            # What comes between two items of a list.
            if c["index"] > 0 and previous_end is not None and 0 < start - previous_end <= 12:
                separators[fx[previous_end:start]] += 1
            previous_end = end
            # The citation word: before the first number, or (Chinese)
            # after the list.
            if lang == "zh":
                before_number[fx[max(0, sp["start"] - 1):sp["start"]] if not f["date"] else fx[max(0, sp["start"] - 1):sp["start"]]] += 1
                after = re.match(r"[^\W\d_A-Za-z]{1,3}", fx[sp["end"]:])
                if after:
                    after_word[after.group(0)][(c["kind"], c["plural"], c["its"])] += 1
                if c["index"] == 0:
                    window = fx[max(0, start - 8):start]
                    second["其" if "其" in window else ""][c["its"]] += 1
            elif c["index"] == 0 and not c["organ"]:
                words = WORD.findall(fx[max(0, start - 60):start])
                tail_text = fx[max(0, start - 60):start]
                if words and tail_text.rstrip().endswith(words[-1]):
                    lead_before[words[-1]][(c["kind"], c["plural"], c["its"])] += 1
                    if len(words) > 1:
                        second_of[words[-1]].append((words[-2].lower(), c["its"]))
    # A word before the citation word says `its` (`sa résolution`,
    # `свою резолюцию`) if, after the same citation words, English says
    # `its` far more often with it than without it: not so for the
    # prepositions before Arabic `قرارها`, where the citation word itself
    # says `its`.
    rate = collections.defaultdict(list)
    for seconds in second_of.values():
        for w, i in seconds:
            rate[w].append(i)
    candidates = {w for w, its in rate.items() if len(its) >= MIN_SUPPORT and sum(its) >= 0.9 * len(its)}
    for word in candidates:
        with_word = rate[word]
        without = [i for seconds in second_of.values() if any(w == word for w, _ in seconds)
                   for w, i in seconds if w not in candidates]
        a = sum(with_word) / len(with_word)
        b = sum(without) / len(without) if without else 0.0
        if a - b >= 0.5:
            for i in with_word:
                second[word][i] += 1
    return {"found": found, "total": total, "lead_before": lead_before, "second": second,
            "after_word": after_word, "before_number": before_number, "date_links": date_links,
            "date_side": date_side, "separators": separators, "prefixes": prefixes, "letters": letters,
            "old_sessions": old_sessions, "year_style": year_style, "occurrences": occurrences}


def derived_word(text, kind, plural, its, source):
    """A citation word derived from the learned ones (count 0), marked with
    what it comes from."""
    return {"text": text, "kind": kind, "count": 0, "plural_share": 1.0 if plural else 0.0,
            "its_share": round(its, 3), "derived_from": source}


def derived_words(words, lang):
    """The citation words of `lang` the corpus aligns too few of to learn,
    derived from the learned `words` by the language's grammar."""
    if lang == "ru":
        return russian_case_forms(words)
    if lang == "ar":
        return arabic_noun_forms(words)
    if lang in ("fr", "es"):
        return romance_number_forms(words, lang)
    return []


# Russian declines the nouns of its citation words, `резолюция` (-ия) and
# `решение` (-ие), in six cases and two numbers, the plural of both alike; a
# text cites in any of them (`в соответствии с резолюциями 5/2, 5/7 и 5/8`,
# `решениям 15/6`), more than a corpus of sixty texts aligns twice. The
# endings after the stem (`резолюц-`, `решен-`) of either declension, the
# feminine's told by its instrumental (`резолюцией`), the neuter's by its
# nominative or instrumental (`решение`, `решением`); a stem seen in neither
# gets both.
RUSSIAN_IA_IE_ENDINGS = ("ия", "ии", "ию", "ией", "ий", "иям", "иями", "иях", "ие", "ием")
RUSSIAN_FEMININE_ONLY = ("ией",)
RUSSIAN_NEUTER_ONLY = ("ие", "ием")
RUSSIAN_PLURAL_ENDINGS = ("ий", "иям", "иями", "иях")


def russian_case_forms(words):
    """The forms of the Russian citation words learned (`words`) in the
    cases and numbers the corpus does not align, derived from their stems:
    count 0, `its` as often as the learned forms of the stem say it, each
    marked with the stem it comes from."""
    stems = collections.defaultdict(list)
    for w in words:
        ending = max((e for e in RUSSIAN_IA_IE_ENDINGS if w["text"].endswith(e)), key=len, default=None)
        if ending and len(w["text"]) > len(ending) + 2:
            stems[(w["text"][: -len(ending)], w["kind"])].append(w)
    known = {w["text"] for w in words}
    derived = []
    for (stem, kind), learned in sorted(stems.items()):
        n = sum(w["count"] for w in learned)
        its = sum(w["its_share"] * w["count"] for w in learned) / n
        # (The gender told by the stem's forms in either case of its first
        # letter: `Резолюция` is feminine as `резолюцией` is.)
        seen = {w["text"][len(other):] for (other, k), ws in stems.items() if other.lower() == stem.lower()
                and k == kind for w in ws}
        feminine, neuter = seen & set(RUSSIAN_FEMININE_ONLY), seen & set(RUSSIAN_NEUTER_ONLY)
        for ending in RUSSIAN_IA_IE_ENDINGS:
            form = stem + ending
            if (feminine and ending in RUSSIAN_NEUTER_ONLY) or (neuter and ending in RUSSIAN_FEMININE_ONLY):
                continue
            if form not in known:
                known.add(form)
                derived.append(derived_word(form, kind, ending in RUSSIAN_PLURAL_ENDINGS, its, stem))
    return derived


# Arabic writes the noun of a citation word (`قرار` resolution, `مقرر`
# decision) with the article, the plural `ات`, the dual construct `ي` and the
# possessive `ها`/`ه` (its), alone or together (`قراراتها`, `قراريها`), and
# a clitic before it (`ب`, `ل`: the `clitics`, read by the core). Sixty texts
# align some of these forms once or twice (`قرارات مجلس حقوق الإنسان 18/6`,
# three times, all in one session): the others are derived from the stems
# of the learned forms. A possessive says `its`; a form without the article
# or a possessive stands before an organ's name (`قرارات الجمعية العامة`).
ARABIC_ARTICLE_PREFIXES = ("وال", "بال", "لل", "ال")
ARABIC_CLITIC_PREFIXES = ("و", "ب", "ل")
ARABIC_SUFFIXES = ("اتها", "يها", "ها", "ات", "ي", "ه")
ARABIC_POSSESSIVE_SUFFIXES = ("اتها", "يها", "ها", "ه")
ARABIC_PLURAL_SUFFIXES = ("اتها", "يها", "ات", "ي")


def arabic_noun_forms(words):
    """The forms of the Arabic citation nouns the corpus does not align,
    derived from the stems that two learned forms or more share: count 0,
    `its` for a possessive, `before_organ` for a form in the construct
    state, each marked with the stem it comes from."""
    def stem_of(word):
        for prefix in ARABIC_ARTICLE_PREFIXES + ARABIC_CLITIC_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 3:
                word = word[len(prefix):]
                break
        for suffix in ARABIC_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                return word[: -len(suffix)]
        return word
    stems = collections.defaultdict(list)
    for w in words:
        stems[stem_of(w["text"])].append(w)
    known = {w["text"] for w in words}
    derived = []
    for stem, learned in sorted(stems.items()):
        if len(learned) < 2:
            continue
        kind = collections.Counter(w["kind"] for w in learned).most_common(1)[0][0]
        for suffix in ("",) + ARABIC_SUFFIXES:
            for article in ("", "ال"):
                # (The article goes with the singular and the plural alone.)
                if article and suffix not in ("", "ات"):
                    continue
                form = article + stem + suffix
                if form in known:
                    continue
                known.add(form)
                entry = derived_word(form, kind, suffix in ARABIC_PLURAL_SUFFIXES,
                                     1.0 if suffix in ARABIC_POSSESSIVE_SUFFIXES else 0.0, stem)
                if not article and suffix not in ARABIC_POSSESSIVE_SUFFIXES:
                    entry["before_organ"] = True
                derived.append(entry)
    return derived


def romance_number_forms(words, lang):
    """The French and Spanish citation words in the number the corpus does
    not align, from the other (`décision` → `décisions`, Spanish `decisión`
    → `decisiones`; A/RES/80/140 cites `décisions 15/6, 16/31 et 16/32`,
    the plural seen in that session's texts alone): count 0, `its` as the
    form it comes from, marked with it."""
    def other_number(word):
        if lang == "fr":
            return word[:-1] if word.endswith("s") else word + "s"
        if word.endswith("ones"):
            return word[:-4] + "ón"
        if word.endswith("ón"):
            return word[:-2] + "ones"
        return None
    known = {w["text"] for w in words}
    derived = []
    for w in list(words):
        form = other_number(w["text"])
        if form and form not in known:
            known.add(form)
            plural = lang == "fr" and form.endswith("s") or form.endswith("ones")
            derived.append(derived_word(form, w["kind"], plural, w["its_share"], w["text"]))
    return derived


# Chinese joins the last item of a list with 和 or 及 alike (`第77/256 A和B号`,
# `第77/257号及2024年12月24日第79/252 A和B号决议`); the corpus holds too few of
# the second to learn it.
CHINESE_ANDS = ("和", "及")


def chinese_and_forms(separators, seen):
    """Each separator of a Chinese list written with one `and` of
    `CHINESE_ANDS`, with the others, where it is not learned: counted as
    seen, marked with the separator it comes from."""
    known = {s["text"] for s in separators}
    derived = []
    for s in separators:
        for a in CHINESE_ANDS:
            if a not in s["text"]:
                continue
            for b in CHINESE_ANDS:
                form = s["text"].replace(a, b)
                if form not in known:
                    known.add(form)
                    derived.append({"text": form, "count": seen.get(form, 0), "derived_from": s["text"]})
    return derived


# The parts of a resolution are lettered A, B, C …; UN Arabic letters them in
# the order of the abjad (ألف, باء, جيم, دال, هاء, واو, …: S, the nineteenth,
# is قاف), Russian in Latin letters or the Cyrillic letters that look alike
# (`Е`, `Н`, `М`). A text letters parts the corpus has not seen (A/RES/78/25
# cites twenty-eight resolutions lettered up to M and S, some once in the
# corpus): the letters are derived from the alphabet, where every letter the
# corpus aligns agrees with it.
ARABIC_ABJAD_LETTERS = ("ألف باء جيم دال هاء واو زاي حاء طاء ياء كاف لام ميم نون سين عين فاء صاد قاف راء شين تاء ثاء "
                        "خاء ذال ضاد").split()
CYRILLIC_LOOK_ALIKES = {"A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р",
                        "T": "Т", "X": "Х"}


def derived_part_letters(letters, lang):
    """The part letters of `lang` the corpus does not align (`letters`:
    those it does), from the alphabet: count 0, marked `derived`; none
    where an aligned letter disagrees with the alphabet."""
    latin = [chr(c) for c in range(ord("A"), ord("Z") + 1)]
    if lang == "ar":
        written = {english: [name] for english, name in zip(latin, ARABIC_ABJAD_LETTERS)}
    elif lang == "ru":
        written = {english: [english] + ([CYRILLIC_LOOK_ALIKES[english]] if english in CYRILLIC_LOOK_ALIKES else [])
                   for english in latin}
    else:
        return []
    if any(l["text"] not in written.get(l["english"], []) for l in letters):
        return []
    # (The Latin letters themselves are read in every language.)
    known = {(l["english"], l["text"]) for l in letters}
    return [{"english": english, "text": text, "count": 0, "derived": True}
            for english in latin for text in written[english] if (english, text) not in known and text != english]


def citation_data(learned, pairs, lang):
    """The `citations` section of a language file."""
    kind_words = {"resolution": re.compile(r"\b[Rr]esolutions?\b"), "decision": re.compile(r"\b[Dd]ecisions?\b")}
    words = []
    if lang == "zh":
        # `第67/264号决议`: the number between a prefix and a suffix, the
        # citation word after the list.
        prefix = max(learned["before_number"].items(), key=lambda kv: kv[1])[0]
        firsts = collections.Counter()
        for after, kinds in learned["after_word"].items():
            firsts[after[:1]] += sum(kinds.values())
        suffix = firsts.most_common(1)[0][0]
        separators = {s["text"] for s in ranked(learned["separators"])}
        by_word = collections.defaultdict(collections.Counter)
        for after, kinds in learned["after_word"].items():
            if after.startswith(suffix) and len(after) > len(suffix):
                word = after[len(suffix):]
                if not any(word.startswith(s.lstrip(suffix)) for s in separators if s.lstrip(suffix)):
                    by_word[word].update(kinds)
        number = {"prefix": prefix, "prefix_count": learned["before_number"][prefix],
                  "suffix": suffix, "suffix_count": firsts[suffix]}
        position = "after_list"
        for word, kinds in sorted(by_word.items(), key=lambda kv: -sum(kv[1].values())):
            n = sum(kinds.values())
            if n < MIN_SUPPORT:
                continue
            kind = collections.Counter({k: v for (k, _, _), v in kinds.items()}).most_common(1)[0][0]
            plural = sum(v for (_, pl, _), v in kinds.items() if pl)
            its = sum(v for (_, _, i), v in kinds.items() if i)
            words.append({"text": word, "kind": kind, "count": n, "plural_share": round(plural / n, 3),
                          "its_share": round(its / n, 3)})
    else:
        number = None
        position = "before_number"
        # A citation word is aligned with `resolution(s)` or `decision(s)`:
        # most units that contain it say one of them in English.
        for word, kinds in sorted(learned["lead_before"].items(), key=lambda kv: -sum(kv[1].values())):
            n = sum(kinds.values())
            if n < MIN_SUPPORT:
                continue
            kind = collections.Counter({k: v for (k, _, _), v in kinds.items()}).most_common(1)[0][0]
            with_word = [p for p in pairs if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", p.fx)]
            agree = sum(1 for p in with_word if kind_words[kind].search(p.en))
            if agree * 2 <= len(with_word):
                continue
            plural = sum(v for (_, pl, _), v in kinds.items() if pl)
            its = sum(v for (_, _, i), v in kinds.items() if i)
            words.append({"text": word, "kind": kind, "count": n, "plural_share": round(plural / n, 3),
                          "its_share": round(its / n, 3), "aligned_with_english_word": round(agree / len(with_word), 3)})
    # Possessives before the citation word (`sa`, `sus`, `своей`, `其`): a
    # word there mostly when English says `its`.
    its_words = []
    for word, counts in sorted(learned["second"].items(), key=lambda kv: -sum(kv[1].values())):
        n = sum(counts.values())
        if word and n >= MIN_SUPPORT and counts[True] * 2 > n:
            its_words.append({"text": word, "count": n, "its_share": round(counts[True] / n, 3)})
    side = learned["date_side"].most_common(1)[0][0] if learned["date_side"] else "after"
    forms = {}
    for english, counter in learned["prefixes"].items():
        text, n = counter.most_common(1)[0]
        forms.setdefault("session_prefixes", []).append({"english": english, "text": text, "count": n})
    letters = []
    for english, counter in sorted(learned["letters"].items()):
        text, n = counter.most_common(1)[0]
        letters.append({"english": english, "text": text, "count": n})
    old = []
    for kind, counter in sorted(learned["old_sessions"].items()):
        text, n = counter.most_common(1)[0]
        old.append({"session": kind, "template": "(" + text + ")", "count": n})
    year_style, n_year = learned["year_style"].most_common(1)[0] if learned["year_style"] else ("{number} ({year})", 0)
    letters += derived_part_letters(letters, lang)
    separators = ranked(learned["separators"])
    if lang == "zh":
        separators += chinese_and_forms(separators, learned["separators"])
    return {
        "found": learned["found"], "english": learned["total"],
        "word_position": position,
        "words": words,
        "its_words": its_words,
        "number": number,
        "date_position": side,
        "date_links": ranked(learned["date_links"]),
        "separators": separators,
        "session_prefixes": forms.get("session_prefixes", []),
        "part_letters": letters,
        "old_sessions": old,
        "council_year": {"template": year_style, "count": n_year},
    }


def citation_regex(cit, dates, organ_names=()):
    """A regular expression for a list of citations as a language file
    describes it; the numbers are read from the match by `citation_keys`."""
    date = date_regex(dates).pattern.replace("(?P<day>", "(?:").replace("(?P<month>", "(?:").replace("(?P<year>", "(?:")
    letters = sorted({l["text"] for l in cit["part_letters"]} | set("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), key=len, reverse=True)
    letter = "(?:" + "|".join(re.escape(l) for l in letters) + r")(?![A-Za-zА-Яа-яЁё\u0621-\u064a])"
    prefixes = sorted({p["text"] for p in cit["session_prefixes"]} | {"ES-", "S-"}, key=len, reverse=True)
    prefix = "(?:" + "|".join(re.escape(p) for p in prefixes) + ")"
    old = [r"(?:ES-|S-)?[IVXL]+"]
    for o in cit["old_sessions"]:
        t = re.escape(o["template"][1:-1]).replace(r"\{n\}", r"\d{1,2}").replace(r"\{roman\}", r"[IVXL]+")
        old.append(t)
    number = (rf"(?:{prefix}?\d{{1,4}}/\d{{1,4}}(?: ?{letter}(?:(?:,| \S{{1,3}}) {letter})*)?"
              rf"|\d{{1,4}}(?: {letter}(?: \S{{1,3}} {letter})?)? ?\((?:{'|'.join(old)})\)"
              rf"|\d{{1,5}} ?\(\d{{4}}\))")
    links = "|".join(re.escape(l["text"]) for l in cit["date_links"])
    seps = sorted({s["text"] for s in cit["separators"]}, key=len, reverse=True)
    if cit["number"]:
        # Chinese: [date]第number号, separators, then the citation word.
        pre, suf = re.escape(cit["number"]["prefix"]), re.escape(cit["number"]["suffix"])
        seps = sorted({s.strip(cit["number"]["prefix"] + cit["number"]["suffix"]) for s in seps} - {""}, key=len, reverse=True)
        sep = "(?:" + "|".join(re.escape(s) for s in seps) + ")"
        item = rf"(?:{date})?{pre}?{number}{suf}?"
        words = "|".join(re.escape(w["text"]) for w in cit["words"])
        return re.compile(rf"{item}(?:{sep}{item})*(?:{words})")
    words = sorted((w["text"] for w in cit["words"]), key=len, reverse=True)
    alternatives = set()
    for w in words:
        alternatives.add(re.escape(w))
        alternatives.add(re.escape(w[:1].upper() + w[1:]))
        alternatives.add(re.escape(w[:1].lower() + w[1:]))
    clitics = "".join(re.escape(c) for c in cit.get("clitics", []))
    lead = ("(?<!\\w)" + (f"[{clitics}]?" if clitics else "") + "(?:"
            + "|".join(sorted(alternatives, key=len, reverse=True)) + ")")
    # The organ between the citation word and the number (Arabic `قرار
    # مجلس الأمن 2334 (2016)`, Spanish `resoluciones del Consejo de Derechos
    # Humanos 27/13`).
    between = [o for o in cit.get("organ_positions", []) if o["position"] == "between"]
    if between and organ_names:
        names = "|".join(re.escape(n) for n in sorted(organ_names, key=len, reverse=True))
        # The words that join an organ to a citation, wherever it stands
        # (`del`, `de la`), may join it before the number too.
        connectors = "|".join(sorted({re.escape(o["connector"].strip(" ,")).join("  ") if o["connector"].strip(" ,")
                                      else " " for o in cit["organ_positions"]}, key=len, reverse=True))
        lead += rf"(?:(?:{connectors})(?:{names}))?"
    lead += " "
    sep = "(?:" + "|".join(re.escape(s) for s in seps) + ")"
    # A date the learned forms do not read (a slip: `20 de diciembre 2017`,
    # `29 تشرين الثاني نوفمبر 2001`) still ends where a year does, so that the
    # list goes on.
    slip = r"\d{1,2}[^\d;،؛:\n]{2,30}?\d{4}"
    item = rf"{number}(?:(?:{links})(?:{date}|{slip}))?"
    return re.compile(rf"{lead}{item}(?:{sep}{item})*")


NUMBER_KEY = re.compile(r"(?:(ES|S|[^\W\d_]{2,3})-)?(\d{1,4})/(\d{1,4})|(\d{1,5})(?: \S{1,4}(?: \S{1,3} \S{1,4})?)? ?\(([^()]+)\)")


def citation_keys(text):
    """The numbers of the citations in a matched list, as comparable keys:
    `67/264`, `ES-10/15`, `217(3)`, `1624(2005)`."""
    keys = []
    for m in NUMBER_KEY.finditer(text):
        if m.group(2):
            prefix = m.group(1) or ""
            prefix = {"دإط": "ES", "دإ": "S"}.get(prefix, prefix)
            keys.append((prefix + "-" if prefix else "") + f"{m.group(2)}/{m.group(3)}")
        else:
            inner = m.group(5)
            year = re.fullmatch(r"\d{4}", inner)
            if year:
                keys.append(f"{m.group(4)}({inner})")
            else:
                r = re.search(r"([IVXL]+)$", inner)
                n = re.search(r"(\d{1,2})$", inner)
                value = roman_value(r.group(1)) if r else int(n.group(1)) if n else 0
                keys.append(f"{m.group(4)}({value})")
    return keys


def en_citation_keys(text):
    return [k for c in en_citations(text) for k in citation_keys(c["number"])]


# ---------------------------------------------------------------------------
# Names: a term of the English text (an organ, an organization, an ordinal)
# and the foreign words that go with it from unit to unit.
# ---------------------------------------------------------------------------

def same_word(a, b):
    """Whether two words are one word with other endings or clitics: they
    share their first or their last letters, all but three of the longer
    word's and four at least (`Совета`/`Советом`, `المجلس`/`والمجلس`;
    not `الأمن`/`الأمم`, which share three)."""
    if a == b:
        return True
    if not (re.match(r"\w", a) and re.match(r"\w", b)):
        return False
    k = max(4, max(len(a), len(b)) - 3)
    return len(a) >= k and len(b) >= k and (a[:k] == b[:k] or a[-k:] == b[-k:])


class TermAligner:
    """Finds the foreign word sequence (or, in Chinese, character
    sequence) that occurs in the aligned units exactly where an English
    term occurs: the one with the highest Dice coefficient
    2·Σmin(eₚ, fₚ) / (Σeₚ + Σfₚ), eₚ and fₚ being the occurrences of the
    English term and of the foreign sequence in unit p."""

    def __init__(self, pairs, lang, function_words=None, max_words=8, glue=None, conjunctions=None):
        self.pairs, self.lang = pairs, lang
        self.function_words = set(function_words or ())
        # Articles, prepositions, conjunctions (`la`, `del`, `и`, `و`): a name
        # does not begin or end with one (the language's function words,
        # `learn_function_words`).
        self.glue = set(glue or ())
        self.conjunctions = list(conjunctions or ())
        self.max_n = 14 if lang == "zh" else max_words
        self.tokens = [self.tokenize(p.fx) for p in pairs]
        # Elided articles and pronouns (`l’`, `d’`) are function words too.
        self.function_words |= {t.lower() for toks in self.tokens for t in toks if t.endswith("’")}
        self.index = collections.defaultdict(set)
        for i, toks in enumerate(self.tokens):
            for t in set(toks):
                self.index[t].add(i)
        self.cache = {}

    def trim(self, gram):
        """`gram` without short function words at its ends, and without a
        conjunction glued to its first word (Arabic `و`)."""
        if self.lang == "zh":
            return gram
        gram = list(gram)
        while len(gram) > 1 and gram[0].lower() in self.glue:
            gram.pop(0)
        while len(gram) > 1 and gram[-1].lower() in self.glue:
            gram.pop()
        for c in self.conjunctions:
            if gram[0].startswith(c) and len(gram[0]) > len(c) + 2 and gram[0][len(c):] in self.index:
                gram[0] = gram[0][len(c):]
                break
        return tuple(gram)

    def tokenize(self, text):
        if self.lang == "zh":
            return [c for c in text]
        # An elided article or pronoun is a word of its own: `l’Assemblée`
        # is `l’` `Assemblée`.
        return re.findall(r"[^\W\d_]{1,2}’(?=\w)|[^\W\d_]+(?:[’'\-][^\W\d_]+)*|\d+|[^\w\s]", text)

    def ngrams(self, toks, n):
        return [tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)]

    def count_in(self, i, gram):
        toks, n, c = self.tokens[i], len(gram), 0
        j = 0
        while j <= len(toks) - n:
            if tuple(toks[j:j + n]) == gram:
                c += 1
                j += n
            else:
                j += 1
        return c

    def total(self, gram):
        if gram not in self.cache:
            units = set.intersection(*(self.index[t] for t in set(gram)))
            self.cache[gram] = {i: c for i in units if (c := self.count_in(i, gram))}
        return self.cache[gram]

    # Foreign words (Chinese: characters) per English word of a name, as the
    # names most often aligned show it (`learn_length_ratio`); until then, 1.
    ratio = 1.0

    def align(self, en_counts, min_pairs=MIN_SUPPORT, en_words=None, longest=False):
        """en_counts: {unit index: occurrences of the English term}. Among
        sequences whose Dice coefficient is within 0.02 of the best (for a
        term named in two or three units, every sequence of those units
        has the same Dice), the one whose length is nearest to the
        English term's times the language's usual ratio."""
        if not en_counts:
            return None
        numerator = collections.Counter()
        for i, e in en_counts.items():
            grams = collections.Counter()
            toks = self.tokens[i]
            for n in range(1, self.max_n + 1):
                for g in self.ngrams(toks, n):
                    if self.lang != "zh" and (not re.match(r"\w", g[0]) or not re.match(r"\w", g[-1])
                                              or g[0].lower() in self.function_words
                                              or g[-1].lower() in self.function_words):
                        continue
                    if self.lang == "zh" and (not HAN.match(g[0]) or not HAN.match(g[-1])):
                        continue
                    grams[g] += 1
            for g, f in grams.items():
                numerator[g] += min(e, f)
        e_total = sum(en_counts.values())
        scored = []
        top = 0.0
        for g, num in numerator.most_common():
            # The foreign sequence occurs at least `num` times: its Dice
            # is at most 2·num / (e_total + num); once that is below the
            # best, no rarer sequence can come near it.
            if num < min_pairs or 2 * num / (e_total + num) < top - 0.02:
                break
            f_total = sum(self.total(g).values())
            dice = 2 * num / (e_total + f_total)
            top = max(top, dice)
            scored.append((dice, g, num, f_total))
        if longest:
            # The best Dice, and among equals the longest sequence (its
            # parts occur just as often).
            near = [c for c in scored if c[0] >= top - 1e-9]
            if not near:
                return None
            dice, gram, num, f_total = max(near, key=lambda c: len(c[1]))
        elif e_total >= 5:
            # From five occurrences on, the Dice coefficient tells the name
            # from most words around it; the parts of a name tie with it
            # (they occur just as often): the longest of the best, less the
            # function words and conjunctions at its ends (`la Cour…`,
            # `والمنتدى…`). Words that always come with the name (`report of
            # the Board of Auditors`) stay: see `reliability`.
            near = [c for c in scored if c[0] >= top - 1e-9]
            if not near:
                return None
            dice, gram, num, f_total = max(near, key=lambda c: len(c[1]))
            gram = self.trim(gram)
        else:
            # Named in two to four units: every sequence of those units
            # scores alike.
            near = [c for c in scored if c[0] >= top - 0.02
                    and not (self.lang != "zh" and (c[1][0].lower() in self.glue or c[1][-1].lower() in self.glue))]
            near = near or [c for c in scored if c[0] >= top - 0.02]
            if not near:
                return None
            expected = max(1.0, (en_words or 1) * self.ratio)
            # Nearest length; then a name's capital (`Commission…`, not
            # `la mise en œuvre…`); then the better Dice.
            dice, gram, num, f_total = min(near, key=lambda c: (
                round(abs(math.log(len(c[1]) / expected)), 1),
                self.lang != "zh" and not c[1][0][:1].isupper(), -c[0], -c[2]))
        return {"gram": gram, "text": self.join(gram), "dice": round(dice, 3), "both": num,
                "english": e_total, "foreign": f_total}

    def join(self, gram):
        if self.lang == "zh":
            return "".join(gram)
        out = ""
        for t in gram:
            if out and re.match(r"\w", t) and (re.search(r"\w$", out) or out[-1] in ")”»"):
                out += " "
            elif out and t in "(«“":
                out += " "
            out += t
        return out

    def neighbours(self, en_counts, gram, side):
        """The words just before (side -1) or after (+1) the occurrences of
        `gram` in the units where the English term occurs."""
        out = collections.Counter()
        n = len(gram)
        for i in en_counts:
            toks = self.tokens[i]
            for j in range(len(toks) - n + 1):
                if tuple(toks[j:j + n]) == gram:
                    k = j - 1 if side < 0 else j + n
                    if 0 <= k < len(toks):
                        out[toks[k]] += 1
        return out

    def stem_group(self, counter):
        """The commonest word of `counter` with the words that are the same
        word with another ending or a clitic before it (`Совета`, `Совет`,
        `Советом`; `المجلس`, `للمجلس`): see `same_word`."""
        if not counter:
            return {}
        top = counter.most_common(1)[0][0]
        # Words of three letters or fewer are articles and prepositions
        # (`du`, `la`, `в`) far more often than parts of a name.
        if not re.match(r"\w", top) or top.lower() in self.function_words or len(top) < 4:
            return {}
        return {t: n for t, n in counter.items() if same_word(t, top)}

    def extend(self, en_counts, found):
        """Grows an aligned sequence by the words that nearly always stand
        beside it where the English term is (`Conseil de` → `Conseil de
        sécurité`, `Безопасности` → `Совета Безопасности`): a group of
        words differing only in their ending, present at two thirds of
        the occurrences at least; then lists the forms that differ from
        it only in the endings of its words, with their counts."""
        if found is None:
            return None
        gram = found["gram"]
        if self.lang == "zh":
            return dict(found, forms=[{"text": found["text"], "count": found["foreign"]}])
        for _ in range(4):
            grown = False
            for side in (-1, 1):
                near = self.neighbours(en_counts, gram, side)
                group = self.stem_group(near)
                occurrences = sum(min(e, self.count_in(i, gram)) for i, e in en_counts.items())
                if group and sum(group.values()) * 3 >= 2 * occurrences and sum(group.values()) > MIN_SUPPORT:
                    top = max(group, key=group.get)
                    gram = (top,) + gram if side < 0 else gram + (top,)
                    grown = True
            if not grown:
                break
        gram = self.trim(gram)
        # The forms: the same words up to their endings.
        forms = collections.Counter()
        n = len(gram)
        for i in en_counts:
            toks = self.tokens[i]
            for j in range(len(toks) - n + 1):
                cand = tuple(toks[j:j + n])
                if all(same_word(c, g) for c, g in zip(cand, gram)):
                    forms[cand] += 1
        # A form must be aligned as well: most of its occurrences are where
        # the English term is (not Arabic `الأمم` beside `الأمن`).
        forms = collections.Counter({g: c for g, c in forms.items()
                                     if g == gram or c * 2 > sum(self.total(g).values())})
        out = dict(found)
        out["gram"] = gram
        out["text"] = self.join(max(forms, key=forms.get)) if forms else self.join(gram)
        out["forms"] = [{"text": self.join(g), "count": c} for g, c in forms.most_common() if c >= MIN_SUPPORT]
        return out


def term_counts(pairs, regex, skip=None):
    """{unit index: occurrences of an English regex} over the aligned units."""
    out = {}
    for i, p in enumerate(pairs):
        n = sum(1 for m in regex.finditer(p.en) if not (skip and skip(p.en, m)))
        if n:
            out[i] = n
    return out


def inside_longer_name(text, m):
    """An occurrence of an organ's name that is the end of a longer name
    (`Peace and Security Council` of the African Union)."""
    return bool(re.search(r"[A-Z]\w+ and $", text[:m.start()]))


def learn_organs(pairs, aligner):
    """The four organs' names, with the forms the corpus shows."""
    organs = []
    for organ in ORGANS:
        counts = term_counts(pairs, re.compile(rf"\b{organ}\b"), inside_longer_name)
        found = aligner.extend(counts, aligner.align(counts, en_words=len(organ.split())))
        organs.append({"organ": organ, "name": found})
    return organs


# English prepositions: after them, `the Security Council` takes another case
# or a contracted article in the other languages (`du Conseil`, `al
# Consejo`, `Совета Безопасности`).
EN_PREPOSITIONS = ["of", "to", "by", "with", "in", "on", "for", "from"]


def governed(pairs, aligner, organ, grams):
    """For each English preposition, the foreign word before the organ's
    name (an article) and the form of the name, most often found where
    English has `<preposition> the <organ>` once in the unit; and the same
    counts over every unit that names the organ once."""
    by_prep = collections.defaultdict(lambda: (collections.Counter(), collections.Counter()))
    overall = (collections.Counter(), collections.Counter())
    for i, p in enumerate(pairs):
        ms = [m for m in re.finditer(rf"\b(\w+) the {organ}\b", p.en) if not inside_longer_name(p.en, m)]
        if len(ms) != 1:
            continue
        prep = ms[0].group(1).lower()
        toks = aligner.tokens[i]
        for g in grams:
            for j in range(len(toks) - len(g) + 1):
                if tuple(toks[j:j + len(g)]) == g:
                    for counts in ((by_prep[prep] if prep in EN_PREPOSITIONS else None), overall):
                        if counts is None:
                            continue
                        counts[1][g] += 1
                        if j:
                            counts[0][toks[j - 1].lower()] += 1
    return by_prep, overall


def free_choice(by_prep, overall, which):
    """The commonest article (which=0) or form (1) of the name that no
    preposition governs: take out, for each preposition, the one most
    often found after it, then keep the commonest left."""
    taken = {by_prep[p][which].most_common(1)[0][0] for p in by_prep if by_prep[p][which]}
    left = [(t, n) for t, n in overall[which].most_common() if t not in taken]
    return left[0] if left else None


def organ_lines(pairs, aligner, organs, lang, organ_pairs):
    """The organ line of each organ. The General Assembly's is the one the
    corpus shows. The others are derived from it: the same words around the
    name (`إن `…`،`, …`，`, …`,`), the organ's name in the form no English
    preposition governs (Russian `Совет Безопасности`, not `Совета`;
    where forms differ by a clitic before them, Arabic `ومجلس الأمن`, the
    bare one), and, where the General Assembly's line begins with the word
    the texts most often put before its name (French `L’`, Spanish `La`:
    an article), the organ's own article: the commonest word before its
    name where English has no preposition before `the <organ>`, but for
    the contracted articles of `of` and `to` (`du`, `al`)."""
    lines = collections.Counter(p.fx.strip() for p in organ_pairs)
    ga_line, ga_count = lines.most_common(1)[0]
    ga = organs[0]["name"]
    ga_forms = sorted((f["text"] for f in ga["forms"]), key=len, reverse=True)
    ga_form = next((f for f in ga_forms if f in ga_line), None)
    out = []
    for organ, data in zip(ORGANS, organs):
        entry = {"organ": organ}
        if organ == "General Assembly":
            entry.update({"line": ga_line, "count": ga_count,
                          "variants": [{"text": t, "count": n} for t, n in lines.most_common()[1:]]})
            out.append(entry)
            continue
        name = data["name"]
        if not name or ga_form is None:
            entry.update({"line": None, "derived": "no aligned name for the organ"})
            out.append(entry)
            continue
        before_name, after_name = ga_line.split(ga_form, 1)
        grams = [tuple(aligner.tokenize(f["text"])) for f in name["forms"]]
        by_prep, overall = governed(pairs, aligner, organ, grams)
        # Case endings (Russian) or clitics (Arabic)?
        main = tuple(aligner.tokenize(name["text"]))
        suffixed = any(g != main and len(g) == len(main) and all(a[:4] == b[:4] for a, b in zip(g, main))
                       for g in grams)
        how = []
        if suffixed:
            choice = free_choice(by_prep, overall, 1)
            if choice is None:
                entry.update({"line": None, "derived": "none of the forms of the name the corpus shows is one "
                                                       "that no English preposition governs (nominative)"})
                out.append(entry)
                continue
            form = choice[0]
            how.append(f"the form of the name no English preposition governs ({choice[1]} times)")
        else:
            form = min(grams, key=lambda g: (len(aligner.join(g)), -overall[1][g]))
            how.append("the name without clitics")
        prefix = before_name
        article = before_name.strip().lower()
        ga_main = tuple(aligner.tokenize(ga_form))
        before_ga = collections.Counter(
            aligner.tokens[i][j - 1].lower()
            for i in range(len(pairs)) for j in range(1, len(aligner.tokens[i]) - len(ga_main) + 1)
            if tuple(aligner.tokens[i][j:j + len(ga_main)]) == ga_main)
        is_article = bool(article) and bool(before_ga) and before_ga.most_common(1)[0][0] == article
        if is_article:
            # The article where English has no preposition before `the
            # <organ>`, leaving out the words found most often after `of`
            # and `to`, the English of the genitive and the dative, which
            # French and Spanish write with a contracted article (`du`,
            # `au`, `del`, `al`: `Solicita al Consejo`).
            contracted = set()
            for other in ORGANS:
                other_grams = [tuple(aligner.tokenize(f["text"])) for f in organs[ORGANS.index(other)]["name"]["forms"]]
                other_by_prep, _ = governed(pairs, aligner, other, other_grams)
                contracted |= {other_by_prep[p][0].most_common(1)[0][0] for p in ("of", "to") if other_by_prep[p][0]}
            free = overall[0].copy()
            for prep in by_prep:
                free.subtract(by_prep[prep][0])
            plain = [(t, n) for t, n in free.most_common() if n > 0 and t not in contracted]
            choice = plain[0] if plain else None
            if choice is None:
                entry.update({"line": None, "derived": "no article before the name that no preposition governs"})
                out.append(entry)
                continue
            a = choice[0][:1].upper() + choice[0][1:]
            prefix = a if a.endswith("’") else a + " "
            how.append(f"the article no English preposition governs ({choice[1]} times)")
        entry.update({"line": prefix + aligner.join(form) + after_name, "count": 0,
                      "derived": f"from the General Assembly's line `{ga_line}`, with " + " and ".join(how)})
        out.append(entry)
    return out


# ---------------------------------------------------------------------------
# The lines around the paragraphs.
# ---------------------------------------------------------------------------

def learn_frame_lines(pairs, dates):
    """Adoption lines (`Résolution adoptée par l’Assemblée générale le
    {date}`) and meeting lines (`{n}e séance plénière`), as templates with
    the English template each aligns with."""
    regex = date_regex(dates)
    adoption = collections.Counter()
    meeting = collections.Counter()
    closing_dates = [0, 0]
    for p in pairs:
        if p.kind == "adoption":
            found = find_dates(dates, p.fx, regex)
            en = en_dates(p.en)
            if found and en and found[0][0] == en[0][0]:
                _, s, e = found[0]
                en_template = re.sub(EN_DATE, "{date}", p.en)
                adoption[(p.fx[:s] + "{date}" + p.fx[e:], en_template)] += 1
        elif p.kind == "close_meeting":
            n = re.search(r"\d+", p.en)
            if n and re.search(rf"(?<!\d){n.group(0)}(?!\d)", p.fx):
                fx = re.sub(rf"(?<!\d){n.group(0)}(?!\d)", "{n}", p.fx, count=1)
                en = re.sub(r"\d+(?:st|nd|rd|th)", "{n}th", p.en, count=1)
                meeting[(fx, en)] += 1
        elif p.kind == "close_date":
            closing_dates[1] += 1
            found = find_dates(dates, p.fx, regex)
            if found and found[0][1] == 0 and found[0][2] == len(p.fx.rstrip()) and en_dates(p.en) \
                    and found[0][0] == en_dates(p.en)[0][0]:
                closing_dates[0] += 1
    # The organ an adoption line names.
    def organ_of(template):
        return next((o for o in ORGANS if o in template[1]), None)
    return {
        "adoption_lines": [{"template": t, "english": e, "organ": organ_of((t, e)), "count": n}
                           for (t, e), n in adoption.most_common()],
        "meeting_lines": [{"template": t, "english": e, "count": n} for (t, e), n in meeting.most_common()],
        "closing_dates": {"parsed": closing_dates[0], "lines": closing_dates[1]},
    }


EN_ANNEX = re.compile(r"^(Annex(?:es)?)(?: ([IVXLC]+|\d+|[A-Z]))?\s*$")
FX_HEADING = re.compile(r"^(\S+)(?: (\S+))?\s*$")


def learn_annex_headings(corpus, lang):
    """The word of an annex's heading (`Annexe`, `Anexo`, `Приложение`):
    in each text, the k-th English heading `Annex` (`Annex II`) and the k-th
    line of the other version that is one word, with the same numeral, at
    no indentation, where both versions have as many."""
    words = collections.Counter()
    for versions in corpus.values():
        en = [m for l in versions["en"].lines if (m := EN_ANNEX.match(l))]
        if not en:
            continue
        numerals = {m.group(2) for m in en}
        fx = [m for l in versions[lang].lines
              if l and not l[0].isspace() and len(l) < 40 and (m := FX_HEADING.match(l))
              and m.group(2) in numerals and not re.search(r"\d", m.group(1))]
        if len(fx) != len(en):
            continue
        for a, b in zip(en, fx):
            if a.group(2) == b.group(2):
                words[(b.group(1), a.group(1))] += 1
    return [{"text": t, "english": e, "count": n} for (t, e), n in words.most_common() if n >= MIN_SUPPORT]


# ---------------------------------------------------------------------------
# Subparagraph labels, end punctuation, footnote markers.
# ---------------------------------------------------------------------------

EN_LABEL = re.compile(r"^\(([a-z]{1,5})\)$")


def learn_labels(corpus, lang):
    """For each level, the label that stands where English has `(a)`,
    `(ii)`…: the sequence by English label, and the shape (the label with
    its letter or number taken out) with its count."""
    levels = []
    for kind, level in (("sub2", 1), ("sub3", 2)):
        mapping = collections.defaultdict(collections.Counter)
        for versions in corpus.values():
            a, b = versions["en"].labels[kind], versions[lang].labels[kind]
            if len(a) != len(b):
                continue
            for x, y in zip(a, b):
                m = EN_LABEL.match(x or "")
                if m and y:
                    mapping[m.group(1)][y] += 1
        seq = []
        shapes = collections.Counter()
        for english, labels in mapping.items():
            label, n = labels.most_common(1)[0]
            seq.append({"english": english, "label": label, "count": n})
            inner = re.sub(r"^[(’‘“«]?|[)‘’]$", "", label)
            shapes[label.replace(inner, "{x}", 1) if inner else label] += n
        order = lambda e: (len(e["english"]), e["english"])
        roman = [e for e in seq if re.fullmatch(r"[ivxl]+", e["english"])]
        if level == 2:
            seq = sorted(roman, key=lambda e: roman_value(e["english"].upper()))
        else:
            seq = sorted(seq, key=order)
        levels.append({"level": level, "shapes": ranked(shapes, 1), "labels": seq})
    return levels


END_MARKS = ",;.:"


def learn_punctuation(pairs, lang):
    """What ends a unit where the English one ends with `,` `;` `.` `:`:
    the foreign mark, and whether a space stands before it."""
    out = collections.defaultdict(collections.Counter)
    for p in pairs:
        if p.role not in ("pre", "op", "sub2", "sub3"):
            continue
        en = re.sub(r"(?<=[^\d\s])\d{1,3}$", "", p.en.rstrip())
        if not en or en[-1] not in END_MARKS:
            continue
        fx = p.fx.rstrip()
        # A footnote marker at the end: `…de 19513 ;` / `(2)،` / `，2`.
        fx = re.sub(r"(?<=[^\d\s])\(?\d{1,3}\)?(?=\W*$)", "", fx)
        fx = re.sub(r"(?<=\W)\s?\d{1,3}$", "", fx)
        m = re.search(r"(\s?)([^\w\s])$", fx)
        if m:
            out[en[-1]][m.group(1) + m.group(2)] += 1
    return [{"english": mark, "forms": ranked(out[mark])} for mark in END_MARKS if out[mark]]


def find_markers(text, count, lang):
    """The footnote markers 1..count of a text, in order: the number glued
    to the preceding letter or mark (`Rights2`, `الإنسان(2)`, `》2 `)."""
    found = []
    pos = 0
    for n in range(1, count + 1):
        m = re.compile(rf"(?<=[^\s\d(/\-–])(\({n}\)|{n})(?![\d/])").search(text, pos)
        if not m:
            # Glued to a number (`19513`: 1951 and footnote 3), or not in
            # the body: look for the next one from here.
            continue
        found.append(m)
        pos = m.end()
    return found


# A name that ends in a number (`Agenda 21`): a capitalized English word
# written before one number only, in the whole English corpus, where it is
# not a month. `Article 24`, `Goal 14` or `Resolution 217` number items of a
# series and stand before many numbers; `Agenda` stands before 21 alone.
EN_NUMBERED_NAME = re.compile(r"(?<![\w’'/.-])([A-Z][a-z]+) (\d{1,3})(?![\d/.\-–])")


def learn_numbered_names(corpus, pairs, lang):
    """The names that end in a number, as the language writes them
    (`Action 21`, `Programa 21` for `Agenda 21`): the footnote resolver
    splits a marker off them (`Action 214`: Action 21 and footnote 4). An
    English name found by `EN_NUMBERED_NAME` in an aligned unit whose
    version has one capitalized word before the same number, with a marker
    glued to it or not; kept when the pair is seen twice."""
    numbers = collections.defaultdict(set)
    for versions in corpus.values():
        for m in EN_NUMBERED_NAME.finditer(versions["en"].raw):
            numbers[m.group(1)].add(m.group(2))
    names = {w for w, ns in numbers.items() if len(ns) == 1 and w not in MONTHS}
    found = collections.Counter()
    english = {}
    for p in pairs:
        for m in EN_NUMBERED_NAME.finditer(p.en):
            word, n = m.group(1), m.group(2)
            if word not in names:
                continue
            written = [f for f in re.finditer(rf"(?<![\w/.\-])(\w+) {n}(?:\d{{1,3}})?(?![\d/.\-–])", p.fx)
                       if f.group(1)[:1].isupper()]
            if len(written) == 1:
                name = f"{written[0].group(1)} {n}"
                found[name] += 1
                english[name] = f"{word} {n}"
    return [{"text": r["text"], "english": english[r["text"]], "count": r["count"]}
            for r in ranked(found)]


def learn_markers(corpus, lang):
    shapes = collections.Counter()
    after = collections.Counter()
    before = collections.Counter()
    texts = 0
    for versions in corpus.values():
        t = versions[lang]
        body = "\n".join(t.units["para"] + t.units["op"] + t.units["sub2"] + t.units["sub3"])
        if not t.footnotes:
            continue
        found = find_markers(body, len(t.footnotes), lang)
        if not found:
            continue
        texts += 1
        for m in found:
            shapes["({n})" if m.group(1).startswith("(") else "{n}"] += 1
            nxt = body[m.end():m.end() + 1]
            after["space" if nxt == " " else "end" if nxt in ("", "\n") else "punctuation" if not nxt.isalnum() else "letter"] += 1
            prev = body[m.start() - 1]
            cat = unicodedata.category(prev)
            before["han" if HAN.match(prev) else "letter" if cat.startswith("L") else "punctuation"] += 1
    return {"texts": texts, "shapes": ranked(shapes, 1),
            "before": ranked(before, 1), "after": ranked(after, 1)}


# ---------------------------------------------------------------------------
# Internal references: `paragraph 5 above` found again by its number.
# ---------------------------------------------------------------------------

def majority_phrases(contexts, lang, reverse=False, out_texts=None):
    """Phrases from a list of (token sequence, text) pairs: grouped by their
    first token, each group's phrase grows while two thirds of the group
    share the next token. (For text before a number, pass the tokens
    reversed.) `out_texts` receives the number of texts each phrase is
    found in."""
    groups = collections.defaultdict(list)
    texts = collections.defaultdict(set)
    for toks, symbol in contexts:
        if toks:
            groups[toks[0]].append(toks)
            texts[toks[0]].add(symbol)
    out = collections.Counter()
    out_texts = {} if out_texts is None else out_texts
    for first, members in groups.items():
        phrase = [first]
        current = members
        while True:
            nxt = collections.Counter(m[len(phrase)] for m in current if len(m) > len(phrase))
            if not nxt:
                break
            token, n = nxt.most_common(1)[0]
            if n * 3 < 2 * len(current):
                break
            phrase.append(token)
            current = [m for m in current if len(m) >= len(phrase) and m[len(phrase) - 1] == token]
        words = list(reversed(phrase)) if reverse else phrase
        out[joiner(lang).join(words)] += len(members)
        out_texts[joiner(lang).join(words)] = len(texts[first])
    return out


# Internal references the corpus cannot show (see `learn_references`):
# Spanish `párrafo 5 supra` / `infra`, French `paragraphe 5 ci-dessous` /
# `ci-après`.
EDITORIAL_SCOPES = {"fr": [("ci-dessous", "below"), ("ci-après", "below")],
                    "es": [("supra", "above"), ("infra", "below")]}


def learn_references(pairs, lang):
    lead = collections.defaultdict(collections.Counter)
    after = collections.defaultdict(list)
    before = collections.defaultdict(list)
    found = total = 0
    tok = (lambda s: [c for c in s if not c.isspace()]) if lang == "zh" else \
        (lambda s: re.findall(r"[^\W\d_]+(?:[’'\-][^\W\d_]+)*|[^\w\s]", s))
    for p in pairs:
        for ref in en_references(p.en):
            total += 1
            first, last = ref["numbers"][0], ref["numbers"][-1]
            m = re.search(rf"(?<![\d/.,]){first}(?![\d/,.]\d)(?!\d)", p.fx)
            if not m:
                continue
            found += 1
            end = m.end()
            if last != first:
                m2 = re.compile(rf"(?<![\d/.,]){last}(?!\d)").search(p.fx, m.end())
                if m2 and m2.start() - m.end() < 30:
                    end = m2.end()
            pre = tok(p.fx[max(0, m.start() - 40):m.start()])
            post = tok(p.fx[end:end + 50])
            # Up to the first punctuation.
            cut = next((i for i, t in enumerate(post) if not re.match(r"\w", t) and t not in "-"), len(post))
            post = post[:min(cut, 6 if lang != "zh" else 8)]
            cut = next((i for i, t in enumerate(reversed(pre)) if not re.match(r"\w", t)), len(pre))
            pre = pre[len(pre) - min(cut, 4 if lang != "zh" else 6):]
            if pre:
                key = pre[-1] if lang != "zh" else "".join(pre[-1:])
                lead[key][("sub" if ref["sub"] else "") + ("plural" if ref["plural"] else "singular")] += 1
            # The letters of a subparagraph (`b)`, `(b)`) come before the scope.
            if ref["sub"]:
                post = post[2:] if len(post) > 1 and post[0] == ref["sub"] else post
            after[ref["scope"]].append((post, p.symbol))
            before[ref["scope"]].append((list(reversed(pre)), p.symbol))
    # The words after (French `ci-dessus`, Arabic `أعلاه`) or before
    # (Chinese `上文第`) the number that say where the paragraph is: phrases
    # of at most five words (the English `of the present resolution` has
    # four), each with the English scopes it stands for.
    def phrases(contexts, reverse):
        merged = [c for scope in ("above", "below", "present") for c in contexts[scope]]
        texts = {}
        found = majority_phrases(merged, lang, reverse, texts)
        out = []
        for phrase, n in found.most_common():
            toks = phrase.split(" ") if lang != "zh" else list(phrase)
            if n < MIN_SUPPORT or (lang != "zh" and len(toks) > 5):
                continue
            by_scope = collections.Counter()
            for scope in ("above", "below", "present"):
                for ctx, _ in contexts[scope]:
                    seq = list(reversed(ctx)) if reverse else ctx
                    text = joiner(lang).join(seq)
                    if (text.endswith(phrase) if reverse else text.startswith(phrase)):
                        by_scope[scope] += 1
            out.append({"text": phrase, "count": n, "texts": texts[phrase], "scopes": dict(by_scope)})
        return out
    scopes = {"after_number": phrases(after, False), "before_number": phrases(before, True),
              "references": {scope: len(after[scope]) for scope in ("above", "below", "present")}}
    # The words of the language's editorial usage for `above` and `below`
    # that the corpus, which refers below nowhere and in which Spanish
    # writes no word for `above`, cannot show: derived, with no count.
    learned = {p["text"] for p in scopes["after_number"]}
    for text, scope in EDITORIAL_SCOPES.get(lang, []):
        if text not in learned:
            scopes["after_number"].append({"text": text, "count": 0, "texts": 0, "scopes": {scope: 0},
                                           "derived": f"`{scope}` in the editorial usage of the language; "
                                                      "not in the corpus"})
    leads = [{"text": t, "count": sum(c.values()), "forms": dict(c)} for t, c in
             sorted(lead.items(), key=lambda kv: -sum(kv[1].values())) if sum(c.values()) >= MIN_SUPPORT]
    return {"english": total, "found": found, "words_before_number": leads, "scopes": scopes}


# ---------------------------------------------------------------------------
# Session ordinals, organizations.
# ---------------------------------------------------------------------------

def learn_length_ratio(pairs, aligner):
    """Foreign words (Chinese: characters) per English word of a name, the
    median over the four organs' names, which the texts name often enough
    for their alignment to be sure. It guides the alignment of names the
    texts give only two to four times."""
    ratios = []
    for organ in ORGANS:
        counts = term_counts(pairs, re.compile(rf"\b{organ}\b"), inside_longer_name)
        found = aligner.extend(counts, aligner.align(counts, longest=True))
        if found and found["dice"] >= 0.75:
            ratios.append(len(found["gram"]) / len(organ.split()))
    ratios.sort()
    return ratios[len(ratios) // 2] if ratios else 1.0


def learn_sessions(pairs, aligner, lexicon):
    """`sixty-seventh session`: the word for `session` (aligned with it like
    a name), then, for each session the English texts name by its ordinal,
    the words standing next to that word in the aligned unit that go with
    this session and no other: on the side where they vary with the
    session (before it in French, Spanish, Russian, Chinese; after it in
    Arabic), the sequence of one to three words (Chinese: one to four
    characters) found most often with this session number and least with
    the others, the longest of equals (`soixante et onzième`, not
    `onzième`)."""
    counts = term_counts(pairs, re.compile(r"\bsession\b"))
    word = aligner.extend(counts, aligner.align(counts, en_words=1))
    if not word:
        return {"word": None, "ordinals": []}
    session_grams = [tuple(aligner.tokenize(f["text"])) for f in word["forms"]] or [word["gram"]]
    ordinal_re = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, lexicon.ordinals), key=len, reverse=True))
                            + r")(?= (?:regular |special |emergency special )?[Ss]ession\b)", re.I)
    zh = aligner.lang == "zh"
    near = {-1: collections.defaultdict(collections.Counter), 1: collections.defaultdict(collections.Counter)}
    seen = collections.Counter()
    for i, p in enumerate(pairs):
        numbers = {lexicon.ordinals[m.group(1).lower()] for m in ordinal_re.finditer(p.en)}
        if len(numbers) != 1:
            continue
        n = numbers.pop()
        seen[n] += 1
        toks = aligner.tokens[i]
        for g in session_grams:
            for j in range(len(toks) - len(g) + 1):
                if tuple(toks[j:j + len(g)]) != g:
                    continue
                for size in range(1, (5 if zh else 4)):
                    before = tuple(toks[max(0, j - size):j])
                    after = tuple(toks[j + len(g):j + len(g) + size])
                    if len(before) == size and all(re.match(r"\w", t) and not t.isdigit() for t in before):
                        near[-1][before][n] += 1
                    if len(after) == size and all(re.match(r"\w", t) and not t.isdigit() for t in after):
                        near[1][after][n] += 1

    def specific(side):
        out = {}
        for n in seen:
            best = None
            for gram, by in near[side].items():
                score = by[n] - sum(v for m, v in by.items() if m != n)
                if score < MIN_SUPPORT:
                    continue
                key = (score, len(gram))
                if best is None or key > best[0]:
                    best = (key, gram)
            if best:
                out[n] = (best[1], best[0][0])
        return out

    side = max((-1, 1), key=lambda sd: sum(score for _, score in specific(sd).values()))
    ordinals = []
    for n, (gram, score) in sorted(specific(side).items()):
        forms = collections.Counter()
        for g, by in near[side].items():
            if len(g) == len(gram) and by[n] and all(same_word(a, b) for a, b in zip(g, gram)) and \
                    by[n] * 2 > sum(by.values()):
                forms[aligner.join(g)] += by[n]
        english = next(o for o, v in lexicon.ordinals.items() if v == n)
        ordinals.append({"session": n, "english": english, "text": aligner.join(gram), "count": score,
                         "forms": ranked(forms, 1)})
    return {"word": {"text": word["text"], "forms": word["forms"], "dice": word["dice"],
                     "ordinal": "before" if side < 0 else "after"},
            "ordinals": ordinals}


def reliability(dice, both):
    """How far an aligned name can be trusted: `high` where it is found in
    at least five of the units naming the organization and the Dice
    coefficient is 0.8 or more; `medium` from three units and 0.5; `low`
    otherwise: a name seen twice cannot be told from the words around it
    (kept for review, not for use)."""
    if dice >= 0.8 and both >= 5:
        return "high"
    if dice >= 0.5 and both >= 3:
        return "medium"
    return "low"


def learn_organizations(pairs, aligner, lexicon, lang):
    """The lexicon's organizations the English texts name, with the foreign
    name (and forms) aligned with each; their acronyms where the English
    texts use them; and the acronyms the foreign texts use (`ONU`, `PNUD`,
    `ООН`) with the organization or name they stand for in English."""
    out = []
    skip_symbols = lambda text, m: text[max(0, m.start() - 1):m.start()] in "/-" or text[m.end():m.end() + 1] in "/-"
    for org in lexicon.organizations:
        name = org["name"]
        if name in ORGANS:
            continue
        counts = term_counts(pairs, re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])"))
        entry = {"english": name, "acronym_english": org.get("acronym")}
        if sum(counts.values()) >= MIN_SUPPORT:
            r = aligner.extend(counts, aligner.align(counts, en_words=len(name.split())))
            if r:
                entry["name"] = {"text": r["text"], "forms": r["forms"], "dice": r["dice"], "aligned": r["both"],
                                 "english_count": r["english"], "reliability": reliability(r["dice"], r["both"])}
        acronym = org.get("acronym")
        if acronym and len(acronym) > 1:
            counts = term_counts(pairs, re.compile(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])"), skip_symbols)
            if sum(counts.values()) >= MIN_SUPPORT:
                r = aligner.align(counts, en_words=1)
                if r:
                    entry["acronym"] = {"text": r["text"], "dice": r["dice"], "aligned": r["both"],
                                        "english_count": r["english"], "reliability": reliability(r["dice"], r["both"])}
        if "name" in entry or "acronym" in entry:
            out.append(entry)
    # Acronyms of the foreign texts: words of two to ten capitals.
    acronyms = collections.Counter()
    where = collections.defaultdict(set)
    for i, p in enumerate(pairs):
        for m in re.finditer(r"(?<![\w/-])([A-ZÀ-ÖØ-ÞА-ЯЁ][A-ZÀ-ÖØ-ÞА-ЯЁ-]{1,9})(?![\w/])", p.fx):
            token = m.group(1).rstrip("-")
            if re.fullmatch(r"(?:[A-Z]+-)?[IVXLC]+", token) or skip_symbols(p.fx, m):
                continue
            acronyms[token] += 1
            where[token].add(i)
    terms = {}
    for org in lexicon.organizations:
        terms[org["name"]] = org["name"]
        if org.get("acronym"):
            terms[org["acronym"]] = org["name"]
    terms["United Nations"] = "United Nations"
    en_units = {}
    for term in terms:
        rx = re.compile(rf"(?<![\w-]){re.escape(term)}(?![\w-])")
        en_units[term] = {i for i, p in enumerate(pairs) if rx.search(p.en)}
    foreign = []
    for token, n in acronyms.most_common():
        if n < MIN_SUPPORT:
            break
        units = where[token]
        best = None
        for term, us in en_units.items():
            if not us:
                continue
            share = len(units & us) / len(units)
            key = (share, -len(us))
            if best is None or key > best[0]:
                best = (key, term)
        if best and best[0][0] > 0.5:
            share = best[0][0]
            foreign.append({"text": token, "count": n, "english": terms[best[1]], "by": best[1],
                            "units_with_english": round(share, 3),
                            "reliability": "high" if share >= 0.9 and len(units) >= 5 else
                            "medium" if share >= 0.9 and len(units) >= 3 else "low"})
    return out, foreign


def english_body_heads():
    """The names of bodies that the English reader of a citation's clause
    finds (`BODY_NAME_LIST` in server/core/src/syntax/citation.rs:
    `Commission`, `Working Group`), but the organs' names and the words of
    them (`Assembly`, `Council`), which the organs' own forms read: the
    words by which a clause names another body than the organs."""
    text = (ROOT / "server/core/src/syntax/citation.rs").read_text(encoding="utf-8")
    block = text[text.index("const BODY_NAME_LIST"):]
    block = block[block.index("= [") + 3:block.index("];")]
    organ_words = {w for organ in ORGANS for w in organ.split()}
    return [name for name in re.findall(r'"([^"]+)"', block)
            if name not in ORGANS and not set(name.split()) & organ_words]


def learn_body_heads(pairs, aligner):
    """How the language writes each of english_body_heads (`Comisión`,
    `Grupo de Trabajo`, `اللجنة`, `委员会`), with its forms (the same words
    with other endings or clitics, `Комиссии`, `Комиссией`): a clause that
    names one names another body than the organs, as in English, though
    the body's own name was never seen (`la Comisión de Estadística`).

    Languages share one word among several English ones (Spanish
    `Comisión` for Commission and for the Main Committees, Arabic `لجنة`,
    Chinese `委员会`), so a word is not aligned with one English word alone
    but with the set: the longest sequence of words (in Chinese,
    characters: the language's ratio, and one more) that stands, in any
    of its forms, at two thirds of the English word's occurrences at
    least, five at least, and two thirds of whose occurrences stand beside
    one of the English words (Σ min over the units, as the Dice
    coefficient counts): not French `Organisation`, most often that of
    `Organisation des Nations Unies` where English writes `United
    Nations`. Not written in lower case: a name, not a common noun."""
    heads = english_body_heads()
    english = {h: term_counts(pairs, re.compile(rf"(?<![\w-]){re.escape(h)}(?![\w-])")) for h in heads}
    beside = collections.Counter()
    for counts in english.values():
        beside.update(counts)
    spaced = aligner.lang != "zh"

    def forms_in(toks, gram):
        """The occurrences of `gram` and its forms in `toks`."""
        found = collections.Counter()
        for j in range(len(toks) - len(gram) + 1):
            cand = tuple(toks[j:j + len(gram)])
            if cand == gram or (spaced and not cand[0][:1].islower()
                                and all(same_word(c, g) for c, g in zip(cand, gram))):
                found[cand] += 1
        return found

    # (Two forms of a word share their first four letters or their last
    # four: `same_word`.)
    by_ends = collections.defaultdict(set)
    for t in aligner.index:
        by_ends[t[:4]].add(t)
        by_ends["…" + t[-4:]].add(t)

    @functools.cache
    def units_of(token):
        """The units holding `token` or one of its forms."""
        if not spaced:
            return frozenset(aligner.index[token])
        near = by_ends[token[:4]] | by_ends["…" + token[-4:]]
        return frozenset().union(*(aligner.index[t] for t in near
                                   if t == token or (not t[:1].islower() and same_word(t, token))))

    out = []
    for head in heads:
        counts = english[head]
        total = sum(counts.values())
        words = len(head.split())
        # Words (a Chinese word, two characters at least; room for a word
        # that joins two: `Grupo de Trabajo`).
        shortest, most = (1, 2 * words - 1) if spaced else (2, max(2, round(words * aligner.ratio)) + 1)
        candidates = set()
        for i in counts:
            toks = aligner.tokens[i]
            candidates.update(g for n in range(shortest, most + 1) for g in aligner.ngrams(toks, n))
        best = None
        for gram in sorted(candidates):
            if spaced:
                if (gram[0][:1].islower() or not all(re.match(r"\w", t) for t in gram)
                        or gram[-1].lower() in aligner.function_words | aligner.glue):
                    continue
            elif not all(HAN.match(t) for t in gram):
                continue
            found = {i: forms_in(aligner.tokens[i], gram) for i in units_of(gram[0]) & counts.keys()}
            both = sum(min(sum(f.values()), counts[i]) for i, f in found.items())
            if both < 5 or both * 3 < 2 * total or (best and (len(gram), both) <= best[0]):
                continue
            forms, within, occurrences = collections.Counter(), 0, 0
            for i in units_of(gram[0]):
                f = found.get(i) or forms_in(aligner.tokens[i], gram)
                n = sum(f.values())
                occurrences += n
                within += min(n, beside[i])
                if i in counts:
                    forms.update(f)
            if within * 3 < 2 * occurrences:
                continue
            best = ((len(gram), both), gram, forms, occurrences)
        if best is None:
            continue
        (_, both), gram, forms, occurrences = best
        # (The form most often written; one word for several English ones
        # is written once, and a sequence that holds a word learned
        # already adds nothing: Chinese `委员会` for Commission and
        # Committee, `议定书缔约` beside `缔约`, Parties.)
        gram = max(forms, key=lambda g: (forms[g], g))
        text = aligner.join(gram)
        if any(f["text"] in text or text in f["text"] for o in out for f in o["forms"]):
            continue
        # Russian writes the words of a name after its first in lower case
        # (`Экономической комиссией`): the forms in lower case that stand
        # after a word with a capital beside the English word are the
        # name's too.
        if spaced:
            for i in counts:
                toks = aligner.tokens[i]
                for j in range(1, len(toks) - len(gram) + 1):
                    cand = tuple(toks[j:j + len(gram)])
                    if (cand[0][:1].islower() and toks[j - 1][:1].isupper()
                            and all(same_word(c.lower(), g.lower()) for c, g in zip(cand, gram))):
                        forms[cand] += 1
        kept = [g for g, n in forms.most_common() if g == gram or n >= MIN_SUPPORT]
        # And where it does, any form may be written so (case is the
        # spelling's, not the ending's): each form in lower case, with the
        # count of those seen (0: derived).
        if any(g[0][:1].islower() for g in kept):
            lowered = [(g[0][:1].lower() + g[0][1:],) + g[1:] for g in kept]
            kept += [g for g in dict.fromkeys(lowered) if g not in kept]
        out.append({"english": head, "text": text,
                    "forms": [{"text": aligner.join(g), "count": forms[g]} for g in kept],
                    "aligned": both, "english_count": total, "count": occurrences})
    return out


def english_verb_forms():
    """The English verb forms the core knows (`Requests`, `Requesting`,
    `Requested`, `Request`), read from the generated lexicon module."""
    text = (ROOT / "server/core/src/data/lexicon.rs").read_text(encoding="utf-8")
    block = text[text.index("pub const VERB_FORMS"):]
    block = block[:block.index("];")]
    return [tuple(t) for t in re.findall(r'\(\s*"([^"]+)",\s*"([^"]+)",\s*"([^"]+)",\s*"([^"]+)",?\s*\)', block)]


# ---------------------------------------------------------------------------
# One language.
# ---------------------------------------------------------------------------

def opening_entries(lexicon, forms, samples, adverbs, prefix_texts, firsts, lang, max_len):
    """The `openings` section: each learned form, then the repeated forms
    the texts show (`Prie également`)."""
    entries = []
    for part in ("pre", "op"):
        for node, v in sorted(forms[part].items(), key=lambda kv: (-kv[1]["correct"], joiner(lang).join(kv[0]))):
            e = lexicon.entries[v["entry"]]
            entries.append({
                "text": joiner(lang).join(node), "part": "preambular" if part == "pre" else "operative",
                "english": v["entry"], "family": e["family"], "strength": e["strength"],
                "count": v["correct"], "read": v["support"],
                "also_translates": [t for t, _ in v["entries"].most_common() if t != v["entry"]],
            })
    repeated = collections.Counter()
    for part, tokens, entry, repeat in samples:
        if repeat is None or entry is None:
            continue
        toks, _ = strip_prefix(tokens, prefix_texts, firsts)
        read = read_opening(toks, forms[part], adverbs, prefix_texts, firsts, max_len)
        if not read or read[1] is None:
            continue
        node, kind, adverb, at = read
        if forms[part][node]["label"] != phrase_class(lexicon, entry):
            continue
        end = max(len(node), at) + len(adverb)
        text = joiner(lang).join(toks[:end])
        base = lexicon.entries[forms[part][node]["entry"]]["phrase"]
        own = lexicon.repeat_entry.get((base, kind))
        repeated[(text, joiner(lang).join(node), part, own["phrase"] if own else base, kind)] += 1
    repeats = [{"text": t, "form": f, "part": "preambular" if p == "pre" else "operative", "english": e,
                "repeat": k, "count": n}
               for (t, f, p, e, k), n in sorted(repeated.items(), key=lambda kv: (-kv[1], kv[0])) if n >= MIN_SUPPORT]
    return entries, repeats


def verb_pairs(entries, lang):
    """Forms of one verb in both parts (`Rappelle` / `Rappelant`, `تشير` /
    `إذ تشير`), where the English phrases they translate are the present
    and the participle of one English verb (`Recalls` / `Recalling`) and
    the two forms are the same words up to their endings, or the
    preambular one is the operative one after a particle (Arabic `إذ`)."""
    def tokens(text):
        return list(text) if lang == "zh" else text.split(" ")

    def related(op, pre):
        a, b = tokens(op), tokens(pre)
        if len(a) == len(b) and all(same_word(x, y) or (lang == "zh" and x == y) for x, y in zip(a, b)):
            return ""
        if len(b) == len(a) + 1 and b[1:] == a:
            return b[0]
        return None

    out = []
    seen = set()
    for present, participle, _, _ in english_verb_forms():
        for e in entries:
            if e["part"] != "operative" or e["english"].split(" ")[0] != present:
                continue
            target = participle + e["english"][len(present):]
            for f in entries:
                if f["part"] != "preambular" or f["english"] != target:
                    continue
                particle = related(e["text"], f["text"])
                if particle is not None and (e["text"], f["text"]) not in seen:
                    seen.add((e["text"], f["text"]))
                    out.append({"english": [e["english"], target], "operative": e["text"],
                                "preambular": f["text"], "particle": particle or None})
    return out


def build(corpus, lexicon, lang, sessions=None, full=True):
    """Everything learned for one language, as the data file's dict."""
    pairs, skipped = align(corpus, lang, sessions)
    units = [u for symbol, v in corpus.items() if sessions is None or v["en"].session in sessions
             for u in opening_units(v[lang])]
    samples, prefixes, function_words, forms, adverbs = learn_openings(lexicon, pairs, lang, units)
    firsts = collections.Counter(fx_tokens(lang, u)[0] for u in units if fx_tokens(lang, u))
    prefix_texts = [p["text"] for p in prefixes]
    max_len = 8 if lang == "zh" else 6
    entries, repeats = opening_entries(lexicon, forms, samples, adverbs, prefix_texts, firsts, lang, max_len)
    lower = sum(1 for _, toks, _, _ in samples if toks[0][:1].islower())
    dates = date_data(learn_dates(pairs, lang), lang)
    citations = citation_data(learn_citations(pairs, dates, lang), pairs, lang)
    data = {
        "language": lang,
        "name": LANGUAGE_NAMES[lang],
        "openings": {
            "case": "lower" if lower * 2 > len(samples) else "capital",
            "lower_case_share": round(lower / len(samples), 3),
            "conjunction_prefixes": prefixes,
            "forms": entries,
            "adverbs": {k: [{"text": a["text"], "count": a["count"], "in_other_repeat": a["other_repeat"],
                             "in_unrepeated": a["unrepeated"]} for a in v] for k, v in adverbs.items()},
            "repeated": repeats,
            "verb_pairs": verb_pairs(entries, lang),
        },
        "dates": dates,
        "citations": citations,
    }
    dates["ranges"] = learn_ranges(pairs, dates, lang)
    # The short function words (three letters at most: `la`, `del`, `и`,
    # `في`): in Arabic the function-word test also takes nouns that follow
    # many words in construct (`مجلس`), which names begin with.
    aligner = TermAligner(pairs, lang, glue={w for w in function_words or () if len(w) <= 3},
                          conjunctions=prefix_texts)
    aligner.ratio = learn_length_ratio(pairs, aligner)
    organs = learn_organs(pairs, aligner)
    organ_pairs = [p for p in pairs if p.role == "organ"]
    lines = organ_lines(pairs, aligner, organs, lang, organ_pairs)
    for line, organ in zip(lines, organs):
        name = organ["name"]
        line["name"] = name["text"] if name else None
        line["forms"] = name["forms"] if name else []
        line["dice"] = name["dice"] if name else None
    organ_forms = {o: [f["text"] for f in (organ["name"] or {}).get("forms", [])] for o, organ in zip(ORGANS, organs)}
    positions, organ_leads = learn_citation_organs(pairs, dates, organ_forms, lang,
                                                   {w["text"] for w in citations["words"]})
    citations["organ_positions"] = positions
    known = {w["text"] for w in citations["words"]}
    for word, kinds in sorted(organ_leads.items(), key=lambda kv: -sum(kv[1].values())):
        n = sum(kinds.values())
        if word in known or n < MIN_SUPPORT:
            continue
        kind = collections.Counter({k: v for (k, _, _), v in kinds.items()}).most_common(1)[0][0]
        citations["words"].append({"text": word, "kind": kind, "count": n, "before_organ": True,
                                   "plural_share": round(sum(v for (_, pl, _), v in kinds.items() if pl) / n, 3),
                                   "its_share": 0.0})
    # Letters glued before citation words (Arabic `و`, `ب`, `ل`: `وقرار`,
    # `بقرار`, `لقرار`): a letter c such that two citation words w are also
    # found as cw.
    texts = {w["text"] for w in citations["words"]}
    clitics = collections.Counter(w[0] for w in texts if len(w) > 3 and w[1:] in texts)
    citations["clitics"] = sorted(c for c, n in clitics.items() if n >= MIN_SUPPORT)
    citations["words"] += derived_words(citations["words"], lang)
    data["organs"] = [{"organ": o, "forms": (organ["name"] or {}).get("forms", [])} for o, organ in zip(ORGANS, organs)]
    if not full:
        return data, pairs
    frame = learn_frame_lines(pairs, dates)
    orgs, acronyms = learn_organizations(pairs, aligner, lexicon, lang)
    data.update({
        "normalization": learn_normalization(v[lang].raw for v in corpus.values()),
        "organs": lines,
        "adoption_lines": frame["adoption_lines"],
        "meeting_lines": frame["meeting_lines"],
        "closing_dates": frame["closing_dates"],
        "annex_headings": learn_annex_headings(corpus, lang),
        "references": learn_references(pairs, lang),
        "labels": learn_labels(corpus, lang),
        "punctuation": learn_punctuation(pairs, lang),
        "footnote_markers": {**learn_markers(corpus, lang),
                             "names": learn_numbered_names(corpus, pairs, lang)},
        "sessions": learn_sessions(pairs, aligner, lexicon),
        "organizations": orgs,
        "body_heads": learn_body_heads(pairs, aligner),
        "acronyms": acronyms,
        "alignment": {
            "texts": len(corpus), "units": len(pairs),
            "left_out": [{"symbol": s, "kind": k, "english": a, "this": b} for s, k, a, b in skipped],
        },
    })
    return data, pairs


# ---------------------------------------------------------------------------
# Coverage: how much of each version the learned data reads.
# ---------------------------------------------------------------------------

def coverage(data, pairs, lexicon, lang):
    """On aligned units: the paragraphs whose opening (with an English
    lexicon phrase) is read as a form of the same family and strength;
    the English dates found again; the English citations found again with
    the same numbers."""
    forms = {"pre": {}, "op": {}}
    for e in data["openings"]["forms"]:
        part = "pre" if e["part"] == "preambular" else "op"
        key = tuple(fx_tokens(lang, e["text"]) if lang == "zh" else e["text"].split(" "))
        forms[part][key] = {"label": phrase_class(lexicon, e["english"]), "family": (e["family"], e["strength"])}
    adverbs = {k: [{"tokens": tuple(fx_tokens(lang, a["text"]) if lang == "zh" else a["text"].split(" "))}
                   for a in v] for k, v in data["openings"]["adverbs"].items()}
    prefix_texts = [p["text"] for p in data["openings"]["conjunction_prefixes"]]
    firsts = None
    max_len = 8 if lang == "zh" else 6
    opened = read = 0
    for p in pairs:
        if p.role not in ("pre", "op"):
            continue
        found = en_opening(lexicon, p.en, p.role)
        if not found:
            continue
        opened += 1
        toks = fx_tokens(lang, p.fx)
        r = read_opening(toks, forms[p.role], adverbs, [], set(), max_len)
        for c in prefix_texts:
            # A conjunction glued to the first word (`وإذ`).
            if r is None and toks and toks[0].startswith(c) and len(toks[0]) > len(c) + 1:
                r = read_opening([toks[0][len(c):]] + toks[1:], forms[p.role], adverbs, [], set(), max_len)
        if r and forms[p.role][r[0]]["family"] == family_strength(found[0]):
            read += 1
    regex = date_regex(data["dates"])
    dates_en = dates_found = 0
    organ_names = [f["text"] for o in data.get("organs", []) for f in o.get("forms", [])]
    cit_regex = citation_regex(data["citations"], data["dates"], organ_names)
    cits_en = cits_found = cits_extra = 0
    for p in pairs:
        en = collections.Counter(d for d, _, _ in en_dates(p.en))
        fx = collections.Counter(d for d, _, _ in find_dates(data["dates"], p.fx, regex))
        dates_en += sum(en.values())
        dates_found += sum((en & fx).values())
        en = collections.Counter(en_citation_keys(p.en))
        fx = collections.Counter(k for m in cit_regex.finditer(p.fx) for k in citation_keys(m.group(0)))
        fx = marker_aware(fx, en)
        cits_en += sum(en.values())
        cits_found += sum((en & fx).values())
        cits_extra += sum((fx - en).values())
    def share(a, b):
        return {"found": a, "english": b, "share": round(a / b, 4) if b else None}
    return {"openings": share(read, opened), "dates": share(dates_found, dates_en),
            "citations": dict(share(cits_found, cits_en), not_in_english=cits_extra)}


def family_strength(entry):
    return (entry["family"], entry["strength"])


def marker_aware(found, english):
    """A footnote marker glued to a number (`74/553` is 74/55 and footnote
    3, as the plain-text exports write it): a number found that English
    lacks reads as the English one when one or two digits less make it."""
    found = collections.Counter(found)
    for key in list(found):
        if key in english or "/" not in key:
            continue
        for cut in (1, 2):
            shorter = key[:-cut]
            if re.search(r"/\d+$", shorter) and english[shorter] > found[shorter]:
                found[key] -= 1
                found[shorter] += 1
                break
    return +found


def evaluate(corpus, lexicon):
    """Learn on five sessions, measure on the sixth, for each session."""
    sessions = sorted({v["en"].session for v in corpus.values()})
    table = {}
    for lang in LANGS:
        totals = collections.defaultdict(lambda: [0, 0])
        for held in sessions:
            data, _ = build(corpus, lexicon, lang, [s for s in sessions if s != held], full=False)
            test_pairs, _ = align(corpus, lang, [held])
            c = coverage(data, test_pairs, lexicon, lang)
            for k in ("openings", "dates", "citations"):
                totals[k][0] += c[k]["found"]
                totals[k][1] += c[k]["english"]
        table[lang] = {k: (a, b, round(a / b, 4) if b else None) for k, (a, b) in totals.items()}
    return table


def dump(data):
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--evaluate", action="store_true")
    parser.add_argument("--report", action="store_true")
    parser.add_argument("--lang", action="append", choices=LANGS)
    parser.add_argument("--hold-out", type=int, metavar="SESSION")
    args = parser.parse_args()
    corpus = load_corpus()
    lexicon = Lexicon()
    if args.evaluate:
        for lang, row in evaluate(corpus, lexicon).items():
            print(f"{lang} held out by session: " + ", ".join(f"{k} {a}/{b} = {r}" for k, (a, b, r) in row.items()))
        return
    stale = []
    sessions = None
    if args.hold_out is not None:
        sessions = sorted({v["en"].session for v in corpus.values()} - {args.hold_out})
    for lang in args.lang or LANGS:
        data, pairs = build(corpus, lexicon, lang, sessions)
        data["coverage"] = coverage(data, pairs, lexicon, lang)
        text = dump(data)
        path = OUT_DIR / f"{lang}.json"
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path)
        else:
            OUT_DIR.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        c = data["coverage"]
        print(f"{lang}: openings {c['openings']['share']}, dates {c['dates']['share']}, citations "
              f"{c['citations']['share']} ({c['citations']['not_in_english']} not in English) on the corpus",
              file=sys.stderr)
        if args.report:
            print(text)
    if stale:
        print("stale: " + ", ".join(str(p) for p in stale), file=sys.stderr)
        sys.exit(1)



def learn_citation_organs(pairs, dates, organ_forms, lang, words):
    """Where a language names the organ of a citation that English writes
    `Security Council resolution 2334 (2016)`: between the citation word
    and the number (Arabic `قرار مجلس الأمن 2334`, Russian `резолюции Совета
    Безопасности 2334`), or after the number and its date (French `la
    résolution 2334 (2016) du Conseil de sécurité`), with the words that
    join it; and the citation words found before such an organ (Arabic
    `قرار`, `لقرار`: the construct state)."""
    regex = date_regex(dates)
    positions = collections.Counter()
    leads = collections.defaultdict(collections.Counter)
    names = sorted({f for forms in organ_forms.values() for f in forms}, key=len, reverse=True)
    if not names:
        return [], {}
    name_re = re.compile("|".join(re.escape(n) for n in names))
    for p in pairs:
        cits = en_citations(p.en)
        taken = set()
        for c in cits:
            span = find_number(p.fx, c, taken)
            if span is None:
                continue
            taken.add(span["digits"][0])
            if c["organ"] not in ORGANS or c["index"] != 0:
                continue
            before = p.fx[max(0, span["start"] - 80):span["start"]]
            found = [m for m in name_re.finditer(before) if len(before) - m.end() <= 2]
            if found:
                m = found[-1]
                gap = before[m.end():]
                head = before[:m.start()]
                # A citation word already known, up to three words before
                # the organ (`resoluciones del Consejo`); otherwise the word
                # just before it is one (Arabic `قرار مجلس الأمن`).
                known = [w for w in re.finditer(r"\w+", head) if w.group(0) in words]
                if known and len(re.findall(r"\w+", head[known[-1].end():])) <= 3 and lang != "zh":
                    positions[("between", head[known[-1].end():])] += 1
                elif (w := re.search(r"(\w+)(\W{0,3})$", head)) and lang != "zh":
                    positions[("between", w.group(2))] += 1
                    leads[w.group(1)][(c["kind"], c["plural"], c["its"])] += 1
                else:
                    positions[("before", gap)] += 1
                continue
            end = span["end"]
            for d, ds, de in find_dates(dates, p.fx, regex):
                if 0 <= ds - end <= 20 and d == c["date"]:
                    end = de
            after = p.fx[end:end + 60]
            m = name_re.search(after)
            if m and m.start() <= 12:
                positions[("after", after[:m.start()])] += 1
    out = [{"position": pos, "connector": conn, "count": n}
           for (pos, conn), n in positions.most_common() if n >= MIN_SUPPORT]
    return out, leads


if __name__ == "__main__":
    main()
