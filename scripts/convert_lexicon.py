#!/usr/bin/env python3
"""Convert ../shared/lexicon/phrases.json and organizations.json into the Rust
data module server/core/src/data/lexicon.rs: the opening phrases of
preambular and operative paragraphs, the strength scales, the verb forms
(Requests / Requesting / Requested) and the organizations with their former
names. Frequencies come from the adopted texts of ../shared/corpus: how many
paragraphs open with each phrase, how often each organization is named.

Run from the repository root:  python3 scripts/convert_lexicon.py
"""
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
OUT = ROOT / "server/core/src/data/lexicon.rs"

# Families whose verbs are addressed to someone (`Requests the
# Secretary-General`, `Calls upon States`): a repeated verb with a new
# addressee is not a repetition.
ADDRESSEE_FAMILIES = {"exhortation", "request"}
ADDRESSEE_PHRASES = {
    "Authorizes", "Directs", "Instructs", "Commends", "Congratulates", "Pays tribute to",
    "Expresses its appreciation", "Draws the attention of", "Reminds", "Appeals to",
    "Calling upon", "Urging", "Encouraging", "Inviting", "Requesting", "Commending",
    "Congratulating", "Expressing its appreciation", "Expressing appreciation",
}

# An organization's category is written as its code (`principal_organ`);
# the words come from the Fluent files (`organization-category`), in the
# drafter's language. Every code of the lexicon must have its words in the
# English file: a new category fails here, not as a bare code in a hover.
FLUENT_EN = ROOT / "server/core/locales/en/resolute.ftl"


def category_codes():
    """The codes `organization-category` has words for, in English."""
    text = FLUENT_EN.read_text(encoding="utf-8")
    block = text.split("organization-category =", 1)[1].split("\n}", 1)[0]
    return set(re.findall(r"^\s+\*?\[([a-z_]+)\]", block, re.M))

# Participles whose stem does not follow the spelling rules below.
PARTICIPLE_EXCEPTIONS = {
    "Considering": "Considers", "Offering": "Offers", "Remembering": "Remembers",
    "Visiting": "Visits", "Committing": "Commits", "Regretting": "Regrets",
    "Deeming": "Deems", "Being": "Is", "Having": "Has", "Seeing": "Sees",
    "Agreeing": "Agrees", "Guaranteeing": "Guarantees", "Referring": "Refers",
    "Preferring": "Prefers", "Transmitting": "Transmits", "Submitting": "Submits",
    "Admitting": "Admits", "Permitting": "Permits", "Omitting": "Omits",
    "Conferring": "Confers", "Deferring": "Defers", "Occurring": "Occurs",
    "Developing": "Develops", "Listening": "Listens", "Strengthening": "Strengthens",
    "Deepening": "Deepens", "Threatening": "Threatens", "Welcoming": "Welcomes",
    "Determining": "Determines", "Underlining": "Underlines", "Examining": "Examines",
    "Declining": "Declines", "Outlining": "Outlines", "Combining": "Combines",
    "Undermining": "Undermines", "Reexamining": "Reexamines", "Bearing": "Bears",
    "Honouring": "Honours", "Favouring": "Favours", "Fulfilling": "Fulfils",
}

# Verbs that double their last consonant before -ing and -ed.
DOUBLING = {"Commit", "Regret", "Transmit", "Submit", "Admit", "Permit", "Refer", "Prefer",
            "Confer", "Defer", "Occur", "Equip", "Fulfil", "Compel", "Propel"}

# Irregular past forms of the verbs that open paragraphs.
IRREGULAR_PAST = {"Take": "Took", "Draw": "Drew", "Seek": "Sought", "Keep": "Kept", "Bring": "Brought",
                  "Pay": "Paid", "Undertake": "Undertook", "Make": "Made", "Hold": "Held", "Give": "Gave",
                  "Lay": "Laid", "Set": "Set", "Put": "Put", "Bear": "Bore"}

# Words that open paragraphs and look like verbs but are not.
NOT_VERBS = {"Nothing", "Notwithstanding", "During", "Morning", "Evening", "Something", "Anything",
             "Everything", "This", "Its", "Has", "Was", "Is", "As", "Thus", "Peasants"}


