# Resolute's messages in English: diagnostics, quick-fix titles, code
# actions and hover labels. Each rule's messages are named after its code.
# Arguments: text quoted from the document and symbols are written as they
# are; dates and session ordinals come formatted in the language.

## bracket-balance

bracket-balance-unopened = remove this `]`, or add `[` where the disputed text begins: it closes no `[`
bracket-balance-unclosed = add `]` where the disputed text ends, or remove this `[`: it is never closed

## citation-catalog-date

citation-catalog-date-whole = write `{ $write }`: resolution { $cite } was adopted on { $known }{ $others }{ $source }, not { $date }
citation-catalog-date-others = {" "}(or { $dates })
citation-date-cited-source = {" "}(the date official texts cite for it)
citation-catalog-date-part = write `{ $write }`: { $section ->
        [yes] a section of resolution { $written }, which was
       *[no] resolution { $written } was
    } adopted on { $expected }{ $source }, not { $date }
citation-catalog-date-parts = check the date: the catalog knows resolution { $cite } of { $dates }, not of { $date }, and not the date of { $written }
citation-catalog-date-fix = Write { $written }

## citation-future

citation-future-session = check the number: resolution { $cite } belongs to the { $cited } session, after this text's own ({ $own })
citation-future-number = check the number: resolution { $cite } comes after this resolution, { $own }
citation-future-session-end = check the number: resolution { $cite } dates from { $cited }, after the session of this text ended on { $end }
citation-future-adoption = check the number: resolution { $cite } dates from { $cited }, after this text's adoption on { $own }

## citation-malformed

citation-malformed-roman = write the session as I, II, … XXX: this is not a valid roman numeral
citation-malformed-old-emergency = write `NNNN (ES-{ $roman })`: emergency special sessions before the sixth numbered resolutions in the old style
citation-malformed-old-special = write `NNNN (S-{ $roman })`: special sessions before the eighth numbered resolutions in the old style
citation-malformed-session-zero = check the number: there is no session 0
citation-malformed-number-zero = check the number: resolutions are numbered from 1
citation-malformed-year = check the year: the Security Council adopted its first resolution in 1946, not { $year }
citation-malformed-day-zero = correct the day: a date cannot fall on day 0
citation-malformed-date = correct the date: { $date } does not exist ({ $month } { $year } has { $days } days)
citation-malformed-roman-regular = the General Assembly wrote sessions in roman numerals only up to the thirtieth (XXX); for session { $n } write `{ $n }/<number>`
citation-malformed-roman-special = from the eighth special session resolutions are numbered `S-{ $n }/<number>`, not in roman numerals
citation-malformed-roman-emergency = from the sixth emergency special session resolutions are numbered `ES-{ $n }/<number>`, not in roman numerals

## citation-order

citation-order = list citations in the order they were adopted: resolution { $written } ({ $date }) should come before { $before_written } ({ $before_date })

## citation-session-date

citation-session-date-sc-year = write `{ $number } ({ $actual })`: Security Council resolution { $number } was adopted in { $actual }, not { $year }
citation-session-date-sc-range = check the number and the year: the Security Council adopted resolutions { $first } to { $last } in { $year }; { $number } is not among them
citation-session-date-sc-date = check the date: resolution { $number } ({ $year }) was adopted in { $year }, but this date is in { $date_year }
citation-session-date-during = from { $start } to { $end }
citation-session-date-from = from { $start }
citation-session-date-ga = check the date or the number: resolution { $written } belongs to the { $session } session, which adopted texts from { $start } to { $end }; { $date } is outside it
citation-session-date-ga-opened = check the date or the number: resolution { $written } belongs to a session that opened on { $start }; { $date } is earlier
citation-session-date-hrc = check the date or the number: Human Rights Council resolution { $written } belongs to its { $session } session, held { $during }; { $date } is outside it
citation-session-date-hrc-dates = check the date or the number: Human Rights Council resolution { $written } dates { $during }; { $date } is earlier
citation-session-date-ecosoc = check the date: Economic and Social Council resolution { $year }/{ $number } belongs to its { $year } session, which runs from July to July ({ $during }); { $date } is outside it
citation-session-date-ecosoc-year = check the date: Economic and Social Council resolution { $year }/{ $number } was adopted in { $year }, but this date is in { $date_year }
citation-session-date-option = the { $organ ->
        [ga] General Assembly
        [sc] Security Council
        [hrc] Human Rights Council
        [ecosoc] Economic and Social Council
       *[other] another body
    }'s, { $during }
