#!/usr/bin/env python3
"""Convert ../shared/catalog (General Assembly, Security Council and Human
Rights Council resolutions: symbol, date, title) into the compact catalog the
binary embeds: server/core/data/catalog.tsv.

Each entry line is tab-separated:
    organ  key  date  other_dates  parts  source  title  title_source  part_dates
organ is G (General Assembly), S (Security Council) or H (Human Rights
Council); key is how texts cite the resolution (`67/264`, `ES-10/19`,
`3369 (XXX)`, `104 (S-1)`, the bare Council number `1624`, `52/2`); dates are
ISO; source is u (UNxml: official metadata), v (UN Digital Library voting
record) or c (date mined from citations in official texts). title_source
says where the title comes from: u (official metadata), v (the Digital
Library's catalogue record), d (a description, not a title: the Security
Council's resolutions bear none), or the symbol of an official text of
../shared/corpus that quotes it (`resolution 70/299 of 29 July 2016, entitled
"..."`), when the sources have no title or only the catalogue's rendering of
the one the texts quote. part_dates gives the dates official texts cite for
lettered parts (`A=2012-02-16 B=2012-08-03`). Lines starting with
`!complete` declare the sessions the catalog holds completely:
    !complete  organ  session  first  last  closed
(closed = 1: no number after `last` exists; 0: the session may go on).

Dates: where the corpus holds a resolution's own text, the date its
adoption line gives wins over the voting record's (the record dates S/RES/2763
(2024) 16 December, its text 13 December); DATE_CORRECTIONS lists the other
dates of the sources proven wrong, each with its evidence.

Run from the repository root:  python3 scripts/convert_catalog.py
"""
import collections
import csv
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "catalog"
CORPUS = ROOT.parent / "shared" / "corpus"
OUT = ROOT / "server/core/data/catalog.tsv"

SOURCES = {"unxml": "u", "undl-voting": "v", "citation": "c"}
# Sessions the sources hold completely (shared/catalog/README.md). Sessions
# still open when the data was taken (July 2026) may gain numbers later.
COMPLETE_GA = [str(s) for s in range(74, 81)] + ["ES-10", "ES-11", "S-32"]
OPEN_GA = {"80", "ES-10", "ES-11"}

GA_NEW = re.compile(r"^A/RES/((?:ES-|S-)?\d+)/(\d+)$")
GA_OLD = re.compile(r"^A/RES/(\d+)\(((?:ES-|S-)?[IVXLC\d]+)\)$")


# Dates of the sources proven wrong: symbol -> (date, evidence).
DATE_CORRECTIONS = {
    "S/RES/1564": ("2004-09-18", "adopted by the Security Council at its 5040th meeting, on 18 "
                   "September 2004 (its text; cited so by A/HRC/RES/54/2 and 57/2); the voting "
                   "record says 17 September"),
}


def clean(text):
    return " ".join(text.replace("\t", " ").split())


# ---------------------------------------------------------------------------
# Mining the official texts of ../shared/corpus: the titles they quote and the
# dates they give lettered parts.

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTH_RE = "|".join(MONTHS)
LEAD = re.compile(r"\b([Rr]esolutions?|[Dd]ecisions?)[ \u00a0]+")
SLASH = re.compile(r"((?:ES-|S-)?\d{1,4})/(\d{1,4})\b((?: [A-Z](?:(?: and| to|,) [A-Z])*)\b)?")
ROMAN = re.compile(r"(\d{1,4})((?: [A-Z](?: (?:and|to) [A-Z])?)?) \(((?:ES-|S-)?[IVXL]+)\)")
YEAR = re.compile(r"\d{1,4} \(\d{4}\)")
DATE = re.compile(rf",? of (\d{{1,2}}) ({MONTH_RE}) (\d{{4}})\b")
ENTITLED = re.compile(r",? entitled [“\"]")
SEP = re.compile(r"(?:,\d{0,3} (?:and |as well as )?| and | as well as )")
BODY = re.compile(r"\b(General Assembly|Security Council|Human Rights Council|Economic and "
                  r"Social Council|Commission|Conference|Assembly|Council|Committee|Board|"
                  r"Forum|Parties|Organization|Meeting)\b")
