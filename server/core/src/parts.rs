//! Which paragraphs of a resolution are preambular and which operative,
//! found from the per-line syntax and the model like the rest of the
//! analysis.
//!
//! Adopted texts are not as regular as the textbook: a resolution with one
//! operative paragraph does not number it (`Takes note of the report.` after
//! the preamble); budget resolutions have sections, each with a preamble and
//! operative paragraphs, some unnumbered; `Adopts the following
//! declaration:` is followed by the numbered paragraphs of the declaration,
//! which are not operative paragraphs of the resolution, and neither are
//! the numbered items of a list inside a paragraph, nor anything in an
//! annex. The rules:
//!
//! - Only the resolution itself (region 0, after its organ line and before
//!   its closing lines) has parts.
//! - A numbered paragraph is operative, unless it is an item of a list the
//!   text introduces inside the paragraph before it (the line before the
//!   list ends with a colon and the list starts at 1: the model's reading of
//!   the sequence, [`crate::sequence`]) or follows an unnumbered operative
//!   paragraph that ends with a colon (an adopted text).
//! - An unnumbered paragraph that opens with a verb in the present tense is
//!   operative when it ends as operative paragraphs do (`;`, `.`, `:` or
//!   nothing); ending with a comma, it is a preambular paragraph with the
//!   wrong opening. Any other unnumbered paragraph is preambular until the
//!   operative paragraphs begin; after them (until a heading starts a new
//!   section) it is running text, such as a list item or a closing line.
//! - An unnumbered line that opens with neither a verb, a participle nor an
//!   adjective is a preambular paragraph only if it ends with a comma:
//!   otherwise it is a heading too long to be taken for one
//!   (`Request for a subvention …`) or a note (`Abbreviations: …`).
//! - A short line with a preambular opening and no punctuation
//!   (`Noting the report`) is a preambular paragraph whose comma is missing,
//!   although its length made it a heading.

use std::sync::Arc;

use crate::model::Model;
use crate::syntax::{LineKind, LineSyntax, OpeningForm};
use crate::vocabulary::Part;

/// The part a paragraph belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Preambular,
    Operative {
        numbered: bool,
        /// The last operative paragraph of the resolution.
        last: bool,
    },
}

impl Role {
    pub fn part(self) -> Part {
        match self {
            Role::Preambular => Part::Preambular,
            Role::Operative { .. } => Part::Operative,
        }
    }
}

/// The role of every line (`None` for lines that are not paragraphs of the
/// resolution: headings, subparagraphs, annexes, footnotes …).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parts {
    pub roles: Vec<Option<Role>>,
}

fn opening_form(line: &LineSyntax) -> Option<OpeningForm> {
    line.opening.as_ref().map(|o| o.form)
}

/// Opens with a preambular phrase of the lexicon.
fn is_lexicon_preambular(line: &LineSyntax) -> bool {
    line.opening
        .as_ref()
        .and_then(|o| o.phrase)
        .is_some_and(|p| crate::vocabulary::phrases()[p as usize].part == Part::Preambular)
}

fn is_verb_form(form: Option<OpeningForm>) -> bool {
    matches!(
        form,
        Some(OpeningForm::Present | OpeningForm::Subject { .. })
    )
}

impl Parts {
    /// Whether the parts may differ for a line of syntax `a` and one of
    /// syntax `b` at the same place, the model being the same: they read
    /// only these parts of a line. Whoever makes [`Parts::build`] read more
    /// of a line adds it here (the incremental property test fails
    /// otherwise).
    pub fn same_for_parts(a: &LineSyntax, b: &LineSyntax) -> bool {
        a.kind == b.kind
            && a.last_char == b.last_char
            && opening_form(a) == opening_form(b)
            && is_lexicon_preambular(a) == is_lexicon_preambular(b)
    }

