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
//! the numbered items of a list inside a paragraph, nor text a paragraph
//! quotes, nor anything in an annex. The rules:
//!
//! - Only the resolution itself (region 0, after its organ line and before
//!   its closing lines) has parts. After its last operative paragraph (its
//!   full stop written), a heading starts another text: an annex whose
//!   heading is not recognized (`ANNEX 1 - …`) or a designation annex that
//!   opens with a name.
//! - A numbered paragraph is operative, unless it is an item of a list the
//!   text introduces inside the paragraph before it or text that paragraph
//!   quotes (the model's reading of the sequence, [`crate::sequence`]), or
//!   follows an unnumbered operative paragraph that ends with a colon (an
//!   adopted text).
//! - An unnumbered paragraph that opens with a verb in the present tense is
//!   operative when it ends as operative paragraphs do (`;`, `.`, `:` or
//!   nothing); ending with a comma, it is a preambular paragraph with the
//!   wrong opening, unless a heading follows it (then it is its section's
//!   operative paragraph with the wrong punctuation). Any other unnumbered
//!   paragraph is preambular until the operative paragraphs begin; after
//!   them (until a heading starts a new section) it is running text, such
//!   as a list item or a closing line.
//! - A line without final punctuation that does not open with a phrase of
//!   the lexicon is a title, however long (the titles of budget sections and
//!   of adopted declarations run past 200 characters).
//! - An unnumbered line that opens with neither a verb, a participle nor an
//!   adjective is a preambular paragraph only if it ends with a comma:
//!   otherwise it is a heading too long to be taken for one
//!   (`Request for a subvention …`) or a note (`Abbreviations: …`).
//! - A short line with a preambular opening and no punctuation
//!   (`Noting the report`) is a preambular paragraph whose comma is missing,
//!   although its length made it a heading.
//!
//! The parts also keep where each paragraph stands in its run of identical
//! openings ([`Cycle`]), which `repeated-opening` reports on.

use crate::model::Model;
use crate::syntax::{LineKind, LineSyntax, Lines, Opening, OpeningForm, Repeat};
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

/// Where a paragraph stands in a run of paragraphs of one part that open
/// the same way (the same phrase, and the same addressee for an addressed
/// verb). The UN writes such runs in cycles of three, `Recalling`,
/// `Recalling also`, `Recalling further`, then `Recalling` again (A/RES/78/10
/// and 146 other adopted texts of the corpus; `Decides`, `Also decides`,
/// `Further decides`, `Decides` in operative parts): a `further`, or a third
/// paragraph, closes the cycle.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Cycle {
    /// Opens a run, or a new cycle of it (and every line that is not a
    /// paragraph).
    #[default]
    First,
    /// Repeats the opening of the first: the UN adds `also`.
    Second,
    /// Repeats it again: the UN adds `further`.
    Third,
}

impl Cycle {
    /// The place of the paragraph after one at `self`, written with
    /// `repeat`, that opens the same way.
    pub fn next(self, repeat: Repeat) -> Cycle {
        match (self, repeat) {
            (_, Repeat::Further) | (Cycle::Third, _) => Cycle::First,
            (Cycle::First, _) => Cycle::Second,
            (Cycle::Second, _) => Cycle::Third,
        }
    }
}

/// The role of every line (`None` for lines that are not paragraphs of the
/// resolution: headings, subparagraphs, annexes, footnotes …), and where
/// each paragraph stands in its run of identical openings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parts {
    pub roles: Vec<Option<Role>>,
    pub cycles: Vec<Cycle>,
    /// The last line with a role, if any.
    last_role: Option<usize>,
    /// The end of the lines the roles were read from: the line the reading
    /// stopped at (the resolution's end) and the first that is not blank
    /// from there, which the lines before it may look ahead to. An edit
    /// past them that leaves the model and every line's kind as they were
    /// changes no role and no place ([`Parts::reads_line`]).
    read_end: usize,
}