citation-session-date-none-fits = check the date or the number: resolution { $written } would be { $options }; { $date } fits neither
citation-session-date-year-numbered = check the date or the number: resolution { $year }/{ $number } is numbered by the year of its session, which ran from { $start } to { $end }; { $date } is outside it

## citation-unknown

citation-unknown-dated = { $cite } of { $date }
citation-unknown-sc = check the number: the catalog's last Security Council resolution is { $last }; { $number } is not known
citation-unknown-session = check the number: the catalog holds every resolution of session { $name } ({ $first } to { $last }) and { $written } is not among them

## citation-title

citation-title = quote the title as it is: resolution { $cite } is entitled “{ $title }”{ $source }
citation-title-cited-in = {" "}(as { $symbol } quotes it)
citation-title-library = {" "}(as the UN Digital Library records it)
citation-title-fix = Write the catalog's title

## footnotes

footnote-duplicate = give this footnote text its own number, or delete it: footnote { $number } already has a text (line { $first })
footnote-missing = add the text of footnote { $n } (a line `{ $n } <text>` with the footnotes at the end), or remove this marker: footnote { $n } has no text
footnote-order = should be footnote { $expected }: footnotes are numbered in the order they are first cited, and footnote { $n } is cited before footnote { $expected }
footnote-unused = cite footnote { $number } with the marker { $number } after the words it documents, or delete this footnote: no marker in the text cites it

## former-name

former-name = write `{ $current }`, unless the text means the body as it then was: `{ $written }` is a former name (used{ $until }; { $change })
former-name-until = {" "}until { $until }

## Quick fixes shared by several rules

fix-write = Write `{ $text }`

## operative-numbering

operative-numbering-label-used = this label is already used on line { $line }: give this paragraph a label of its own (`bis` for an insert)
operative-numbering-gap-one = number this paragraph { $expected }, or insert paragraph { $expected } before it: paragraph { $expected } is missing
operative-numbering-gap = number this paragraph { $expected }, or insert the missing paragraphs: paragraphs { $expected } to { $last } are missing
operative-numbering-mistyped = renumber this paragraph { $expected }: it should be numbered { $expected }, not { $found }
operative-numbering-twice = renumber this paragraph { $expected }: the number { $found } is used twice
operative-numbering-back = renumber this paragraph { $expected }: it follows paragraph { $previous }, so it should not be { $found }

## paragraph-opening

paragraph-opening-preambular-participle = write `{ $write }`, not `{ $word }`: a preambular paragraph should open with a participle
paragraph-opening-preambular-verb = write the participle of `{ $word }` (`Recalling`, not `Recalls`): a preambular paragraph should open with a participle
paragraph-opening-preambular-subject = write `Recalling …`, `Noting …`: a preambular paragraph should open with a participle, not with its subject
paragraph-opening-preambular-other = rephrase the opening: a preambular paragraph should open with a participle or an adjective (`Recalling`, `Noting with concern`, `Convinced`), not `{ $word }`
paragraph-opening-operative-other = rephrase the opening: an operative paragraph should open with a verb in the present tense (`Requests`, `Decides`, `Calls upon`), not `{ $word }`
paragraph-opening-operative-present = write `{ $write }`, not `{ $word }`: an operative paragraph should open with a verb in the present tense
paragraph-opening-operative-subject = write `{ $verb } …`: an operative paragraph should open with its verb, without the subject
paragraph-opening-other-part = { $part ->
        [preambular] a preambular paragraph opens with a participle or an adjective
       *[operative] an operative paragraph opens with a verb in the present tense
    }: write `{ $other }`, not `{ $word }`
paragraph-opening-other-part-rephrase = { $part ->
        [preambular] a preambular paragraph opens with a participle or an adjective
       *[operative] an operative paragraph opens with a verb in the present tense
    }, not `{ $form }`: rephrase its opening

## paragraph-punctuation