ADOPTED_BY = re.compile(r"\b(?:adopted|endorsed) (?:by|at|in)\b[^,;“”]{0,60}?" + BODY.pattern)
OWN_GA = re.compile(r"^((?:ES-|S-)?\d{1,4}/\d{1,4})\.\s", re.M)
ADOPTION = re.compile(rf"^Resolution adopted by the (General Assembly|Human Rights Council)"
                      rf"(?: on (\d{{1,2}}) ({MONTH_RE}) (\d{{4}}))?", re.M)
SC_HEADER = re.compile(r"^Resolution (\d{1,5}) \((\d{4})\)\s*$", re.M)
SC_ADOPTION = re.compile(rf"^Adopted by the Security Council\b.*?on ?(\d{{1,2}}) ({MONTH_RE}) "
                         rf"(\d{{4}})", re.M)


def iso(day, month, year):
    return f"{int(year):04d}-{MONTHS.index(month) + 1:02d}-{int(day):02d}"


def corpus_texts():
    """Every English text under ../shared/corpus, as (path, text)."""
    paths = sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("unxml/*/*.txt")) \
        + sorted(CORPUS.glob("parallel/*/en.txt"))
    for path in paths:
        yield path, path.read_text(encoding="utf-8")


def own_facts(text):
    """What a text says about itself: (organ code, symbol, ISO adoption date)."""
    sc = SC_HEADER.search(text)
    if sc:
        adopted = SC_ADOPTION.search(text)
        date = iso(*adopted.groups()) if adopted else None
        return "S", f"S/RES/{sc.group(1)}", date
    adoption = ADOPTION.search(text)
    number = OWN_GA.search(text)
    if not adoption or not number:
        return None, None, None
    organ = "G" if adoption.group(1) == "General Assembly" else "H"
    prefix = "A/RES/" if organ == "G" else "A/HRC/RES/"
    date = iso(*adoption.groups()[1:]) if adoption.group(2) else None
    return organ, prefix + number.group(1).split(" ")[0], date


def previous_word(text, end):
    words = text[:end].split()
    return words[-1] if words else ""


def foreign_body(text, start, end, own):
    """Whether text[start:end] names a body other than `own` (G or H)."""
    for m in BODY.finditer(text, start, end):
        name, before = m.group(1), previous_word(text, m.start())
        qualified = before[:1].isupper() and before != "The"
        if own == "G" and (name == "General Assembly" or name == "Assembly" and not qualified):
            continue
        if own == "H" and (name == "Human Rights Council" or name == "Council" and not qualified):
            continue
        if name == "Organization" and before in ("the", "The"):
            continue
        return True
    return False


def lead_organ(line, lead, list_end, own):
    """The organ (G or H) a list of citations led at `lead` belongs to, when
    the words leave no doubt; None otherwise (another body's, or unsure)."""
    before = line[:lead].rstrip(" \u00a0")
    after = line[list_end:list_end + 240].split(";")[0]
    adopted = ADOPTED_BY.search(after)
    if adopted and not adopted.group(1).startswith(("General Assembly", "Assembly")):
        return None
    if before.endswith("General Assembly"):
        return "G"
    if before.endswith("Human Rights Council"):
        return "H"
    last = previous_word(line, len(before))
    prior = previous_word(line, len(before) - len(last))
    if last == "Assembly" and not (prior[:1].isupper() and prior != "The"):
        return "G"
    clause_start = before.rfind(";") + 1
    if last in ("its", "their"):
        if own in ("G", "H") and not foreign_body(line, clause_start, len(before), own):
            return own
        return None
    if last[:1].isupper():
        return None
    if own == "G" and not foreign_body(line, clause_start, len(before), own):
        return "G"
    return None


def quoted_title(line, start):
    """The title quoted from `start` (after its opening mark) and where its
    closing mark is, quotations inside it balanced; None if not closed."""
    straight = line[start - 1] == '"'
    depth = 0
    for i in range(start, min(len(line), start + 1000)):
        c = line[i]
        if c == "“":
            depth += 1
        elif c == "”" and depth:
            depth -= 1
        elif c == "”" or c == '"' and straight:
            return line[start:i], i
    return None