fn opening_form(line: &LineSyntax) -> Option<OpeningForm> {
    line.opening.as_ref().map(|o| o.form)
}

/// Opens with a preambular phrase of the lexicon.
fn is_lexicon_preambular(line: &LineSyntax) -> bool {
    line.opening
        .as_ref()
        .and_then(|o| o.phrase())
        .is_some_and(|p| crate::vocabulary::phrases()[p as usize].part == Part::Preambular)
}

/// Whether two paragraphs open the same way: the same phrase, and for a
/// verb that takes an addressee, the same addressee (`Requests the
/// Secretary-General` twice, not `Calls upon States` and `Calls upon the
/// parties`).
pub fn same_opening(a: &Opening, b: &Opening) -> bool {
    let same_phrase = match (a.phrase(), b.phrase()) {
        // The key of a lexicon phrase is its text: the same phrase has the
        // same key (and no string need be compared).
        // In another language, two forms may translate one phrase
        // (`Se félicite`, `Salue`): the form decides.
        (Some(x), Some(y)) if x == y => a.foreign() == b.foreign(),
        _ => a.same_key(b),
    };
    same_phrase && a.addressee() == b.addressee()
}

/// Whether an unnumbered line is a title rather than a paragraph: it ends
/// without punctuation (a letter or a digit) and does not open with a
/// phrase of the lexicon, like the short headings the line classifier finds,
/// however long (`Revised estimates resulting from resolutions and decisions
/// adopted by the Human Rights Council at its … sessions`, a budget section's
/// title; the title of an adopted declaration).
fn is_title(line: &LineSyntax) -> bool {
    matches!(line.kind, LineKind::Paragraph | LineKind::Heading { .. })
        && line
            .last_char
            .is_some_and(crate::syntax::bytes::is_alphanumeric)
        && line.opening.as_ref().is_none_or(|o| o.phrase().is_none())
}