paragraph-punctuation-replace = replace `{ $found }` with `{ $expected }`: { $what } should end with { $expected_name }, not { $found_name }
paragraph-punctuation-add = add `{ $expected }` at the end: { $what } should end with { $expected_name }
paragraph-punctuation-fix-replace = Replace `{ $found }` with `{ $expected }`
paragraph-punctuation-fix-add = Add `{ $expected }`
paragraph-punctuation-mark = { $mark ->
        [comma] a comma
        [semicolon] a semicolon
        [full-stop] a full stop
        [colon] a colon
       *[other] another character
    }
paragraph-punctuation-what = { $what ->
        [preambular] a preambular paragraph
        [operative-not-last] an operative paragraph other than the last
        [last] the last operative paragraph
        [last-subparagraph] the last subparagraph of the last operative paragraph
       *[operative] an operative paragraph
    }

## paragraph-reference

paragraph-reference-backwards = write paragraphs { $high } to { $low }: this range runs backwards
paragraph-reference-missing = correct the reference: there is no paragraph { $number }{ $suffix }{ $scope ->
        [above] {" "}above
        [below] {" "}below
        [present] {" "}in the present resolution
       *[none] {""}
    } (the paragraphs run to { $last })
paragraph-reference-no-subparagraph = correct the reference: paragraph { $number }{ $suffix } has no subparagraph ({ $sub }){ $sub_suffix }

## repeated-opening

repeated-opening = write `{ $written }`: a paragraph repeating the opening `{ $base }` of the previous one{ $addressee ->
        [same] {" "}to the same addressee
       *[none] {""}
    } should take `{ $adverb }`

## subparagraph-numbering

subparagraph-numbering-gap-one = label this subparagraph { $expected }, or insert { $expected } before it: subparagraph { $expected } is missing
subparagraph-numbering-gap = label this subparagraph { $expected }: subparagraphs { $expected } to { $last } are missing
subparagraph-numbering-mistyped = relabel this subparagraph { $expected }: it should be { $expected }, not { $found }
subparagraph-numbering-repeat = relabel this subparagraph { $expected }: { $found } repeats a label or goes back

## The hints of a technical update (against the base)

