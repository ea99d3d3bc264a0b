//! The message files: every language has every English message, with the
//! same variables, and each parses without error; and messages render in
//! the reader's language (French shown on the rules' own findings).

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use resolute_core::l10n::Locale;
use resolute_core::Document;

/// Message id → the variables its value uses (selectors included).
fn messages(locale: Locale) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(locale.source()).unwrap_or_else(|(_, errors)| {
        panic!("{}/resolute.ftl does not parse: {errors:?}", locale.code())
    });
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(message) => {
                let mut vars = BTreeSet::new();
                if let Some(value) = &message.value {
                    pattern_vars(value, &mut vars);
                }
                let id = message.id.name.to_owned();
                assert!(
                    out.insert(id.clone(), vars).is_none(),
                    "{}: `{id}` is defined twice",
                    locale.code()
                );
            }
            Entry::Junk { content } => panic!("{}: junk {content:?}", locale.code()),
            _ => {}
        }
    }
    out
}

fn pattern_vars(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for variant in variants {
                pattern_vars(&variant.value, vars);
            }
        }
        Expression::Inline(inline) => inline_vars(inline, vars),
    }
}

fn inline_vars(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

/// The languages that have every message: all six.
const COMPLETE: [Locale; 6] = Locale::ALL;

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = messages(Locale::En);
    assert!(english.len() > 60, "{} messages", english.len());
    for locale in Locale::ALL {
        let other = messages(locale);
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        if COMPLETE.contains(&locale) {
            assert!(missing.is_empty(), "{} lacks {missing:?}", locale.code());
        }
        assert!(extra.is_empty(), "{} has unknown {extra:?}", locale.code());
        for (id, vars) in &english {
            let Some(translated) = other.get(id) else {
                continue;
            };
            assert_eq!(
                translated,
                vars,
                "{}: `{id}` uses other variables than English",
                locale.code()
            );
        }
    }
}

#[test]
fn findings_render_in_french_with_the_same_code() {
    let text = "\tThe General Assembly,\n\
                \tRecalling its resolution 65/140 of 17 December 2010,1\n\
                \t1.\tUrges [all States to act;\n\
                \t3.\tRequests the Secretary-General to report.\n";
    let document = Document::new(text);
    let rendered: Vec<(&str, String, String)> = document
        .diagnostics()
        .iter()
        .map(|d| {
            (
                d.code,
                d.message.render(Locale::En),
                d.message.render(Locale::Fr),
            )
        })
        .collect();
    let french = |code: &str| {
        rendered
            .iter()
            .find(|(c, _, _)| *c == code)
            .map(|(_, _, fr)| fr.clone())
            .unwrap_or_else(|| panic!("no {code} in {rendered:#?}"))
    };
    assert_eq!(
        french("operative-numbering"),
        "numéroter ce paragraphe 2, ou insérer le paragraphe 2 avant lui : le paragraphe 2 manque"
    );
    assert_eq!(
        french("bracket-balance"),
        "ajouter `]` là où se termine le texte en discussion, ou supprimer ce `[` : il n'est jamais fermé"
    );
    assert!(french("footnote-missing").contains("note de bas de page 1 n'a pas de texte"));
    // The date to write is quoted as the (English) text writes it; the rest
    // is in the reader's language.
    assert!(french("citation-catalog-date").starts_with(
        "écrire `16 December 2010` : la résolution 65/140 a été adoptée le 16 décembre 2010"
    ));
    // English is the fallback of a locale that is not one of the six, and
    // stays the words the rules always wrote.
    for (_, english, _) in &rendered {
        assert!(!english.is_empty());
    }
    assert!(rendered.iter().any(|(_, en, _)| en.starts_with(
        "write `16 December 2010`: resolution 65/140 was adopted on 16 December 2010"
    )));
}

#[test]
fn dates_and_ordinals_follow_the_reader() {
    let document = Document::new(
        "\tThe General Assembly,\n\t1.\tRecalls its resolution 65/140 of 31 September 2010;\n",
    );
    let d = document
        .diagnostics()
        .iter()
        .find(|d| d.code == "citation-malformed")
        .expect("an impossible date");
    assert_eq!(
        d.message.render(Locale::En),
        "correct the date: 31 September 2010 does not exist (September 2010 has 30 days)"
    );
    assert_eq!(
        d.message.render(Locale::Fr),
        "corriger la date : le 31 septembre 2010 n'existe pas (septembre 2010 compte 30 jours)"
    );
}

/// Numbers select CLDR plural categories in the reader's language: Russian
/// one/few/many, Arabic few/many (fluent-bundle's plural rules are in
/// effect, not a match on the literal number).
#[test]
fn plural_forms_follow_the_languages_rules() {
    use resolute_core::l10n::Arg;
    use resolute_core::syntax::date::Date;
    let days = |month: u32, days: u32, locale: Locale| {
        resolute_core::msg!(
            "citation-malformed-date",
            date = Arg::Date(Date::new(2010, month, 32)),
            month = Arg::Month(month),
            year = Arg::Text("2010".into()),
            days = days
        )
        .render(locale)
    };
    assert!(days(9, 30, Locale::Ru).ends_with("(сентябрь 2010 года: 30 дней)"));
    assert!(days(1, 31, Locale::Ru).ends_with("(январь 2010 года: 31 день)"));
    assert!(days(1, 3, Locale::Ru).ends_with("(январь 2010 года: 3 дня)"));
    assert!(days(9, 30, Locale::Ar).ends_with("30 يوما)"));
    assert!(days(9, 3, Locale::Ar).ends_with("3 أيام)"));
    assert!(days(9, 30, Locale::Zh).ends_with("（2010年9月有30天）"));
    assert!(days(9, 30, Locale::Es).ends_with("(septiembre de 2010 tiene 30 días)"));
    assert_eq!(
        days(9, 30, Locale::En),
        "correct the date: 32 September 2010 does not exist (September 2010 has 30 days)"
    );
}

