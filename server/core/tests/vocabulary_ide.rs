//! Completion and hover of the drafting vocabulary: at the start of
//! preambular and operative paragraphs, after a repeated verb, in running
//! text and with acronyms.

use resolute_core::ide::{self, CompletionItem, CompletionKind};
use resolute_core::{Catalog, Document, Pos};

/// The items offered at the end of the last line of `text`.
fn complete(text: &str) -> Vec<CompletionItem> {
    let document = Document::new(text);
    let line = text.split('\n').count() as u32 - 1;
    let col = text.rsplit('\n').next().unwrap().len() as u32;
    ide::completion(&document, &Catalog::default(), Pos::new(line, col))
}

fn labels(items: &[CompletionItem]) -> Vec<&str> {
    items.iter().map(|i| i.label.as_str()).collect()
}

const PREAMBLE: &str = "\tThe General Assembly,\n\tRecalling its resolution 77/1,\n";

#[test]
fn preambular_openings_at_the_start_of_a_preambular_paragraph() {
    let items = complete("\tThe General Assembly,\n\tNoting with");
    let offered = labels(&items);
    assert!(offered.contains(&"Noting with appreciation"), "{offered:?}");
    assert!(offered.contains(&"Noting with deep concern"), "{offered:?}");
    assert!(!offered.contains(&"Notes with satisfaction"), "{offered:?}");
    let first = &items[0];
    assert_eq!(first.kind, CompletionKind::Phrase);
    // The typed words are replaced, from the start of the paragraph.
    assert_eq!(first.replace.start, Pos::new(1, 1));
    assert!(first
        .detail
        .as_deref()
        .unwrap()
        .starts_with("preambular · "));
    assert!(first
        .documentation
        .as_deref()
        .unwrap()
        .contains("adopted texts"));
    // Ranked by use in adopted texts, not alphabetically.
    let items = complete("\tThe General Assembly,\n\tRec");
    assert_eq!(labels(&items)[..2], ["Recalling", "Recognizing"]);
}

#[test]
fn operative_verbs_after_the_number_and_tab() {
    let text = format!("{PREAMBLE}\t1.\tUrges all States to act;\n\t2.\tTakes note");
    let items = complete(&text);
    let offered = labels(&items);
    assert!(offered.contains(&"Takes note of"), "{offered:?}");
    assert!(
        offered.contains(&"Takes note with appreciation of"),
        "{offered:?}"
    );
    assert!(items.iter().all(|i| i.kind == CompletionKind::Verb));
    assert_eq!(items[0].replace.start, Pos::new(3, 4));
    let urges = complete(&format!("{PREAMBLE}\t1.\tUrg"));
    let detail = urges[0].detail.as_deref().unwrap();
    assert_eq!(detail, "operative · exhortation · strength 4/6");
}

#[test]
fn the_repeated_form_comes_first() {
    let text = format!("{PREAMBLE}\t1.\tRequests the Secretary-General to report;\n\t2.\t");
    assert_eq!(complete(&text)[0].label, "Also requests");
    let text = format!(
        "{PREAMBLE}\t1.\tRequests the Secretary-General to report;\n\t2.\tAlso requests the Secretary-General to consult;\n\t3.\tFur"
    );
    assert_eq!(complete(&text)[0].label, "Further requests");
    let text = format!("{PREAMBLE}\t");
    assert_eq!(complete(&text)[0].label, "Recalling also");
    let text = "\tThe General Assembly,\n\tRecalling its resolution 77/1,\n\tRecalling also its resolution 78/1,\n\tRec";
    assert_eq!(complete(text)[0].label, "Recalling further");
    // After `further`, adopted texts start again with the plain form.
    let text = "\tThe General Assembly,\n\tRecalling its resolution 77/1,\n\tRecalling also its resolution 78/1,\n\tRecalling further its resolution 79/1,\n\tRec";
    assert_eq!(complete(text)[0].label, "Recalling");
}