    pub fn build(lines: &[Arc<LineSyntax>], model: &Model) -> Parts {
        let mut roles = vec![None; lines.len()];
        let start = lines
            .iter()
            .enumerate()
            .position(|(i, l)| {
                matches!(l.kind, LineKind::OrganLine { .. })
                    && model.regions.get(i).copied() == Some(0)
            })
            .map_or(0, |i| i + 1);
        let mut operative_started = false;
        let mut embedded = false;
        for i in start..lines.len() {
            if model.regions.get(i).copied().unwrap_or(0) != 0 {
                break;
            }
            let line = &lines[i];
            match &line.kind {
                LineKind::Meeting
                | LineKind::DateLine { .. }
                | LineKind::FootnoteText { .. }
                | LineKind::AdoptionLine { .. }
                | LineKind::ScAdoption { .. } => break,
                LineKind::Heading { annex: false }
                    if !operative_started && !embedded && is_lexicon_preambular(line) =>
                {
                    // `Noting the report` with its comma forgotten: short
                    // enough to be taken for a heading.
                    roles[i] = Some(Role::Preambular);
                }
                LineKind::Heading { .. } => operative_started = false,
                LineKind::Numbered { .. } if !embedded => {
                    // An item of a list the text introduces inside the
                    // paragraph before (`7. … the following objectives:`
                    // `1.` … `5.`), as the model reads the sequence.
                    if model.paragraph_at(i).is_some_and(|p| p.depth() > 0) {
                        continue;
                    }
                    // `2.` alone is still a paragraph (being typed, or its text
                    // is on the next line): the one before it is not the last.
                    roles[i] = Some(Role::Operative {
                        numbered: true,
                        last: false,
                    });
                    operative_started = true;
                }
                LineKind::Paragraph if !embedded => {
                    let form = opening_form(line);
                    let role = if is_verb_form(form) {
                        if line.last_char == Some(',') {
                            (!operative_started).then_some(Role::Preambular)
                        } else {
                            Some(Role::Operative {
                                numbered: false,
                                last: false,
                            })
                        }
                    } else if operative_started
                        || form.is_none()
                        || (matches!(form, Some(OpeningForm::Other | OpeningForm::Base))
                            && line.last_char != Some(','))
                    {
                        None
                    } else {
                        Some(Role::Preambular)
                    };
                    roles[i] = role;
                    if let Some(Role::Operative { .. }) = role {
                        operative_started = true;
                        if line.last_char == Some(':') {
                            let next = lines[i + 1..]
                                .iter()
                                .find(|l| !matches!(l.kind, LineKind::Blank));
                            if next.is_some_and(|l| {
                                matches!(
                                    l.kind,
                                    LineKind::Heading { .. } | LineKind::Numbered { .. }
                                )
                            }) {
                                embedded = true;
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        if let Some(last) = roles
            .iter()
            .rposition(|r| matches!(r, Some(Role::Operative { .. })))
        {
            if let Some(Role::Operative { last: l, .. }) = &mut roles[last] {
                *l = true;
            }
        }
        Parts { roles }
    }

    pub fn role(&self, line: usize) -> Option<Role> {
        self.roles.get(line).copied().flatten()
    }

    /// The subparagraph lines of the paragraph on `line`.
    pub fn subs_of<'a>(
        &self,
        lines: &'a [Arc<LineSyntax>],
        model: &'a Model,
        line: usize,
    ) -> impl Iterator<Item = usize> + 'a {
        (line + 1..lines.len())
            .take_while(move |&j| model.owner_line.get(j).copied() == Some(line as u32))
            .filter(move |&j| matches!(lines[j].kind, LineKind::Sub { .. }))
    }

    /// The paragraph of the same part just before `line`, if no heading or
    /// paragraph of the other part comes between.
    pub fn previous(&self, lines: &[Arc<LineSyntax>], line: usize) -> Option<usize> {
        let part = self.role(line)?.part();
        for j in (0..line).rev() {
            match (&lines[j].kind, self.role(j)) {
                (_, Some(role)) => return (role.part() == part).then_some(j),
                (LineKind::Heading { .. } | LineKind::OrganLine { .. }, None) => return None,
                _ => {}
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Document;

    fn roles(text: &str) -> Vec<Option<Role>> {
        let document = Document::new(text);
        Parts::build(document.lines(), document.model()).roles
    }

    const PRE: Option<Role> = Some(Role::Preambular);
    const OP: Option<Role> = Some(Role::Operative {
        numbered: true,
        last: false,
    });
    const LAST: Option<Role> = Some(Role::Operative {
        numbered: true,
        last: true,
    });

    #[test]
    fn preamble_then_numbered_operative_paragraphs() {
        assert_eq!(
            roles("\tThe General Assembly,\n\tRecalling its resolution 1/2,\n\t1.\tRequests the Secretary-General;\n\t2.\tDecides to continue.\n38th plenary meeting"),
            vec![None, PRE, OP, LAST, None]
        );
    }

    #[test]
    fn a_single_unnumbered_operative_paragraph() {
        let unnumbered_last = Some(Role::Operative {
            numbered: false,
            last: true,
        });
        assert_eq!(
            roles("\tThe General Assembly,\n\tHaving considered the report,\n\tTakes note of the report."),
            vec![None, PRE, unnumbered_last]
        );
        // With a comma it is a preambular paragraph with the wrong verb form.
        assert_eq!(
            roles("\tThe General Assembly,\n\tRecalls its resolution 1/2,\n\t1.\tDecides."),
            vec![None, PRE, LAST]
        );
    }

    #[test]
    fn an_adopted_declaration_and_a_nested_list_are_not_operative() {
        let r = roles("\tThe General Assembly\n\tAdopts the following declaration:\n\tDeclaration\n\t1.\tWe recognize the challenges.\n\t2.\tWe will act.");
        assert_eq!(
            r[1],
            Some(Role::Operative {
                numbered: false,
                last: true
            })
        );
        assert_eq!(&r[2..], &[None, None, None]);
        let r = roles("1.\tDecides:\n1.\tFirst item;\n2.\tSecond item;\n2.\tRequests.");
        assert_eq!(r, vec![OP, None, None, LAST]);
    }
}