/// `resolute compare`'s differences are messages of their own kind, in
/// every language: a date, a figure, a paragraph one version lacks and a
/// footnote cited elsewhere, each rendered whole in the six (the unit's
/// name and the reference's language too), English as it always was.
#[test]
fn differences_between_versions_render_in_every_language() {
    use resolute_core::compare::compare_documents;
    use resolute_core::data::languages::Language;
    use resolute_core::Catalog;
    let english = Document::with_language(
        "\tThe General Assembly,\n\
         \tRecalling its resolution 75/168 of 16 December 2020,1\n\
         \t1.\tDecides to allocate 500 posts;\n\
         \t2.\tRequests the Secretary-General to report;\n\
         \t3.\tDecides to remain seized of the matter.\n\
         1 See A/75/478.\n",
        Catalog::default(),
        Some(Language::English),
    );
    let french = Document::with_language(
        "\tL’Assemblée générale,\n\
         \tRappelant sa résolution 75/168 du 23 décembre 2020,\n\
         \t1.\tDécide d’allouer 600 postes ;\n\
         \t2.\tDécide de rester saisie de la question1.\n\
         1 Voir A/75/478.\n",
        Catalog::default(),
        Some(Language::French),
    );
    let comparison = compare_documents(&english, &french);
    let ids: BTreeSet<&str> = comparison
        .differences
        .iter()
        .map(|d| d.message.id())
        .collect();
    for id in [
        "version-mismatch-date",
        "version-mismatch-figure",
        "version-mismatch-missing",
    ] {
        assert!(ids.contains(id), "no {id} in {:#?}", comparison.differences);
    }
    for d in &comparison.differences {
        for locale in Locale::ALL {
            assert!(
                d.message.is_translated(locale),
                "`{}` in {}",
                d.message.id(),
                locale.code()
            );
        }
        assert_eq!(d.diagnostic().message, d.message);
    }
    let date = comparison
        .differences
        .iter()
        .find(|d| d.message.id() == "version-mismatch-date")
        .map(|d| &d.message)
        .unwrap();
    assert_eq!(
        date.to_string(),
        "75/168 is dated 23 December 2020 here and 16 December 2020 in the English version"
    );
    assert_eq!(
        date.render(Locale::Es),
        "75/168 lleva aquí la fecha 23 de diciembre de 2020 y en la versión inglesa, 16 de diciembre de 2020"
    );
    assert_eq!(
        date.render(Locale::Zh),
        "75/168此处的日期为2020年12月23日，英文本中为2020年12月16日"
    );
    let missing = comparison
        .differences
        .iter()
        .find(|d| d.message.id() == "version-mismatch-missing")
        .map(|d| &d.message)
        .unwrap();
    assert_eq!(
        missing.to_string(),
        "the English version has paragraph 3 here, which this version lacks"
    );
    assert_eq!(
        missing.render(Locale::Ru),
        "в тексте на английском языке здесь есть пункт 3, а в этом тексте — нет"
    );
}

/// Hovers speak the reader's language around what the catalog and the
/// lexicon write (the title and the phrase stay as they are); a declined
/// renumbering says why in it too.
#[test]
fn hovers_and_declined_actions_follow_the_reader() {
    use resolute_core::ide::actions::actions;
    use resolute_core::ide::hover::hover_in;
    use resolute_core::{Catalog, Pos, Range};
    let text = "\tThe General Assembly,\n\tRecalling its resolution 70/1 of 25 September 2015,\n";
    let document = Document::new(text);
    let catalog = Catalog::builtin();
    let col = text.lines().nth(1).unwrap().find("70/1").unwrap() as u32;
    let hover = |pos: Pos, locale: Locale| {
        hover_in(&document, &catalog, pos, locale)
            .map(|h| h.markdown)
            .unwrap_or_default()
    };
    let english = hover(Pos::new(1, col), Locale::En);
    assert!(
        english.contains("General Assembly resolution")
            && english.contains("Adopted on 25 September 2015"),
        "{english}"
    );
    let french = hover(Pos::new(1, col), Locale::Fr);
    assert!(
        french.contains("résolution de l'Assemblée générale")
            && french.contains("Adoptée le 25 septembre 2015")
            && french.contains("[Texte sur undocs.org]")
            && french.contains("search?ln=fr&"),
        "{french}"
    );
    // The catalog's title is quoted as the catalog writes it.
    assert!(french.contains("*Transforming our world"), "{french}");
    let russian = hover(Pos::new(1, 2), Locale::Ru);
    assert!(
        russian.contains("вступительная формулировка преамбулы")
            && russian.contains("никого не обязывает"),
        "{russian}"
    );
    let chinese = hover(Pos::new(1, 2), Locale::Zh);
    assert!(chinese.contains("序言部分开头用语"), "{chinese}");

    let text = "\tThe General Assembly,\n\t1.\tUrges;\n\t3.\tRequests;\n\t4.\tRecalls paragraphs 2 and 3 above.\n";
    let document = Document::new(text);
    let found = actions(&document, document.catalog(), Range::on_line(2, 1, 1));
    let reason = found
        .iter()
        .find(|a| a.id == "source.renumber")
        .and_then(|a| a.disabled.clone())
        .expect("declined");
    assert!(reason
        .to_string()
        .contains("`paragraph 2` on line 4 points at no paragraph"));
    for locale in Locale::ALL {
        assert!(reason.is_translated(locale), "{}", locale.code());
    }
    assert!(reason
        .render(Locale::Ar)
        .starts_with("`الفقرة 2` في السطر 4 لا تحيل إلى أي فقرة"));
}