/// The drafter may type the verb being repeated (`Req`) or the repeated
/// form (`Also re`): the UN's form comes first either way, and every item's
/// filter text starts with what was typed, since editors filter on it
/// (Neovim keeps only items whose filter text starts with the typed word;
/// VS Code ranks a prefix match first).
#[test]
fn the_repeated_form_comes_first_whatever_is_typed_of_it() {
    let previous = format!("{PREAMBLE}\t1.\tRequests the Secretary-General to report;\n\t2.\t");
    for typed in [
        "",
        "Req",
        "req",
        "Requ",
        "A",
        "Also",
        "also re",
        "Also requests",
    ] {
        let items = complete(&format!("{previous}{typed}"));
        assert_eq!(items[0].label, "Also requests", "after {typed:?}");
        for item in &items {
            let filter = item.filter.as_deref().unwrap_or(&item.label);
            assert!(
                filter.to_lowercase().starts_with(&typed.to_lowercase()),
                "{:?} filters on {filter:?} after {typed:?}",
                item.label
            );
        }
    }
    // `Req` offers both, the UN's form first.
    let items = complete(&format!("{previous}Req"));
    assert_eq!(labels(&items)[..2], ["Also requests", "Requests"]);
    // Nothing repeated after another verb.
    let items = complete(&format!(
        "{PREAMBLE}\t1.\tUrges all States to act;\n\t2.\tReq"
    ));
    assert_eq!(labels(&items)[0], "Requests");
}

#[test]
fn a_new_operative_paragraph_with_the_next_number() {
    let text = format!("{PREAMBLE}\t1.\tUrges all States to act;\n\t2.\tRequests a report;\n\t");
    let items = complete(&text);
    let snippet = items
        .iter()
        .find(|i| i.kind == CompletionKind::Snippet)
        .expect("a snippet");
    assert_eq!(snippet.label, "3.");
    assert_eq!(snippet.insert, "3.\t$0");
    assert!(snippet.snippet);
    // Typing the number narrows to it.
    let text = format!("{PREAMBLE}\t1.\tUrges all States to act;\n\t2");
    assert_eq!(complete(&text)[0].label, "2.");
}

#[test]
fn organizations_in_running_text_by_acronym_and_name() {
    let items = complete("\t1.\tInvites the OIC");
    assert_eq!(items[0].label, "Organization of Islamic Cooperation");
    assert_eq!(items[0].kind, CompletionKind::Organization);
    assert_eq!(items[0].insert, "Organization of Islamic Cooperation");
    assert_eq!(items[0].replace.start, Pos::new(0, 16));
    assert_eq!(
        items[1].label,
        "Organization of Islamic Cooperation (OIC)",
        "{:?}",
        labels(&items)
    );
    // By the start of the name, over several words.
    let items = complete("\t1.\tWelcomes the work of the Organization of Isl");
    assert_eq!(items[0].label, "Organization of Islamic Cooperation");
    assert_eq!(items[0].replace.start, Pos::new(0, 29));
    // By a former name: the current name first, the former one after.
    let items = complete("\tRecalling the Organization of the Isl");
    let offered = labels(&items);
    assert_eq!(offered[0], "Organization of Islamic Cooperation");
    let former = offered
        .iter()
        .position(|l| *l == "Organization of the Islamic Conference")
        .expect("the former name");
    assert!(former > 0);
    // Lower-case words are not names.
    assert!(complete("\t1.\tInvites the un").is_empty());
}

fn hover_at(text: &str, line: u32, needle: &str) -> String {
    let document = Document::new(text);
    let line_text = text.split('\n').nth(line as usize).unwrap();
    let col = line_text.find(needle).unwrap() as u32;
    ide::hover(&document, &Catalog::default(), Pos::new(line, col))
        .unwrap_or_else(|| panic!("no hover on {needle}"))
        .markdown
}

#[test]
fn hover_on_openings_shows_meaning_strength_and_force() {
    let text = format!(
        "{PREAMBLE}\t1.\tUrges all States to act;\n\t2.\tDecides to remain seized of the matter."
    );
    let urges = hover_at(&text, 2, "Urges");
    assert!(
        urges.contains("**Urges** — operative opening, exhortation"),
        "{urges}"
    );
    assert!(urges.contains("Encourages < "), "{urges}");
    assert!(
        urges.contains("**Calls upon / Urges** < Strongly urges < Demands"),
        "{urges}"
    );
    assert!(urges.contains("Not binding"), "{urges}");
    let decides = hover_at(&text, 3, "Decides");
    assert!(decides.contains("internal matters"), "{decides}");
    let recalling = hover_at(&text, 1, "Recalling");
    assert!(
        recalling.contains("preambular opening, reference"),
        "{recalling}"
    );
    let sc = "\tThe Security Council,\n\tActing under Chapter VII of the Charter of the United Nations,\n\t1.\tDecides that all States shall act.";
    let decides = hover_at(sc, 2, "Decides");
    assert!(decides.contains("Article 25"), "{decides}");
    assert!(decides.contains("Chapter VII"), "{decides}");
}

