//! `citation-title`: a title quoted after a citation (`resolution 70/1 of 25
//! September 2015, entitled “Transforming our world: the 2030 Agenda for
//! Sustainable Development”`) must be the cited resolution's title. The two
//! are compared after normalizing quotation marks (a title quoted inside
//! another takes single marks), dashes and hyphens, spaces and the case of
//! the first letter; a title the catalog has only from a library's
//! catalogue record is compared ignoring case, spaces and punctuation, as
//! such records render them their own way. No finding where the catalog
//! has no title, for a Security Council resolution (they bear none; the
//! catalog describes their subject), for lettered parts and sections (each
//! has its own title), or for a title that begins with a quotation (texts
//! write it without marks of its own, so where it ends cannot be told). The
//! fix writes the catalog's title. Besides the titles of the United
//! Nations' metadata, the catalog holds those that official texts quote
//! (`scripts/convert_catalog.py` mines them from `shared/corpus` and records
//! the citing text).

use crate::catalog::TitleSource;
use crate::diagnostic::{Diagnostic, Fix, Severity, TextEdit};
use crate::syntax::citation::TitleKey;
use crate::syntax::LineSyntax;
use crate::text::Range;

use super::{Ctx, LineCtx, RuleInfo};

pub(crate) const INFO: RuleInfo = RuleInfo {
    code: "citation-title",
    severity: Severity::Warning,
    summary: "A title quoted after a citation that is not the cited resolution's.",
    example: "resolution 79/1 of 22 September 2024, entitled “The Pact of the Future” (the title is “The Pact for the Future”)",
};

pub(crate) fn check_line(
    ctx: &LineCtx<'_>,
    line: u32,
    syntax: &LineSyntax,
    acc: &mut Vec<Diagnostic>,
) {
    for citation in syntax.citations() {
        let Some(quoted) = citation.title else {
            continue;
        };
        // Lettered parts and sections have titles of their own (`section I
        // of its resolution 74/133, entitled “Children without parental
        // care”`).
        if citation.parts {
            continue;
        }
        let Some((_, Some(entry))) = ctx.citation_entry(citation) else {
            continue;
        };
        let Some(title) = entry.real_title() else {
            continue;
        };
        // A title that begins with a quotation is written without marks of
        // its own (`entitled “World Social Summit” under the title “Second
        // World Summit for Social Development”`): where it ends cannot be
        // told.
        if title.starts_with(['“', '"', '‘']) {
            continue;
        }
        let known = TitleKey::of(title);
        let same = match entry.title_source {
            TitleSource::Catalogue => known.lenient == quoted.key.lenient,
            _ => known.exact == quoted.key.exact,
        };
        if same {
            continue;
        }
        let write = as_quoted(title, quoted.capital);
        let source = match &entry.title_source {
            TitleSource::CitedIn(symbol) => {
                Some(crate::msg!("citation-title-cited-in", symbol = symbol))
            }
            TitleSource::Catalogue => Some(crate::msg!("citation-title-library")),
            _ => None,
        };
        let message = crate::msg!(
            "citation-title",
            cite = &entry.cite,
            title = &write,
            source = source
        );
        let span = quoted.span;
        let fix = Fix {
            title: crate::msg!("citation-title-fix"),
            edits: vec![TextEdit::new(
                Range::on_line(line, span.start, span.end),
                write,
            )],
        };
        acc.push(Ctx::diagnostic(&INFO, line, span, message).with_fix(fix));
    }
}

/// The title as a quotation inside double marks writes it: its own double
/// marks become single (`entitled ‘Our Common Agenda’`), its first letter
/// in the case the text used.
fn as_quoted(title: &str, capital: bool) -> String {
    let mut out = String::with_capacity(title.len());
    let mut first = true;
    for c in title.chars() {
        let c = match c {
            '“' => '‘',
            '”' => '’',
            c => c,
        };
        if first && crate::syntax::bytes::is_alphabetic(c) {
            if capital {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            first = false;
            continue;
        }
        first = false;
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture::check;
    use crate::Document;

    /// The catalog's titles are English: a French or Spanish title quoted
    /// after a citation (`intitulée « … »`, `titulada “…”`) is not compared
    /// with them.
    #[test]
    fn french_and_spanish_titles_are_not_compared_with_the_english_catalog() {
        use crate::data::languages::Language;
        use crate::Catalog;
        for (text, language) in [
            (
                "L’Assemblée générale,\n\tRappelant sa résolution 70/1 du 25 septembre 2015, intitulée « Transformer notre monde : le Programme de développement durable à l’horizon 2030 »,\n",
                Language::French,
            ),
            (
                "La Asamblea General,\n\tRecordando su resolución 70/1, de 25 de septiembre de 2015, titulada “Transformar nuestro mundo: la Agenda 2030 para el Desarrollo Sostenible”,\n",
                Language::Spanish,
            ),
        ] {
            let document = Document::with_language(text, Catalog::builtin(), Some(language));
            assert_eq!(document.language(), language);
            assert_eq!(document.lines()[1].citations().len(), 1, "{text}");
            assert!(
                document.diagnostics().iter().all(|d| d.code != "citation-title"),
                "{text}"
            );
        }
    }

    const CODE: &str = "citation-title";

    #[test]
    fn a_word_changed_in_a_quoted_title() {
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”,
\tRecalling its resolution 79/1 of 22 September 2024, entitled “The Pact of the Future”,
\t                                                              ^^^^^^^^^^^^^^^^^^^^^^ citation-title: entitled “The Pact for the Future”",
        );
    }

    #[test]
    fn quotes_dashes_spaces_and_the_first_letter_do_not_count() {
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling its resolution 79/1 of 22 September 2024, entitled “the  Pact for the Future”,
\tRecalling its resolution 76/6 of 15 November 2021, entitled “Follow-up to the report of the Secretary-General entitled ‘Our Common Agenda’”,",
        );
    }

    #[test]
    fn no_title_no_finding_and_council_descriptions_are_not_titles() {
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling its resolution 67/999 of 1 May 2013, entitled “Anything”,
\tRecalling Security Council resolution 1624 (2005) of 14 September 2005, entitled “Threats to peace”,",
        );
    }

    #[test]
    fn the_fix_writes_the_catalog_title_with_single_inner_marks() {
        let text = "\tThe General Assembly,\n\tRecalling its resolution 76/6 of 15 November 2021, entitled “Follow-up to the report entitled ‘Our Common Agenda’”,\n";
        let document = Document::new(text);
        let diagnostic = document
            .diagnostics()
            .iter()
            .find(|d| d.code == CODE)
            .expect("a finding");
        let fixed = crate::diagnostic::apply_edits(text, &diagnostic.fixes()[0].edits);
        assert!(
            fixed.contains("entitled “Followup to the report of the Secretary-General entitled ‘Our Common Agenda’”,"),
            "{fixed}"
        );
        let again = Document::new(&fixed);
        assert!(again.diagnostics().iter().all(|d| d.code != CODE));
    }
}