update-session-unstated = {" "}(the draft does not say its session: the one after its base's is assumed; write `Eightieth session` or its own number at its head)
update-report-session-copied = write `{ $new }`: the `{ $written }` session is copied unchanged from the base, which already asked for it, and this draft is for that session{ $unstated }
update-report-session-before = write `{ $new }`: this asks for the { $written } session, which is before the draft's own ({ $draft }){ $unstated }
update-session-copied = write `{ $new }`: `{ $written }` is copied unchanged from the base, where it meant the base's own session; this draft is for the { $draft } session{ $unstated }
update-base-date = {" "}of { $date }
update-base-not-recalled = recall resolution { $cite }{ $date } in the preamble: a technical update should recall its base, last session's resolution
update-base-not-recalled-fix = Recall resolution { $cite }

## Hover

hover-footnote = Footnote { $number }
hover-footnote-no-text = This footnote has no text yet.
hover-footnote-split = `{ $whole }` is read as `{ $number }` followed by the marker of footnote { $marker }.

## Code actions

action-renumber-paragraphs = Renumber operative paragraphs and subparagraphs
action-renumber-footnotes = Renumber footnotes in order of first citation
action-add-footnote = Add the text of footnote { $number } (a line `{ $number } `: type the text after it)
action-finalize-numbering = Finalize numbering (drop PP/OP labels, number bis/ter inserts)
action-insert-date = Insert the date of resolution { $cite } ({ $date })
action-sort-citations = Sort the citations in the order they were adopted

## version-mismatch (resolute compare: a difference from another language version)

version-mismatch-language = { $lang ->
        [en] English
        [fr] French
        [es] Spanish
        [ar] Arabic
        [zh] Chinese
       *[ru] Russian
    }
version-mismatch-moved = this paragraph is { $unit } of the { $lang } version, which stands elsewhere there
version-mismatch-missing = the { $lang } version has { $unit } here, which this version lacks
version-mismatch-extra = { $unit } is not in the { $lang } version
version-mismatch-order = this paragraph reads as { $unit } of the { $lang } version: the two paragraphs are in another order
version-mismatch-citation-other = cites { $cite } where the { $lang } version cites { $other }
version-mismatch-citation-extra = cites { $cite }, which the { $lang } version does not cite here
version-mismatch-citation-lacking = does not cite { $cite }, which the { $lang } version cites here
version-mismatch-date = { $cite } is dated { $date } here and { $other } in the { $lang } version
version-mismatch-date-unread = the date of { $cite } is not written as a date of this language here (the { $lang } version dates it { $other })
version-mismatch-date-part = { $cite } is dated with { $figure } here and { $other } in the { $lang } version
version-mismatch-footnote-here = footnote { $number } is cited here, not in this paragraph of the { $lang } version
version-mismatch-footnote-there = the { $lang } version cites footnote { $number } in this paragraph; this version does not
version-mismatch-reference = refers to paragraph { $number } where the { $lang } version refers to paragraph { $other }
version-mismatch-figure = { $figure } here, { $other } in the { $lang } version
version-mismatch-symbol = { $symbol } here, { $other } in the { $lang } version
version-mismatch-note = the { $lang } version here
version-mismatch-unit-paragraph = paragraph { $number }
version-mismatch-unit-subparagraph = subparagraph { $number } ({ $letters })
version-mismatch-unit-subparagraph-alone = subparagraph ({ $letters })
version-mismatch-unit-preambular = preambular paragraph { $number }
version-mismatch-unit-operative = the operative paragraph
version-mismatch-unit-unnumbered = unnumbered paragraph { $number }
version-mismatch-unit-table-row = table row { $number }
version-mismatch-unit-footnote = footnote { $number }
version-mismatch-unit-in-annex = { $unit } of annex { $annex }

## Hover on a citation (the catalog's title, symbol and notes stay as the catalog writes them)

hover-citation-organ = { $organ ->
        [ga] General Assembly
        [sc] Security Council
        [hrc] Human Rights Council
        [ecosoc] Economic and Social Council
       *[other] another body
    } { $kind ->
        [decision] decision
       *[resolution] resolution
    }
hover-citation-ga-session = { $session } session of the General Assembly ({ $start } to { $end })
hover-citation-emergency-session = { $session } emergency special session of the General Assembly
hover-citation-special-session = { $session } special session of the General Assembly
hover-citation-hrc-session = session { $session } of the Human Rights Council
hover-citation-ecosoc-year = adopted in { $year }
hover-citation-title-english = {" "}(English)
hover-citation-title-cited-in = {" "}(as cited in { $symbol })
hover-citation-adopted = Adopted on { $date }{ $how }.
hover-citation-dated-by-citations = {" "}(as official texts cite it)
hover-citation-also-dated = Also dated { $dates }.
hover-citation-parts = Parts { $parts }.
hover-citation-builtin = Built-in catalog (United Nations data).
hover-citation-from-file = From { $path }, line { $line }.
hover-citation-declared-by = Declared by { $uri }.
hover-citation-links = [Text on undocs.org](https://undocs.org/{ $path }) · [Search the UN Digital Library](https://digitallibrary.un.org/search?ln={ $ln }&p={ $query })
hover-citation-other-body = The words say another body adopted this { $kind ->
        [decision] decision
       *[resolution] resolution
    }; the catalog holds the General Assembly's, the Security Council's and the Human Rights Council's.
hover-citation-no-body = The text does not say which body adopted this { $kind ->
        [decision] decision
       *[resolution] resolution
    }, so the catalog is not consulted (write, for example, `General Assembly resolution …` or `its resolution …`).
hover-citation-unknown = Not in the catalog, which holds every resolution of this series: check the number.
hover-citation-partial = Not in the catalog, which holds this series only in part: that proves nothing.
hover-citation-cited-date = {" "}Cited here as adopted on { $date }.
hover-citation-this-text = This text.
hover-citation-own-unknown = This text's own symbol; the catalog does not hold it yet.

## Why a renumbering is declined (the reason of a disabled code action)

renumber-reference-paragraph = paragraph { $item }
renumber-reference-subparagraph = subparagraph { $item }
renumber-declined-lines = the renumbering would change the lines of the text
renumber-declined-past-end = the renumbering edits a line past the end of the text
renumber-declined-references = the renumbering would change the internal references of the text
renumber-declined-points-now = `{ $what }` on line { $line } points at no paragraph, and renumbering would make it point at one: correct that reference first
renumber-declined-points-elsewhere = `{ $what }` on line { $line } would point at another paragraph after renumbering
renumber-declined-backwards = the range ending with `{ $what }` on line { $line } would run backwards after renumbering

## Why a rename is refused

rename-declined-here = only a paragraph number or a footnote number can be renamed here
rename-declined-not-a-number = `{ $name }` is not a number: write a whole number from 1, such as { $old }
rename-declined-paragraph = cannot renumber paragraph { $old } to { $new }: { $reason }
rename-declined-footnote-exists = footnote { $new } already exists: choose a number no footnote has, or renumber the footnotes in order of first citation

## Hover on an opening phrase or an organization (the lexicon's phrases, notes, statuses and names stay as the lexicon writes them; its families, bodies and categories are below)

hover-opening-unknown = Not in the lexicon of opening phrases.
hover-opening-kind = { $part ->
        [preambular] preambular
       *[operative] operative
    } opening, { $family }
hover-opening-translates = { $part ->
        [preambular] preambular
       *[operative] operative
    } opening, { $family }; translates *{ $phrase }* (English)
hover-opening-used-by = Used by { $bodies }; opens { $count } paragraphs of the adopted texts in the corpus.
hover-opening-binds-preambular = A preambular paragraph states considerations; it binds no one.
hover-opening-binds-not = Not binding: a recommendation, request or statement of position.
hover-opening-binds-sc-chapter-vii = Binding: a decision of the Security Council, which Member States agree to carry out (Charter, Article 25), here acting under Chapter VII.
hover-opening-binds-sc = Binding as a decision of the Security Council (Charter, Article 25); whether decisions outside Chapter VII bind is disputed.
hover-opening-binds-ga = Binds only on the Assembly's internal matters (budget, subsidiary organs, agenda, procedure); otherwise a recommendation (Charter, Articles 10–14).
hover-opening-binds-decision = A decision: binding when the Security Council decides (Charter, Article 25); General Assembly decisions bind only on internal matters.
hover-organization-parent = , under the { $parent }
hover-organization-status = {" "}Status: { $status }.
hover-organization-former = { $name } is a former name, used until { $until } ({ $change }).
hover-organization-former-names = Former names:
hover-organization-former-item = { $name }{ $acronym }, until { $until } ({ $change })
hover-organization-unverified = _From general knowledge, not checked against a source._

## The drafting vocabulary's closed sets in hovers: families of opening phrases, bodies, categories of organizations, strength (codes from the lexicon; notes and statuses stay as the lexicon writes them)
opening-family = { $family ->
    [acknowledgement] acknowledgement
    [approval] approval
    [censure] censure
    [cognition] cognition
    [concern] concern
    [conviction] conviction
    [decision] decision
    [declaration] declaration
    [emphasis] emphasis
    [exhortation] exhortation
    [position] position
    [procedure] procedure
    [purpose] purpose
    [reference] reference
    [regret] regret
    [request] request
    [sc] Security Council
    [sc_chapter_vii] Chapter VII
   *[other] { $family }
    }
opening-bodies = { $bodies ->
    [ga] the General Assembly
    [sc] the Security Council
    [mun] Model UN lists only (rare in UN texts)
   *[all] all organs
    }
organization-category = { $category ->
    [principal_organ] principal organ of the United Nations
    [ga_main_committee] Main Committee of the General Assembly
    [ga_subsidiary] subsidiary body of the General Assembly
    [ecosoc_functional_commission] functional commission of the Economic and Social Council
    [ga_sc_subsidiary] subsidiary body of the General Assembly and the Security Council
    [disarmament_forum] disarmament negotiating forum
    [ga_ecosoc_subsidiary] subsidiary body of the General Assembly and the Economic and Social Council
    [ecosoc_subsidiary] subsidiary body of the Economic and Social Council
    [sc_subsidiary] subsidiary body of the Security Council
    [peace_operation] United Nations peace operation
    [special_political_mission] United Nations special political mission
    [regional_peace_operation] regional peace operation
    [specialized_agency] specialized agency of the United Nations
    [specialized_agency_world_bank_group] specialized agency (World Bank Group)
    [world_bank_group] World Bank Group institution
    [related_organization] related organization of the United Nations system
    [treaty_body_independent] independent treaty-based body
    [convention_secretariat] convention secretariat
    [fund_programme] United Nations fund or programme
    [research_training] United Nations research and training institute
    [secretariat_unit] unit of the United Nations Secretariat
    [secretariat_department] department or office of the United Nations Secretariat
    [secretariat_office] United Nations office away from Headquarters
    [regional_commission] regional commission of the Economic and Social Council
    [regional_organization] regional organization
    [intergovernmental_organization] intergovernmental organization
    [other_international_body] international body
    [development_bank] development bank
    [regional_body] regional body
    [negotiating_group] negotiating group of Member States
   *[other] { $category }
    }
hover-opening-strength-scale = Strength ({ $scale }): { $steps }
hover-opening-strength = Strength { $strength }/6 among the { $family } phrases
hover-lexicon-note = { $note }

## Completion of opening phrases and organizations (details and documentation)
opening-part = { $part ->
        [preambular] preambular
       *[operative] operative
    }
completion-strength = strength { $strength }/6
completion-english = English `{ $english }`
completion-opening-translates = Translates `{ $english }` (English); opens { $count } paragraphs of the adopted texts of the parallel corpus in this language.
completion-organization-parent = Parent: { $parent }.
completion-organization-former = Formerly *{ $name }*{ $acronym } (until { $until }).
completion-repeated = repeated
completion-repeated-opening = repeated opening
completion-repeated-documentation = The previous paragraph opens with { $base }: the UN writes a repeated opening { $repeated }.
completion-operative-number = operative paragraph { $n }
completion-operative-number-documentation = A new operative paragraph: `{ $n }.`, a tab, then its verb.
completion-organization-english = { $english } (English)
completion-organization-foreign-documentation = The name of `{ $english }` in this language, as the adopted texts of the parallel corpus write it.
completion-organization-first-mention = first mention
completion-organization-first-mention-documentation = At its first mention, the full name with the acronym in brackets.
completion-organization-former-detail = former name, until { $until } · now { $name }
completion-organization-former-documentation = { $change }. Write it only for the body as it then was.

## Inlay hint of a citation's date (the date itself is written in the text's language)
inlay-date-tooltip = Date of { $symbol } in the catalog

## A draft compared with its base, in the editor (lenses and hover)
diff-lens-compared = compared with { $base }: { $summary } · export tracked changes
diff-summary = { $unchanged } unchanged, { $changed } changed, { $new } new, { $deleted } deleted, { $moved } moved
diff-status = { $status ->
        [unchanged] unchanged
        [changed] changed
        [new] new
       *[deleted] deleted
    }
diff-split-from = split from { $units }
diff-merged-from = merged from { $units }
diff-moved-from = moved from { $units }
diff-was = was { $units }
diff-hover-new = Not in the base: a new paragraph.
diff-lens-base-problem = base: { $message }

## The outline's groups, and a language's name
outline-preamble = Preamble
outline-operative-part = Operative part
outline-footnotes = Footnotes
outline-in-brackets = [in brackets]
language-name = { $language ->
        [en] English
        [fr] French
        [es] Spanish
        [ar] Arabic
        [zh] Chinese
       *[ru] Russian
    }

## The command line's last line (resolute check, resolute compare)
check-count-errors = { $n ->
        [one] { $n } error
       *[other] { $n } errors
    }
check-count-warnings = { $n ->
        [one] { $n } warning
       *[other] { $n } warnings
    }
check-count-information = { $n } information
check-count-hints = { $n ->
        [one] { $n } hint
       *[other] { $n } hints
    }
check-count-files = { $n ->
        [one] { $n } file
       *[other] { $n } files
    }
check-count-paths = { $n ->
        [one] { $n } path
       *[other] { $n } paths
    }
check-summary = { $counts } in { $files }
check-unreadable = {" "}({ $paths } could not be read)
check-against = { $summary } against { $reference }

## Notices the editor shows (the details, from the files and the system, stay as they are written)
notice-config-problems = Resolute: { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    } in the catalogs or resolute.toml; the rest is loaded. { $first }
notice-export-written = Resolute: tracked changes against { $base } written to { $path }