def parse_list(line, pos):
    """The items of a list of citations from `pos`: (symbol tail, letters,
    ISO date or None, title or None), and where the list ends."""
    items = []
    end = pos
    while True:
        m = ROMAN.match(line, pos)
        if m:
            tail = f"{m.group(1)}({m.group(3)})"
            letters = m.group(2).strip()
        else:
            m = YEAR.match(line, pos)
            if m:
                tail, letters = None, ""
            else:
                m = SLASH.match(line, pos)
                if not m:
                    break
                tail = f"{m.group(1)}/{m.group(2)}"
                letters = (m.group(3) or "").strip()
        at = m.end()
        date = title = None
        d = DATE.match(line, at)
        if d:
            date = iso(*d.groups())
            at = d.end()
        e = ENTITLED.match(line, at)
        if e:
            quoted = quoted_title(line, e.end())
            if quoted:
                title, close = quoted
                at = close + 1
        if tail:
            items.append((tail, letters, date, title))
        end = at
        sep = SEP.match(line, at)
        if not sep:
            break
        pos = sep.end()
    return items, end


def mine_corpus():
    """What official texts say of the resolutions they cite: quoted titles
    {(organ, symbol): Counter(title)} with the first text quoting each,
    dates of lettered parts {(symbol, letter): Counter(date)}, and the
    texts' own adoption dates {symbol: date}."""
    titles = collections.defaultdict(collections.Counter)
    title_source = {}
    part_dates = collections.defaultdict(collections.Counter)
    own_dates = {}
    for _path, text in corpus_texts():
        own, symbol, adopted = own_facts(text)
        if symbol and adopted:
            own_dates[symbol] = adopted
        for line in text.split("\n"):
            for lead in LEAD.finditer(line):
                if not lead.group(1).lower().startswith("resolution"):
                    continue
                items, end = parse_list(line, lead.end())
                if not items:
                    continue
                organ = lead_organ(line, lead.start(), end, own)
                if organ is None:
                    continue
                prefix = "A/RES/" if organ == "G" else "A/HRC/RES/"
                for tail, letters, date, title in items:
                    cited = prefix + tail
                    if title and not letters:
                        titles[(organ, cited)][title] += 1
                        title_source.setdefault((organ, cited, title), symbol or _path.name)
                    if organ == "G" and date and len(letters) == 1:
                        part_dates[(cited, letters)][date] += 1
    return titles, title_source, part_dates, own_dates


def lenient(title):
    """A title compared as a catalogue may render it: case, spacing and
    punctuation aside."""
    return re.sub(r"[^0-9a-z]+", "", title.lower())


def most_common(counter):
    """The most frequent value of a Counter, or None on a tie."""
    ranked = counter.most_common(2)
    if not ranked or len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def plausible(session, date):
    """Whether an ISO date can belong to General Assembly session `session`
    (a number, or a roman numeral): adopted in 1945 + N to 1947 + N."""
    if re.fullmatch(r"\d+", session):
        n = int(session)
    else:
        return False
    year = int(date[:4])
    return 1945 + n <= year <= 1947 + n



def ga_rows():
    for row in csv.DictReader(open(SHARED / "ga.csv", encoding="utf-8")):
        symbol = row["symbol"]
        m = GA_NEW.match(symbol)
        if m:
            key = f"{m.group(1)}/{m.group(2)}"
        else:
            m = GA_OLD.match(symbol)
            if not m:
                sys.exit(f"ga.csv: cannot read symbol {symbol!r}")
            key = f"{m.group(1)} ({m.group(2)})"
        source = SOURCES.get(row["source"], "c")
        # A handful of rows carry the session name as their source: they are
        # UNxml rows of emergency sessions.
        if row["source"] == row["session"]:
            source = "u"
        yield ("G", key, row["date"], row["other_dates"], row["parts"], source,
               clean(row["title"]), row["session"])


def sc_rows():
    for row in csv.DictReader(open(SHARED / "sc.csv", encoding="utf-8")):
        source = "u" if row["source"] == "unxml" else "v"
        yield ("S", row["number"], row["date"], "", "", source, clean(row["title"]), None)