#[test]
fn hover_on_organizations_shows_names_and_history() {
    let text = "\t1.\tInvites the OIC and the Organization of the Islamic Conference to cooperate;";
    let oic = hover_at(text, 0, "OIC");
    assert!(
        oic.starts_with("**Organization of Islamic Cooperation** (OIC)"),
        "{oic}"
    );
    assert!(oic.contains("Regional organization"), "{oic}");
    assert!(
        oic.contains("Organization of the Islamic Conference (OIC), until 2011-06-28"),
        "{oic}"
    );
    let former = hover_at(text, 0, "Organization of the Islamic");
    assert!(
        former.contains("is a former name, used until 2011-06-28"),
        "{former}"
    );
    let committee = hover_at("\tRecalling the report of the Fifth Committee,", 0, "Fifth");
    assert!(
        committee.contains("Main Committee of the General Assembly"),
        "{committee}"
    );
}

const FRENCH: &str = "\tL’Assemblée générale,\n\tRappelant sa résolution 70/1,\n";

#[test]
fn organization_names_in_a_french_text() {
    let items = complete(&format!(
        "{FRENCH}\t1.\tPrie le Programme des Nations Unies pour le dév"
    ));
    let offered = labels(&items);
    assert!(
        offered.contains(&"Programme des Nations Unies pour le développement"),
        "{offered:?}"
    );
    assert!(
        !offered.contains(&"United Nations Development Programme"),
        "{offered:?}"
    );
    let undp = items
        .iter()
        .find(|i| i.label == "Programme des Nations Unies pour le développement")
        .unwrap();
    assert!(undp.detail.as_deref().unwrap().contains("(English)"));
    // The language's own acronyms.
    let items = complete(&format!("{FRENCH}\t1.\tPrie la CNU"));
    assert!(labels(&items).contains(&"CNUCED"), "{:?}", labels(&items));
}

#[test]
fn hover_on_a_french_opening_names_the_english_phrase() {
    let text =
        format!("{FRENCH}\t1.\tPrie également le Secrétaire général de lui faire rapport ;\n");
    let document = Document::new(&text);
    let hover = ide::hover(&document, &Catalog::default(), Pos::new(2, 5)).unwrap();
    assert!(
        hover
            .markdown
            .starts_with("**Prie également** — operative opening"),
        "{}",
        hover.markdown
    );
    assert!(
        hover.markdown.contains("translates *Requests* (English)"),
        "{}",
        hover.markdown
    );
}

/// The lexicon's closed sets (families, bodies, categories) have their own
/// words in every language: each code is a variant of its Fluent select,
/// so that no hover shows a bare code or an English word in another
/// language.
#[test]
fn every_family_body_and_category_has_words_in_every_language() {
    use resolute_core::vocabulary::{self, Bodies};
    use resolute_core::Locale;
    let mut families: Vec<&str> = vocabulary::phrases().iter().map(|p| p.family).collect();
    families.extend(
        resolute_core::data::lexicon::STRENGTH_SCALES
            .iter()
            .map(|(name, _)| *name),
    );
    let categories: Vec<&str> = vocabulary::organizations()
        .iter()
        .map(|o| o.category)
        .collect();
    let bodies = [
        Bodies::All,
        Bodies::GeneralAssembly,
        Bodies::SecurityCouncil,
        Bodies::ModelUn,
    ];
    for locale in Locale::ALL {
        // The select's block in the locale's Fluent source.
        let block = |id: &str| {
            let source = locale.source();
            let start = source
                .find(&format!("\n{id} ="))
                .unwrap_or_else(|| panic!("{locale:?} has no {id}"));
            let rest = &source[start + 1..];
            rest[..rest.find("\n    }").unwrap()].to_string()
        };
        let has = |block: &str, code: &str| {
            block.contains(&format!(" [{code}] ")) || block.contains(&format!("*[{code}] "))
        };
        let family_block = block("opening-family");
        for family in &families {
            assert!(has(&family_block, family), "{locale:?}: family {family}");
        }
        let category_block = block("organization-category");
        for category in &categories {
            assert!(
                has(&category_block, category),
                "{locale:?}: category {category}"
            );
            let words = vocabulary::category_name(category).render(locale);
            assert!(!words.contains('_'), "{locale:?}: {category} is {words}");
        }
        let bodies_block = block("opening-bodies");
        for b in bodies {
            assert!(has(&bodies_block, b.code()), "{locale:?}: bodies {b:?}");
        }
    }
}