fn is_verb_form(form: Option<OpeningForm>) -> bool {
    matches!(form, Some(OpeningForm::Present | OpeningForm::Subject))
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
            && match (&a.opening, &b.opening) {
                (Some(a), Some(b)) => {
                    a.phrase() == b.phrase() && same_opening(a, b) && a.repeat == b.repeat
                }
                (a, b) => a.is_none() && b.is_none(),
            }
            && is_lexicon_preambular(a) == is_lexicon_preambular(b)
    }

    /// Whether the roles may differ for a line of syntax `a` and one of
    /// syntax `b` at the same place, the model being the same (what of a
    /// line [`Parts::build`] reads for the roles; the cycles read more,
    /// [`Parts::same_for_parts`]): of its last character, whether it is a
    /// comma, a colon or a full stop ([`crate::model::end_mark`]) and
    /// whether the line reads as a title; a numbered paragraph's role does
    /// not depend on its opening's form.
    pub fn same_for_roles(a: &LineSyntax, b: &LineSyntax) -> bool {
        a.kind == b.kind
            && crate::model::end_mark(a.last_char) == crate::model::end_mark(b.last_char)
            && is_title(a) == is_title(b)
            && is_lexicon_preambular(a) == is_lexicon_preambular(b)
            && (matches!(a.kind, LineKind::Numbered { .. }) || opening_form(a) == opening_form(b))
    }

    /// The cycles read again from line `from` on, the roles and every
    /// line's opening before `from` being those they were read with (a
    /// keystroke in the opening of the paragraph on `from`): each
    /// paragraph's place in its run depends on the paragraph before it in
    /// its run and its own opening, so the reading stops at the first
    /// paragraph after `from` whose place is the one it had. Returns the
    /// last line whose place changed (`from` if none did).
    pub fn update_cycles(&mut self, lines: &Lines, from: usize) -> usize {
        // A line that is no paragraph has no place, and the places of the
        // others do not read its opening.
        if self.roles.get(from).copied().flatten().is_none() {
            return from;
        }
        // The paragraph before `from` in its run, as `cycles` reads it.
        let mut last: Option<(usize, Role)> = None;
        for line in (0..from.min(lines.len())).rev() {
            match self.roles[line] {
                Some(role) => {
                    last = Some((line, role));
                    break;
                }
                None if breaks_run(&lines[line]) => break,
                None => {}
            }
        }
        let mut end = from;
        for line in from..lines.len() {
            let Some(role) = self.roles[line] else {
                // After a line that ends the run, every place is read as
                // it was (from no paragraph before it); after the last
                // paragraph, there is none to read.
                if breaks_run(&lines[line]) || self.last_role.is_none_or(|l| line > l) {
                    break;
                }
                continue;
            };
            let cycle = next_cycle(lines, &self.cycles, last, line, role);
            let changed = self.cycles[line] != cycle;
            self.cycles[line] = cycle;
            last = Some((line, role));
            if changed {
                end = line;
            } else if line > from {
                break;
            }
        }
        end
    }

    pub fn build(lines: &Lines, model: &Model) -> Parts {
        let mut parts = Parts {
            roles: vec![None; lines.len()],
            cycles: vec![Cycle::First; lines.len()],
            last_role: None,
            read_end: 0,
        };
        parts.fill(lines, model);
        parts
    }

    /// [`Parts::build`] in place, of `lines` after any edit: only the lines
    /// up to the last with a role before and after are written (past it
    /// every line has none and the first place).
    pub fn rebuild(&mut self, lines: &Lines, model: &Model) {
        let old_end = self.last_role.map_or(0, |l| l + 1).min(self.roles.len());
        self.roles[..old_end].fill(None);
        self.cycles[..old_end].fill(Cycle::First);
        self.roles.resize(lines.len(), None);
        self.cycles.resize(lines.len(), Cycle::First);
        self.last_role = None;
        self.fill(lines, model);
    }

    /// [`Parts::build`] in place, for the same lines after an edit that
    /// changed how many there are of none: only the lines up to the last
    /// with a role are read again (past it every line has none and the
    /// first place, before the edit as after it). Returns the first and
    /// the last line whose role or place in its run changed, if any.
    pub fn rebuild_lines(&mut self, lines: &Lines, model: &Model) -> Option<(usize, usize)> {
        let old_end = self.last_role.map_or(0, |l| l + 1);
        let old_roles = self.roles[..old_end].to_vec();
        let old_cycles = self.cycles[..old_end].to_vec();
        self.rebuild(lines, model);
        let end = old_end.max(self.last_role.map_or(0, |l| l + 1));
        let differs = |i: &usize| {
            let old_role = old_roles.get(*i).copied().flatten();
            let old_cycle = old_cycles.get(*i).copied().unwrap_or_default();
            self.roles[*i] != old_role || self.cycles[*i] != old_cycle
        };
        let first = (0..end).find(differs)?;
        let last = (first..end).rev().find(differs)?;
        Some((first, last))
    }

    /// Sets the roles and the places of `lines` in `self`, whose roles are
    /// all none and places all the first, of as many lines.
    fn fill(&mut self, lines: &Lines, model: &Model) {
        let roles = &mut self.roles;
        let start = lines
            .iter()
            .enumerate()
            .position(|(i, l)| {
                matches!(l.kind, LineKind::OrganLine { .. })
                    && model.regions.get(i).copied() == Some(0)
            })
            .map_or(0, |i| i + 1);
        let in_resolution = |i: usize| model.regions.get(i).copied().unwrap_or(0) == 0;
        // The next line that is not blank, if it is still in the resolution.
        let next_line = |i: usize| {
            (i + 1..lines.len())
                .find(|&j| lines[j].kind != LineKind::Blank)
                .filter(|&j| in_resolution(j))
        };
        let mut operative_started = false;
        let mut embedded = false;
        // The last operative paragraph so far: (line, number).
        let mut previous: Option<(usize, u32)> = None;
        let (mut last_role, mut last_operative) = (None, None);
        // (Where the reading stops.)
        let mut stop = lines.len();
        for i in start..lines.len() {
            if !in_resolution(i) {
                stop = i;
                break;
            }
            let line = &lines[i];
            let title = is_title(line);
            match &line.kind {
                LineKind::Meeting
                | LineKind::DateLine { .. }
                | LineKind::FootnoteText { .. }
                | LineKind::AdoptionLine { .. }
                | LineKind::ScAdoption { .. } => {
                    stop = i;
                    break;
                }
                LineKind::Heading { annex: false }
                    if !operative_started && !embedded && is_lexicon_preambular(line) =>
                {
                    // `Noting the report` with its comma forgotten: short
                    // enough to be taken for a heading.
                    roles[i] = Some(Role::Preambular);
                }
                LineKind::Heading { .. } | LineKind::Paragraph
                    if title || line.kind != LineKind::Paragraph =>
                {
                    // After the last operative paragraph (its full stop
                    // written), a heading starts another text: an annex
                    // whose heading the export lost (`ANNEX 1 - …`, a
                    // designation annex that opens with the name).
                    let ended = previous.is_some_and(|(p, _)| {
                        lines[p].last_char == Some('.')
                            && next_line(p) == Some(i)
                            && roles[p].is_some()
                    });
                    if ended && !embedded {
                        stop = i;
                        break;
                    }
                    operative_started = false;
                }
                LineKind::Numbered { number, .. } if !embedded => {
                    let number = *number;
                    // An item of a list the text introduces inside the
                    // paragraph before (`7. … the following objectives:`
                    // `1.` … `5.`), or text it quotes, as the model reads
                    // the sequence.
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
                    previous = Some((i, number));
                }
                LineKind::Paragraph if !embedded => {
                    let form = opening_form(line);
                    let role = if is_verb_form(form) {
                        // With a comma, a preambular paragraph with the wrong
                        // form of the verb, unless nothing follows it in its
                        // section: then it is the section's operative
                        // paragraph with the wrong punctuation (`Approves
                        // resources …,` before the next heading).
                        let ends_section = next_line(i).is_some_and(|j| {
                            (matches!(
                                lines[j].kind,
                                LineKind::Heading { .. }
                                    | LineKind::Meeting
                                    | LineKind::DateLine { .. }
                                    | LineKind::FootnoteText { .. }
                            ) || is_title(&lines[j]))
                                && !is_lexicon_preambular(&lines[j])
                        });
                        if line.last_char == Some(',') && !ends_section {
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
                        previous = Some((i, 0));
                        if line.last_char == Some(':') {
                            // `Adopts the following declaration:`, then the
                            // declaration's title or its numbered paragraphs.
                            if next_line(i).is_some_and(|j| {
                                matches!(
                                    lines[j].kind,
                                    LineKind::Heading { .. } | LineKind::Numbered { .. }
                                ) || is_title(&lines[j])
                            }) {
                                embedded = true;
                            }
                        }
                    }
                }
                _ => {}
            }
            // (Every line's role is set on its turn: a line is read once,
            // in order, and those after the loop stops have none.)
            if let Some(role) = roles[i] {
                last_role = Some(i);
                if let Role::Operative { .. } = role {
                    last_operative = Some(i);
                }
            }
        }
        if let Some(last) = last_operative {
            if let Some(Role::Operative { last: l, .. }) = &mut roles[last] {
                *l = true;
            }
        }
        cycles(lines, roles, last_role, &mut self.cycles);
        self.last_role = last_role;
        self.read_end = (stop..lines.len())
            .find(|&j| lines[j].kind != LineKind::Blank)
            .map_or(lines.len(), |j| j + 1);
    }

    /// Whether the roles and places were read from line `line` (or may
    /// be: [`Parts::read_end`]). Past the lines read, an edit of a line
    /// that leaves its kind and the model as they were changes neither.
    pub fn reads_line(&self, line: usize) -> bool {
        line < self.read_end
    }

    /// Where the paragraph on `line` stands in its run of identical
    /// openings.
    /// The lines that may have a role: every line after the last that has
    /// one has none (only the resolution's paragraphs have one).
    pub fn lines_with_roles(&self) -> std::ops::Range<usize> {
        0..self.last_role.map_or(0, |last| last + 1)
    }

    pub fn cycle(&self, line: usize) -> Cycle {
        self.cycles.get(line).copied().unwrap_or_default()
    }

    pub fn role(&self, line: usize) -> Option<Role> {
        self.roles.get(line).copied().flatten()
    }

    /// The subparagraph lines of the paragraph on `line`.
    pub fn subs_of<'a>(
        &self,
        lines: &'a Lines,
        model: &'a Model,
        line: usize,
    ) -> impl Iterator<Item = usize> + 'a {
        (line + 1..lines.len())
            .take_while(move |&j| model.owner_of(j) == Some(line as u32))
            .filter(move |&j| matches!(lines[j].kind, LineKind::Sub { .. }))
    }

    /// The paragraph of the same part just before `line`, if no heading or
    /// paragraph of the other part comes between.
    pub fn previous(&self, lines: &Lines, line: usize) -> Option<usize> {
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

/// The cycle of every line, in one pass: the paragraph before (as
/// [`Parts::previous`] finds it) and its cycle are all a paragraph needs.
/// The places of the paragraphs in their runs, `last_role` the last line
/// with a role (after it, every place is the first).
fn cycles(lines: &Lines, roles: &[Option<Role>], last_role: Option<usize>, cycles: &mut [Cycle]) {
    let mut last: Option<(usize, Role)> = None;
    let with_role = last_role.map_or(0, |l| l + 1);
    for (line, role) in roles.iter().enumerate().take(with_role) {
        let Some(role) = *role else {
            if breaks_run(&lines[line]) {
                last = None;
            }
            continue;
        };
        cycles[line] = next_cycle(lines, cycles, last, line, role);
        last = Some((line, role));
    }
}

/// Whether a line that is no paragraph ends the run of openings before it
/// (a heading, an organ's line).
fn breaks_run(line: &LineSyntax) -> bool {
    matches!(
        line.kind,
        LineKind::Heading { .. } | LineKind::OrganLine { .. }
    )
}

/// The place in its run of the paragraph on `line` (of role `role`), after
/// the paragraph `last` of its run, whose place is in `cycles`.
fn next_cycle(
    lines: &Lines,
    cycles: &[Cycle],
    last: Option<(usize, Role)>,
    line: usize,
    role: Role,
) -> Cycle {
    if let (Some((previous, before)), Some(opening)) = (last, &lines[line].opening) {
        if let Some(p) = &lines[previous].opening {
            if before.part() == role.part() && same_opening(p, opening) {
                return cycles[previous].next(p.repeat);
            }
        }
    }
    Cycle::First
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
    fn a_keystroke_past_the_resolutions_end_reads_no_role() {
        // The meeting line ends the resolution: the roles are read through
        // it, and the paragraphs after it (another text) have none.
        let text = "\tThe General Assembly,\n\tRecalling its resolution 1/2,\n\t1.\tRequests the Secretary-General;\n\t2.\tDecides to continue.\n38th plenary meeting\n\n\tRecalling also its resolution 3/4,\n";
        let mut document = Document::new(text);
        let parts = document.parts();
        assert!(parts.reads_line(4), "the meeting line is read");
        assert!(!parts.reads_line(6), "the paragraph after it is not");
        assert_eq!(parts.role(6), None);
        // A letter typed in its opening changes the opening, and no role
        // or place: the parts are those a fresh build finds.
        let before = parts.clone();
        let line = document.lines()[6].clone();
        let at = text.find("Recalling also").unwrap() + "Recall".len();
        document.edit(at..at, "x");
        assert!(!Parts::same_for_parts(&document.lines()[6], &line));
        assert_eq!(document.parts(), &before);
        assert_eq!(
            document.parts(),
            &Parts::build(document.lines(), document.model())
        );
        // Within the resolution, the same keystroke is read again.
        let at = text.find("Recalling its").unwrap() + "Recall".len();
        document.edit(at..at, "x");
        assert!(document.parts().reads_line(1));
        assert_eq!(
            document.parts(),
            &Parts::build(document.lines(), document.model())
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

    #[test]
    fn a_declaration_with_a_long_title_is_not_operative() {
        // A/RES/74/3: the title of the declaration is longer than a heading.
        let title = "Political declaration of the high-level meeting to review progress made in addressing the priorities of small island developing States through the implementation of the SIDS Accelerated Modalities of Action (SAMOA) Pathway";
        let r = roles(&format!("\tThe General Assembly\n\tAdopts the following political declaration:\n{title}\n\t1.\tWe, Heads of State and Government, reaffirm our commitment.\n\t2.\tWe reaffirm that the Pathway stands alone."));
        assert_eq!(&r[2..], &[None, None, None]);
    }

    #[test]
    fn quoted_numbered_text_is_not_operative() {
        // A/RES/78/248: an amendment quoted after a colon keeps its own
        // numbers; the resolution's numbering resumes after it.
        let r = roles("\tThe General Assembly,\n\tRecalling its resolution 1/2,\n\t14.\tDecides to approve the following amendment:\n\tArticle 9, new paragraph 4:\n\t4.\tIn hearing an application, the Tribunal shall decide.\nIV\nOther issues\n\t15.\tInvites the Sixth Committee to consider it;\n\t16.\tDecides to continue.");
        assert_eq!(r[4], None);
        assert_eq!(r[7], OP);
        assert_eq!(r[8], LAST);
    }

    #[test]
    fn after_the_last_paragraph_a_heading_starts_another_text() {
        // S/RES/2803 (2025) (`ANNEX 1 - …`) and S/RES/2564 (2021) (a
        // designation annex that opens with the name).
        let r = roles("\tThe Security Council,\n\tRecalling its resolutions,\n\t1.\tEndorses the Plan;\n\t2.\tDecides to remain seized of the matter.\nANNEX 1 - The Plan\n\t1.\tGaza will be a zone free of terror.\n\t2.\tGaza will be redeveloped.");
        assert_eq!(&r[2..], &[OP, LAST, None, None, None]);
        let r = roles("\tThe Security Council,\n\tRecalling its resolutions,\n\t1.\tDecides to remain actively seized of the matter.\n\n\tSultan Saleh Zabin\n\tSultan Saleh Zabin has engaged in acts that threaten the peace,\n\tHe is the director of the Department.");
        assert_eq!(&r[2..], &[LAST, None, None, None, None]);
    }

    #[test]
    fn long_section_titles_of_budget_texts_are_not_paragraphs() {
        // A/RES/76/246: a title of more than 200 characters after the
        // section's number, another between two operative paragraphs, and a
        // section whose only operative paragraph ends with a comma.
        let long = "Revised estimates resulting from resolutions and decisions adopted by the Human Rights Council at its forty-sixth, forty-seventh and forty-eighth regular sessions and thirtieth, thirty-first and thirty-second special sessions";
        let r = roles(&format!("\tThe General Assembly,\nIX\n{long}\nHaving considered the report,\n\t1.\tTakes note of the report;\n{long}\n\t2.\tDecides to act;\nIII\nInternational Trade Centre\nRecalling its resolution 76/245,\n\tApproves resources for 2022,\nIV\nConference services\n\tDecides to act."));
        assert_eq!(r[2], None);
        assert_eq!(r[3], PRE);
        assert_eq!(r[5], None);
        assert_eq!(
            r[10],
            Some(Role::Operative {
                numbered: false,
                last: false
            })
        );
    }
}