def hrc_rows():
    for row in csv.DictReader(open(SHARED / "hrc.csv", encoding="utf-8")):
        m = re.match(r"^A/HRC/RES/(\d+)/(\d+)$", row["symbol"])
        if not m:
            sys.exit(f"hrc.csv: cannot read symbol {row['symbol']!r}")
        yield ("H", f"{m.group(1)}/{m.group(2)}", row["date"], "", "", "u",
               clean(row["title"]), row["session"])


def main():
    ga = list(ga_rows())
    sc = list(sc_rows())
    hrc = list(hrc_rows())
    titles, title_source, part_dates, own_dates = mine_corpus()
    part_letters = collections.defaultdict(set)
    for cited, letter in part_dates:
        part_letters[cited].add((cited, letter))
    lines = [
        "# Resolute's built-in resolution catalog. Generated by scripts/convert_catalog.py",
        "# from shared/catalog and the official texts of shared/corpus; the data is the",
        "# United Nations' (see the README). Do not edit.",
    ]
    for session in COMPLETE_GA:
        numbers = [int(r[1].split("/")[1]) for r in ga if r[7] == session]
        if not numbers:
            sys.exit(f"no entries for complete session {session}")
        closed = 0 if session in OPEN_GA else 1
        lines.append(f"!complete\tG\t{session}\t{min(numbers)}\t{max(numbers)}\t{closed}")
    sc_numbers = [int(r[1]) for r in sc]
    if sorted(sc_numbers) != list(range(1, max(sc_numbers) + 1)):
        sys.exit("sc.csv is not complete from 1")
    lines.append(f"!complete\tS\t-\t1\t{max(sc_numbers)}\t1")
    filled = replaced = corrected = parts_dated = 0
    for row in ga + sc + hrc:
        organ, key, date, other_dates, parts, source, title, session = row
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", date):
            sys.exit(f"bad date in {row}")
        symbol = symbol_of(organ, key)
        correction = DATE_CORRECTIONS.get(symbol)
        own = own_dates.get(symbol)
        if correction:
            date = correction[0]
            corrected += 1
        elif own and own != date and own not in other_dates.split():
            date = own
            corrected += 1
        title_from = {"S": "d"}.get(organ, "u" if source == "u" else "v")
        if organ == "G" and source == "c":
            title_from = "c"
        quoted = most_common(titles.get((organ, symbol), collections.Counter()))
        if quoted and organ == "G" and not parts:
            if not title:
                title, title_from = clean(quoted), title_source[(organ, symbol, quoted)]
                filled += 1
            elif title_from in ("v", "c") and lenient(quoted) == lenient(title):
                if title != quoted:
                    replaced += 1
                title, title_from = clean(quoted), title_source[(organ, symbol, quoted)]
        dated_parts = []
        if organ == "G":
            for letter in sorted(l for (cited, l) in part_letters.get(symbol, ())):
                when = most_common(part_dates.get((symbol, letter), collections.Counter()))
                if when and plausible(session, when):
                    dated_parts.append(f"{letter}={when}")
            parts_dated += bool(dated_parts)
        if not title:
            title_from = ""
        lines.append("\t".join([organ, key, date, other_dates, parts, source, title, title_from,
                                " ".join(dated_parts)]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(ga)} GA, {len(sc)} SC, {len(hrc)} HRC entries, "
          f"{OUT.stat().st_size} bytes; from the corpus: {filled} titles filled, {replaced} "
          f"catalogue titles replaced by the wording texts quote, {parts_dated} resolutions "
          f"with dated parts; {corrected} dates corrected")


def symbol_of(organ, key):
    """The document symbol of a row: A/RES/67/264, A/RES/3369(XXX),
    S/RES/1624, A/HRC/RES/52/2."""
    if organ == "S":
        return f"S/RES/{key}"
    if organ == "H":
        return f"A/HRC/RES/{key}"
    if " (" in key:
        number, session = key.split(" (", 1)
        return f"A/RES/{number}({session}"
    return f"A/RES/{key}"


if __name__ == "__main__":
    main()