def third_person(base):
    """`Request` -> `Requests`, `Stress` -> `Stresses`, `Apply` -> `Applies`."""
    if re.search(r"(s|sh|ch|x|z)$", base):
        return base + "es"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    return base + "s"


def base_of_third(word):
    """`Requests` -> `Request`, `Stresses` -> `Stress`, `Decides` -> `Decide`."""
    if re.search(r"(ss|sh|ch|x|zz)es$", word):
        return word[:-2]
    if re.search(r"[^aeiou]ies$", word):
        return word[:-3] + "y"
    return word[:-1]


def participle_of_base(base):
    if base in DOUBLING:
        return base + base[-1] + "ing"
    if base.endswith("ie"):
        return base[:-2] + "ying"
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        return base[:-1] + "ing"
    return base + "ing"


def past_of_base(base):
    if base in IRREGULAR_PAST:
        return IRREGULAR_PAST[base]
    if base in DOUBLING:
        return base + base[-1] + "ed"
    if base.endswith("e"):
        return base + "d"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ied"
    return base + "ed"


def base_of_participle(word):
    """`Recalling` -> `Recall`, `Noting` -> `Note`, `Emphasizing` -> `Emphasize`."""
    stem = word[:-3]
    if re.search(r"(iz|is|at|ut|ag|ug|urg|iv|ov|uc|duc|rc|nc|lv|rv|ud|id|od|ir|ur|or|ar|os|us|ys|yz|u)$", stem) \
            and not stem.endswith(("ss", "sh", "our")):
        return stem + "e"
    if re.search(r"[^aeiou][aeiou][kmt]$", stem) and not stem.endswith(("it", "et", "ot")):
        return stem + "e"
    if stem.endswith(("cit", "vit", "nit", "lot")):
        return stem + "e"
    return stem


def verb_forms(third):
    base = base_of_third(third)
    return (third, participle_of_base(base), past_of_base(base), base)


# Words of an opening that are not its verb: the repetition adverbs.
REPEAT = {"also", "further", "Also", "Further"}


def opening_body(line):
    """The text of a paragraph after its indentation and number, or None."""
    if not line.startswith("\t"):
        return None
    text = line.strip()
    text = re.sub(r"^\d{1,3}(?: ?(?:bis|ter|quater))?\.\s+", "", text)
    return text


