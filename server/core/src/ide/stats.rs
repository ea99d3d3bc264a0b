//! What `resolute stats` reports of a text: how many preambular and
//! operative paragraphs, how many still hold brackets of negotiation, how
//! many footnotes are cited without a text yet, and how many citations
//! (and how many the catalog knows).

use serde::Serialize;

use crate::parts::{Parts, Role};
use crate::syntax::LineKind;
use crate::Document;

/// The figures of one text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// The language the text is read in (`en`, `fr`, `es`, …).
    pub language: &'static str,
    pub preambular_paragraphs: usize,
    pub operative_paragraphs: usize,
    pub subparagraphs: usize,
    /// Paragraphs and subparagraphs holding square brackets.
    pub bracketed_paragraphs: usize,
    /// Footnotes with a text.
    pub footnotes: usize,
    /// Footnotes cited by a marker but with no text yet.
    pub open_footnotes: usize,
    pub citations: usize,
    /// Citations of resolutions the catalog knows.
    pub citations_in_catalog: usize,
}

/// The figures of `document`.
pub fn stats(document: &Document) -> Stats {
    let lines = document.lines();
    let model = document.model();
    let parts = Parts::build(lines, model);
    let mut stats = Stats {
        language: document.language().code(),
        subparagraphs: model.subs.len(),
        ..Stats::default()
    };
    let mut texts = std::collections::BTreeSet::new();
    let mut cited = std::collections::BTreeSet::new();
    for (index, line) in lines.iter().enumerate() {
        match parts.role(index) {
            Some(Role::Preambular) => stats.preambular_paragraphs += 1,
            Some(Role::Operative { .. }) => stats.operative_paragraphs += 1,
            None => {}
        }
        let paragraph = parts.role(index).is_some() || matches!(line.kind, LineKind::Sub { .. });
        if paragraph && !line.brackets().is_empty() {
            stats.bracketed_paragraphs += 1;
        }
        if let LineKind::FootnoteText { number, .. } = line.kind {
            texts.insert((document.footnotes().scope_of(index as u32), number));
        }
        for citation in line.citations() {
            stats.citations += 1;
            let known = document
                .citation_key(citation)
                .is_some_and(|key| document.catalog().get(&key).is_some());
            stats.citations_in_catalog += usize::from(known);
        }
    }
    let footnotes = document.footnotes();
    for &index in &footnotes.missing {
        let marker = &footnotes.markers[index as usize];
        cited.insert((marker.scope, marker.number));
    }
    stats.footnotes = texts.len();
    stats.open_footnotes = cited.len();
    stats
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_negotiation_draft_in_figures() {
        let document = Document::new(
            "\tThe General Assembly,\nPP1\tRecalling its resolution 67/264 and resolution 67/999,\nPP2\tNoting [with concern] the report,1\nOP1\t[Urges/Calls upon] all States:\n\t(a)\tto act [now];\n\t(b)\tto report;\nOP2\tDecides to remain seized of the matter.2\n\n1 A/67/1.\n",
        );
        assert_eq!(
            stats(&document),
            Stats {
                language: "en",
                preambular_paragraphs: 2,
                operative_paragraphs: 2,
                subparagraphs: 2,
                bracketed_paragraphs: 3,
                footnotes: 1,
                open_footnotes: 1,
                citations: 2,
                citations_in_catalog: 1,
            }
        );
    }

    #[test]
    fn a_french_draft_in_figures() {
        let document = Document::new(
            "\tL’Assemblée générale,\n\tRappelant sa résolution 67/264 du 17 mai 2013,\n\t1.\tPrie le Secrétaire général de lui faire rapport ;\n\t2.\tDécide de rester saisie de la question.\n",
        );
        let figures = stats(&document);
        assert_eq!(figures.language, "fr");
        assert_eq!(
            (
                figures.preambular_paragraphs,
                figures.operative_paragraphs,
                figures.citations,
                figures.citations_in_catalog
            ),
            (1, 2, 1, 1)
        );
    }
}