/// The hover and completion of an opening in French: its family, bodies
/// and strength in French; the lexicon's note marked as English.
#[test]
fn an_opening_is_described_in_the_drafters_language() {
    use resolute_core::Locale;
    let text = format!("{PREAMBLE}\t1.\tUrges all States to act;\n");
    let document = Document::new(&text);
    let at = Pos::new(2, 5);
    let english = ide::hover::hover_in(&document, &Catalog::default(), at, Locale::En)
        .unwrap()
        .markdown;
    assert!(english.contains("exhortation"), "{english}");
    assert!(english.contains("Strength (exhortation)"), "{english}");
    assert!(english.contains("all organs"), "{english}");
    let french = ide::hover::hover_in(&document, &Catalog::default(), at, Locale::Fr)
        .unwrap()
        .markdown;
    assert!(
        french.contains("Force (échelle « exhortation »)"),
        "{french}"
    );
    assert!(french.contains("tous les organes"), "{french}");
    assert!(french.contains("(note du lexique, en anglais)"), "{french}");
    for english_word in ["Strength", "all organs", "Used by"] {
        assert!(!french.contains(english_word), "{english_word} in {french}");
    }
    let chinese = ide::hover::hover_in(&document, &Catalog::default(), at, Locale::Zh)
        .unwrap()
        .markdown;
    assert!(chinese.contains("“敦促”等级"), "{chinese}");
    // Completion: the same words in the item's detail.
    let typed = format!("{PREAMBLE}\t1.\tUrg");
    let document = Document::new(&typed);
    let items = ide::completion_in(&document, &Catalog::default(), Pos::new(2, 7), Locale::Fr);
    assert_eq!(
        items[0].detail.as_deref(),
        Some("dispositif · exhortation · force 4/6")
    );
    let items = ide::completion_in(&document, &Catalog::default(), Pos::new(2, 7), Locale::Ru);
    assert_eq!(
        items[0].detail.as_deref(),
        Some("постановляющая часть · призыв · сила 4/6")
    );
    assert!(
        items[0]
            .documentation
            .as_deref()
            .unwrap()
            .contains("все органы"),
        "{:?}",
        items[0].documentation
    );
}

/// An organization's category in the drafter's language, in the hover and
/// in completion.
#[test]
fn an_organizations_category_is_in_the_drafters_language() {
    use resolute_core::Locale;
    let text =
        format!("{PREAMBLE}\t1.\tRequests the United Nations Development Programme to act;\n");
    let document = Document::new(&text);
    let at = Pos::new(2, 25);
    let hover = |locale| {
        ide::hover::hover_in(&document, &Catalog::default(), at, locale)
            .unwrap()
            .markdown
    };
    assert!(hover(Locale::En).contains("United Nations fund or programme"));
    assert!(
        hover(Locale::Fr).contains("Fonds ou programme des Nations Unies"),
        "{}",
        hover(Locale::Fr)
    );
    assert!(hover(Locale::Es).contains("Fondo o programa de las Naciones Unidas"));
    assert!(hover(Locale::Ar).contains("صندوق أو برنامج تابع للأمم المتحدة"));
    let typed = format!("{PREAMBLE}\t1.\tRequests the United Nations Devel");
    let document = Document::new(&typed);
    let col = typed.rsplit('\n').next().unwrap().len() as u32;
    let items = ide::completion_in(&document, &Catalog::default(), Pos::new(2, col), Locale::Zh);
    let undp = items
        .iter()
        .find(|i| i.label == "United Nations Development Programme")
        .expect("UNDP offered");
    assert_eq!(undp.detail.as_deref(), Some("UNDP · 联合国基金或方案"));
}