def main():
    phrases = json.loads((SHARED / "lexicon/phrases.json").read_text())
    orgs = json.loads((SHARED / "lexicon/organizations.json").read_text())
    corpus = sorted((SHARED / "corpus").glob("*.txt"))
    texts = [p.read_text() for p in corpus]
    bodies = [b for t in texts for line in t.split("\n") if (b := opening_body(line))]

    # Frequency of each phrase as a paragraph opening (longest match wins).
    entries = phrases["preambular"] + phrases["operative"]
    by_length = sorted({e["phrase"] for e in entries}, key=len, reverse=True)
    frequency = {p: 0 for p in by_length}
    for body in bodies:
        for phrase in by_length:
            if body.startswith(phrase) and (len(body) == len(phrase) or not body[len(phrase)].isalnum()):
                frequency[phrase] += 1
                break

    # Verb forms: every operative verb of the lexicon and of the corpus, and
    # every participle opening of the lexicon and of the corpus.
    thirds = set()
    for e in phrases["operative"]:
        words = [w for w in e["phrase"].split() if w not in REPEAT and w.lower() not in phrases["modifiers"]["intensifiers"]]
        if words and words[0].endswith("s"):
            thirds.add(words[0][0].upper() + words[0][1:])
    participles = set()
    for e in phrases["preambular"]:
        words = [w for w in e["phrase"].split() if w not in REPEAT and w.lower() not in phrases["modifiers"]["intensifiers"]]
        if words and words[0].endswith("ing"):
            participles.add(words[0][0].upper() + words[0][1:])
    numbered = re.compile(r"^\t\d{1,3}\.\t")
    counts = {}
    for text in texts:
        for line in text.split("\n"):
            body = opening_body(line)
            if not body:
                continue
            words = body.split()
            if words and words[0] in REPEAT and len(words) > 1:
                words = words[1:]
            if len(words) < 2 or not re.fullmatch(r"[A-Z][a-z-]{2,}", words[0]) or words[0] in NOT_VERBS:
                continue
            word = words[0]
            if numbered.match(line) and word.endswith("s") and words[1][:1].islower() \
                    and not word.endswith(("ss", "us", "is", "ics", "ions", "ols")):
                counts[("third", word)] = counts.get(("third", word), 0) + 1
            elif not numbered.match(line) and word.endswith("ing") and len(word) > 5:
                counts[("participle", word)] = counts.get(("participle", word), 0) + 1
    for (kind, word), n in counts.items():
        if n >= 2:
            (thirds if kind == "third" else participles).add(word)
    forms = {}
    for third in thirds:
        f = verb_forms(third)
        forms[f[1]] = f
    for participle in participles:
        if participle in forms or participle == "Having":
            continue
        third = PARTICIPLE_EXCEPTIONS.get(participle)
        if third is None:
            base = base_of_participle(participle)
            third = third_person(base)
        forms[participle] = verb_forms(third)
        # Keep the participle as written: the spelling rules are a guess.
        forms[participle] = (forms[participle][0], participle, forms[participle][2], forms[participle][3])
    forms = sorted(forms.values())

    # Organizations: names, aliases, frequency in the corpus.
    corpus_text = "\n".join(texts)

    def count(pattern):
        return len(re.findall(r"(?<![\w-])" + re.escape(pattern) + r"(?![\w-])", corpus_text))

    def short(name):
        m = re.fullmatch(r"(.+?) \((.+)\)", name)
        return m.group(1) if m else None

    org_rows = []
    known = category_codes()
    unknown = sorted({e["category"] for e in orgs["entries"]} - known)
    if unknown:
        sys.exit(f"categories without words in {FLUENT_EN.relative_to(ROOT)} (organization-category): {unknown}")
    for e in orgs["entries"]:
        aliases = []
        if e.get("un_text_usage"):
            usage = re.sub(r"\s*\(.*", "", e["un_text_usage"]).strip()
            if usage and usage != e["name"]:
                aliases.append(usage)
        if short(e["name"]):
            aliases.append(short(e["name"]))
        freq = count(e["name"]) + sum(count(a) for a in aliases)
        if e["acronym"] and len(e["acronym"]) > 1:
            freq += count(e["acronym"])
        former = []
        for f in e["former_names"]:
            name = f["name"]
            kind = "renamed"
            change = f.get("change", "")
            if re.search(r"predecessor|continues|dissolved", change):
                kind = "predecessor"
            elif re.search(r"merged|absorbed|replaced|superseded|succeeded|reconstituted|reorganized|split|transformed|became|reconfigured|expanded|converted|restructured", change):
                kind = "succeeded"
            former.append({
                "name": re.sub(r" \((first)\)$", "", name),
                "acronym": f.get("acronym"),
                "until": f.get("until") or "",
                "change": change,
                "kind": kind,
            })
        org_rows.append({
            "name": e["name"], "acronym": e["acronym"], "aliases": aliases,
            "category": e["category"],
            "parent": e["parent"], "status": e["status"] or "", "note": e["note"] or "",
            "verified": e["confidence"] == "verified", "former": former, "frequency": freq,
        })

    def s(text):
        return json.dumps(text, ensure_ascii=False)

    def opt(text):
        return f"Some({s(text)})" if text else "None"

    part_name = {"preambular": "Part::Preambular", "operative": "Part::Operative"}
    bodies_name = {"all": "Bodies::All", "GA": "Bodies::GeneralAssembly", "SC": "Bodies::SecurityCouncil",
                   "MUN": "Bodies::ModelUn"}
    lines = [
        "//! The drafting vocabulary: opening phrases of preambular and operative",
        "//! paragraphs, their strength scales and verb forms, and the names of",
        "//! organizations with their former names.",
        "//!",
        "//! Generated by `scripts/convert_lexicon.py` from `shared/lexicon/phrases.json`",
        "//! and `shared/lexicon/organizations.json`, with frequencies counted in the",
        "//! adopted texts of `shared/corpus`. Do not edit by hand.",
        "",
        "use crate::vocabulary::{Bodies, FormerName, Organization, Part, Phrase, Succession};",
        "",
        "/// Opening phrases, preambular then operative, in the lexicon's order.",
        "pub const PHRASES: &[Phrase] = &[",
    ]
    for e in entries:
        strength = f"Some({e['strength']})" if e["strength"] is not None else "None"
        addressee = e["family"] in ADDRESSEE_FAMILIES or e["phrase"] in ADDRESSEE_PHRASES
        lines += [
            "    Phrase {",
            f"        text: {s(e['phrase'])},",
            f"        part: {part_name[e['part']]},",
            f"        family: {s(e['family'])},",
            f"        strength: {strength},",
            f"        bodies: {bodies_name[e['bodies']]},",
            f"        note: {s(e['note'])},",
            f"        seen_in_un_text: {str(bool(e['seen_in_un_text'])).lower()},",
            f"        frequency: {frequency[e['phrase']]},",
            f"        addressee: {str(addressee).lower()},",
            "    },",
        ]
    lines += ["];", "", "/// Strength scales, weakest first; `a / b` are of equal strength.",
              "pub const STRENGTH_SCALES: &[(&str, &[&str])] = &["]
    for name, scale in phrases["strength_scales"].items():
        if isinstance(scale, list):
            lines.append(f"    ({s(re.sub(r' [(].*', '', name))}, &[{', '.join(s(x) for x in scale)}]),")
    lines += ["];", "", "/// What the strength scales rest on.",
              f"pub const STRENGTH_BASIS: &str = {s(phrases['strength_scales']['basis'])};", ""]
    lines += ["/// Verb forms: (present, participle, past, base): `Requests`, `Requesting`,",
              "/// `Requested`, `Request`.",
              "pub const VERB_FORMS: &[(&str, &str, &str, &str)] = &["]
    lines += [f"    ({s(a)}, {s(b)}, {s(c)}, {s(d)})," for a, b, c, d in forms]
    lines += ["];", "", "/// Organizations, in the lexicon's order.", "pub const ORGANIZATIONS: &[Organization] = &["]
    for o in org_rows:
        lines += [
            "    Organization {",
            f"        name: {s(o['name'])},",
            f"        acronym: {opt(o['acronym'])},",
            f"        aliases: &[{', '.join(s(a) for a in o['aliases'])}],",
            f"        category: {s(o['category'])},",
            f"        parent: {opt(o['parent'])},",
            f"        status: {s(o['status'])},",
            f"        note: {s(o['note'])},",
            f"        verified: {str(o['verified']).lower()},",
            f"        frequency: {o['frequency']},",
        ]
        if o["former"]:
            lines.append("        former: &[")
            for f in o["former"]:
                lines += [
                    "            FormerName {",
                    f"                name: {s(f['name'])},",
                    f"                acronym: {opt(f['acronym'])},",
                    f"                until: {s(f['until'])},",
                    f"                change: {s(f['change'])},",
                    f"                succession: Succession::{ {'renamed': 'Renamed', 'succeeded': 'Succeeded', 'predecessor': 'Predecessor'}[f['kind']] },",
                    "            },",
                ]
            lines.append("        ],")
        else:
            lines.append("        former: &[],")
        lines.append("    },")
    lines += ["];", ""]
    OUT.write_text("\n".join(lines))
    print(f"wrote {OUT.relative_to(ROOT)}: {len(entries)} phrases, {len(forms)} verb forms, "
          f"{len(org_rows)} organizations", file=sys.stderr)
    top = sorted(frequency.items(), key=lambda kv: -kv[1])[:8]
    print("most frequent openings: " + ", ".join(f"{p} {n}" for p, n in top), file=sys.stderr)


if __name__ == "__main__":
    main()
