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

/// The languages that have every message.
const COMPLETE: [Locale; 2] = [Locale::En, Locale::Fr];

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = messages(Locale::En);
    assert!(english.len() > 60, "{} messages", english.len());
    for locale in Locale::ALL {
        let other = messages(locale);
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        // French is complete; Spanish, Arabic, Chinese and Russian are
        // being translated (their missing messages fall back to English).
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
    assert!(french("citation-catalog-date").starts_with(
        "écrire `16 décembre 2010` : la résolution 65/140 a été adoptée le 16 décembre 2010"
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
