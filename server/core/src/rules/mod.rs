//! The rules. Each lives in a file of its own with a `//!` description, an
//! `INFO` (code, default severity, summary, example) and a check function.
//!
//! # Two kinds of rule, for speed
//!
//! A keystroke re-parses one line; what it costs after that depends on how
//! the rules are registered:
//!
//! - [`LINE_RULES`]: a rule whose findings on a line depend only on that
//!   line's [`LineSyntax`] and on the document's [`Context`] (the organ and
//!   what the text says about itself) and the catalog. Its `check_line` is
//!   called once per line; the [`Document`](crate::Document) caches the
//!   findings of each line and calls it again only for lines an edit
//!   re-parsed, or for every line when the context or the catalog changes.
//!   The type of [`LineCtx`] lets it see nothing else. Prefer this kind.
//!   Every line rule so far reads the line's citations, and [`check_line`]
//!   calls none on a line that cites nothing (the debug build calls them
//!   all there and asserts that they find nothing).
//!   When typing on a line only moved its citations and footnote
//!   candidates (none touches the edit) and changed nothing else but
//!   positions, the document moves the line's findings with the text
//!   instead of checking it again: so a line rule reports positions taken
//!   from the line's citations and markers (or within one of their spans,
//!   as the day inside a date), reads no other position of the line, and
//!   reads no distance between two positions but within one span. The
//!   debug build checks every finding so kept against a fresh check.
//! - [`RULES`]: a plain pass over the whole document (`check(ctx, acc)`),
//!   which may read every line and the [`Model`]. It runs after every change,
//!   so it must be cheap: read the footnote resolver's decisions and findings
//!   (`ctx.footnotes`), the model's indices (`paragraphs`, `subs`,
//!   `footnote_texts`, `reference_lines`, `bracket_lines`,
//!   `former_name_lines`, `targets`, `flagged`, `slipped_subs`) and
//!   `ctx.parts` rather than looping
//!   over all lines and their text summaries or building them again, and
//!   format messages only for what it reports. A new rule written as a plain pass works
//!   here unchanged; move it to [`LINE_RULES`] when it only looks at one
//!   line at a time. A rule that reads the footnotes is listed in
//!   [`FOOTNOTE_RULES`] (a test checks it): where an edit changes nothing
//!   but the footnotes and positions within its lines (a marker typed),
//!   those rules run again on the lines of the scopes the resolver read
//!   again, and the others only on the edited lines.
//!
//! Diagnostics are reported sorted by range, then code; the incremental
//! path and a fresh analysis produce the same list (`tests/incremental.rs`).

use crate::attribution::Attribution;
use crate::catalog::{Catalog, Entry, Key};
use crate::diagnostic::{Diagnostic, DiagnosticData, Severity};
use crate::footnotes::Footnotes;
use crate::l10n::Message;
use crate::model::{Context, Model};
use crate::parts::Parts;
use crate::resolve::ChangedTargets;
use crate::syntax::{Citation, LineSyntax, Lines, Organ, ParagraphRef, Span};
use crate::text::Range;

mod bracket_balance;
mod citation_catalog_date;
mod citation_future;
mod citation_malformed;
mod citation_order;
mod citation_session_date;
mod citation_title;
mod citation_unknown;
mod footnote_duplicate;
mod footnote_missing;
mod footnote_order;
mod footnote_unused;
mod former_name;
mod operative_numbering;
mod paragraph_opening;
mod paragraph_punctuation;
mod paragraph_reference;
mod repeated_opening;
mod subparagraph_numbering;

#[cfg(test)]
pub(crate) mod fixture;

/// What a rule is, for users: its code, default severity, a one-line summary
/// and an example of text it fires on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleInfo {
    pub code: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
    pub example: &'static str,
}

/// What a line rule sees besides its line: the document's context and the
/// catalog.
pub struct LineCtx<'a> {
    pub model: &'a Context,
    pub catalog: &'a Catalog,
    /// What [`crate::attribution`] concludes about each citation of the
    /// line being checked, with its catalog key and entry, by the start of
    /// its number, in order: worked out once for all the rules
    /// ([`check_line`] fills it).
    pub attributions: &'a [Cited<'a>],
}

/// What the rules read of a citation besides the citation: what the
/// resolver concludes about it, its catalog key (when its organ is known)
/// and the catalog's entry for that key.
#[derive(Debug, Clone, Copy)]
pub struct Cited<'a> {
    /// The start of the citation's number.
    pub start: u32,
    pub attribution: Attribution,
    pub key: Option<Key>,
    pub entry: Option<&'a Entry>,
}

impl<'a> Cited<'a> {
    fn of(model: &Context, catalog: &'a Catalog, citation: &Citation) -> Cited<'a> {
        let attribution = model.attribute(citation, catalog);
        let key = attribution
            .organ()
            .and_then(|organ| Key::of_citation(organ, citation));
        Cited {
            start: citation.span.start,
            attribution,
            key,
            entry: key.and_then(|key| catalog.get(&key)),
        }
    }
}

impl<'a> LineCtx<'a> {
    /// What the resolver concludes about `citation`, a citation of the line
    /// being checked.
    pub fn attribute(&self, citation: &Citation) -> Attribution {
        self.cited(citation).attribution
    }

    /// What the rules read of `citation`: kept for the line being checked
    /// (looked up in the order of the line: a line may hold thousands),
    /// worked out otherwise.
    pub fn cited(&self, citation: &Citation) -> Cited<'a> {
        match self
            .attributions
            .binary_search_by_key(&citation.span.start, |c| c.start)
        {
            Ok(found) => self.attributions[found],
            Err(_) => Cited::of(self.model, self.catalog, citation),
        }
    }

    /// The organ that adopted `citation`, when the evidence decides it.
    pub fn citation_organ(&self, citation: &Citation) -> Option<Organ> {
        self.attribute(citation).organ()
    }

    /// The catalog key of `citation`, when its organ is known.
    pub fn citation_key(&self, citation: &Citation) -> Option<Key> {
        self.cited(citation).key
    }

    /// The catalog key of `citation` and the catalog's entry for it, when
    /// its organ is known.
    pub fn citation_entry(&self, citation: &Citation) -> Option<(Key, Option<&'a Entry>)> {
        let cited = self.cited(citation);
        Some((cited.key?, cited.entry))
    }
}

/// What a document rule sees: the per-line syntax, the document model and
/// the parts (built once per analysis, and kept by the document across
/// edits that change nothing they read).
pub struct Ctx<'a> {
    pub lines: &'a Lines,
    pub model: &'a Model,
    pub parts: &'a Parts,
    /// The footnotes as the resolver decided them (kept by the document
    /// across edits that change nothing it reads).
    pub footnotes: &'a Footnotes,
    pub catalog: &'a Catalog,
    /// The lines whose findings are wanted, when not all are: after an edit
    /// that changed nothing but positions within a few lines, the document
    /// keeps its other findings. A rule may skip building the diagnostics
    /// of other lines ([`Ctx::wants`]); any it builds there are dropped.
    pub only: Option<std::ops::RangeInclusive<usize>>,
    /// With [`Ctx::only`], after an edit that changed these of the targets
    /// of references and left the regions of the other lines as they were:
    /// the document keeps `paragraph-reference`'s findings of the references
    /// off `only` the change leaves as they were ([`ChangedTargets::stale`]),
    /// and the rule reports those of the others besides those on `only`.
    pub changed_targets: Option<&'a ChangedTargets>,
}

impl Ctx<'_> {
    /// The catalog key of `citation`, when its organ is known.
    pub fn citation_key(&self, citation: &Citation) -> Option<Key> {
        let organ = self
            .model
            .context()
            .attribute(citation, self.catalog)
            .organ()?;
        Key::of_citation(organ, citation)
    }

    /// Every citation of the text with its line.
    pub fn citations(&self) -> impl Iterator<Item = (u32, &Citation)> {
        self.lines
            .iter()
            .enumerate()
            .flat_map(|(i, line)| line.citations().iter().map(move |c| (i as u32, c)))
    }

    /// Whether the findings on `line` are wanted (see [`Ctx::only`]): a rule
    /// that reports many lines checks it before formatting a message.
    pub fn wants(&self, line: usize) -> bool {
        self.only.as_ref().is_none_or(|lines| lines.contains(&line))
    }

    /// Whether the findings of `reference`, on `line`, are wanted: on the
    /// lines wanted, and elsewhere where [`Ctx::changed_targets`] makes it
    /// stale.
    pub fn wants_reference(&self, line: usize, reference: &ParagraphRef) -> bool {
        self.wants(line)
            || self
                .changed_targets
                .is_some_and(|changed| changed.stale(self.model, line, reference))
    }

    /// The lines a rule whose findings on a line depend on that line alone
    /// needs to visit: [`Ctx::only`], or every line.
    pub fn wanted_lines(&self) -> std::ops::Range<usize> {
        match &self.only {
            Some(lines) => {
                (*lines.start()).min(self.lines.len())..(*lines.end() + 1).min(self.lines.len())
            }
            None => 0..self.lines.len(),
        }
    }

    /// The lines of [`Ctx::wanted_lines`] that may have a role in the parts
    /// ([`Parts::lines_with_roles`]): what a rule of paragraphs' roles
    /// reads.
    pub fn wanted_lines_with_roles(&self) -> std::ops::Range<usize> {
        let (wanted, roles) = (self.wanted_lines(), self.parts.lines_with_roles());
        wanted.start..wanted.end.min(roles.end).max(wanted.start)
    }

    /// The stretch of `lines` (line numbers in order, as the model's
    /// indices keep them) that [`Ctx::wanted_lines`] holds, found by binary
    /// search: for a rule whose findings on a line depend on that line and
    /// on the model only.
    pub fn wanted_of<'l>(&self, lines: &'l [u32]) -> &'l [u32] {
        lines_within(lines, self.wanted_lines())
    }

    /// A diagnostic of `info`'s rule on `span` of line `line`.
    pub fn diagnostic(info: &RuleInfo, line: u32, span: Span, message: Message) -> Diagnostic {
        Diagnostic::from(DiagnosticData {
            code: info.code,
            severity: info.severity,
            range: Range::on_line(line, span.start, span.end),
            message,
            fixes: Vec::new(),
        })
    }
}

/// The stretch of `lines` (line numbers in order) within `range`, found by
/// binary search.
pub(crate) fn lines_within(lines: &[u32], range: std::ops::Range<usize>) -> &[u32] {
    let from = lines.partition_point(|&l| (l as usize) < range.start);
    let to = lines.partition_point(|&l| (l as usize) < range.end);
    &lines[from..to.max(from)]
}

/// A document rule's check: a pass over the whole document.
pub type Check = fn(&Ctx<'_>, &mut Vec<Diagnostic>);

/// A line rule's check: the findings on line `line`, whose syntax is given.
pub type LineCheck = fn(&LineCtx<'_>, u32, &LineSyntax, &mut Vec<Diagnostic>);

/// The document rules, run after every change (keep them cheap; see the
/// module's documentation).
pub static RULES: &[(RuleInfo, Check)] = &[
    (operative_numbering::INFO, operative_numbering::check),
    (subparagraph_numbering::INFO, subparagraph_numbering::check),
    (footnote_missing::INFO, footnote_missing::check),
    (footnote_duplicate::INFO, footnote_duplicate::check),
    (footnote_unused::INFO, footnote_unused::check),
    (footnote_order::INFO, footnote_order::check),
    (paragraph_reference::INFO, paragraph_reference::check),
    (bracket_balance::INFO, bracket_balance::check),
    (paragraph_punctuation::INFO, paragraph_punctuation::check),
    (paragraph_opening::INFO, paragraph_opening::check),
    (repeated_opening::INFO, repeated_opening::check),
    (former_name::INFO, former_name::check),
];

/// The line rules, whose findings are cached per line.
pub static LINE_RULES: &[(RuleInfo, LineCheck)] = &[
    (citation_malformed::INFO, citation_malformed::check_line),
    (
        citation_session_date::INFO,
        citation_session_date::check_line,
    ),
    (
        citation_catalog_date::INFO,
        citation_catalog_date::check_line,
    ),
    (citation_unknown::INFO, citation_unknown::check_line),
    (citation_future::INFO, citation_future::check_line),
    (citation_order::INFO, citation_order::check_line),
    (citation_title::INFO, citation_title::check_line),
];

/// The user-facing description of every rule (with the hints of a
/// technical update, which run against a draft's base: `diff::update`).
pub fn all() -> impl Iterator<Item = &'static RuleInfo> {
    RULES
        .iter()
        .map(|(info, _)| info)
        .chain(LINE_RULES.iter().map(|(info, _)| info))
        .chain(crate::diff::update::INFOS.iter())
        .chain(crate::compare::INFOS.iter())
}

/// The number of the rule whose code is `code`: its place in [`all`]
/// (the rules of [`RULES`], then those of [`LINE_RULES`], …), or
/// [`NO_RULE`] for a code of none. A finding keeps it beside its pointer
/// ([`crate::diagnostic::Diagnostic::rule_number`]), so that what its rule
/// is can be asked of a list of findings without reading each.
pub fn rule_number(code: &str) -> u8 {
    all()
        .position(|info| info.code == code)
        .and_then(|at| u8::try_from(at).ok())
        .filter(|&n| n != NO_RULE)
        .unwrap_or(NO_RULE)
}

/// The number of no rule ([`rule_number`]).
pub const NO_RULE: u8 = u8::MAX;

/// Whether the rule numbered `number` ([`rule_number`]) is a line rule.
pub fn is_line_rule_number(number: u8) -> bool {
    (RULES.len()..RULES.len() + LINE_RULES.len()).contains(&usize::from(number))
}

/// The rules of `codes` as a set of their numbers ([`rule_number`]), each
/// a bit (the numbers past 63, and [`NO_RULE`], in none).
pub fn rule_set<'a>(codes: impl IntoIterator<Item = &'a str>) -> u64 {
    codes
        .into_iter()
        .fold(0, |set, code| set | rule_bit(rule_number(code)))
}

/// The bit of the rule numbered `number` in a [`rule_set`].
pub fn rule_bit(number: u8) -> u64 {
    1u64.checked_shl(u32::from(number)).unwrap_or(0)
}

/// Whether `code` is a line rule's ([`LINE_RULES`]).
pub fn is_line_rule(code: &str) -> bool {
    LINE_RULES.iter().any(|(info, _)| info.code == code)
}

/// Looks a rule up by its code.
pub fn find(code: &str) -> Option<&'static RuleInfo> {
    all().find(|info| info.code == code)
}

/// Runs every rule on a document, without caching: the line rules on each
/// line, then the document rules, sorted.
pub fn run(ctx: &Ctx<'_>) -> Vec<Diagnostic> {
    let context = ctx.model.context();
    let line_ctx = LineCtx {
        model: &context,
        catalog: ctx.catalog,
        attributions: &[],
    };
    let mut acc = Vec::new();
    for (index, line) in ctx.lines.iter().enumerate() {
        check_line(&line_ctx, index as u32, line, &mut acc);
    }
    run_document_rules(ctx, &mut acc);
    sort(&mut acc);
    acc
}

/// Runs every line rule on one line.
pub fn check_line(ctx: &LineCtx<'_>, line: u32, syntax: &LineSyntax, acc: &mut Vec<Diagnostic>) {
    // Every line rule reads the line's citations, so a line that cites
    // nothing (most lines of every text) has no findings and none is
    // called. (A line rule that reads something else must lift this; the
    // debug build calls them all there and asserts it.)
    if syntax.citations().is_empty() {
        #[cfg(debug_assertions)]
        {
            let mut none = Vec::new();
            for (_, check) in LINE_RULES {
                check(ctx, line, syntax, &mut none);
            }
            assert!(
                none.is_empty(),
                "a line rule found {none:?} on a line that cites nothing"
            );
        }
        return;
    }
    let attributions: Vec<Cited<'_>> = syntax
        .citations()
        .iter()
        .map(|c| Cited::of(ctx.model, ctx.catalog, c))
        .collect();
    let ctx = LineCtx {
        attributions: &attributions,
        ..*ctx
    };
    for (_, check) in LINE_RULES {
        check(&ctx, line, syntax, acc);
    }
}

/// Runs every document rule.
pub fn run_document_rules(ctx: &Ctx<'_>, acc: &mut Vec<Diagnostic>) {
    run_document_rules_where(ctx, acc, |_| true);
}

/// Runs the document rules whose code `which` takes.
pub fn run_document_rules_where(
    ctx: &Ctx<'_>,
    acc: &mut Vec<Diagnostic>,
    which: impl Fn(&'static str) -> bool,
) {
    for (info, check) in RULES {
        if which(info.code) {
            check(ctx, acc);
        }
    }
}

/// The document rules that read the footnotes ([`Ctx::footnotes`]); no
/// other rule does (a test reads their sources). When an edit changes the
/// footnotes and nothing else but positions within its lines, these are
/// run again on the lines of the scopes the resolver read again
/// ([`Footnotes::rebuild_after`]) and the others on the edited lines: a
/// finding of these on a scope's line reads that scope's footnotes only.
pub static FOOTNOTE_RULES: &[&RuleInfo] = &[
    &footnote_missing::INFO,
    &footnote_duplicate::INFO,
    &footnote_unused::INFO,
    &footnote_order::INFO,
];

/// The document rules whose findings on a line depend only on that line's
/// syntax, on the model's list of the lines they visit (given here), and on
/// the lines that say when the text was adopted (adoption lines and the
/// Council's headers, [`is_adoption_line`]). Where an edit leaves that list
/// as it was off the edited lines (moved with them) and touches no
/// adoption line, their findings off the edited lines are kept, moved, and
/// they run on the edited lines only (`Document::refresh`); a test reads
/// their sources for anything else of the model.
pub static INDEXED_RULES: &[(&RuleInfo, LinesOf)] =
    &[(&former_name::INFO, |model| &model.former_name_lines)];

/// The document rule whose findings are those of the references to
/// paragraphs, each on the reference its span starts with. Where an edit
/// left the regions of the other lines as they were, the findings of the
/// references off the edited lines that the targets it changed
/// ([`ChangedTargets`]) leave as they were are kept, moved, and the rule
/// reports those of the edited lines and of the references made stale
/// ([`Ctx::changed_targets`], `Document::refresh`).
pub static REFERENCE_RULE: &RuleInfo = &paragraph_reference::INFO;

pub(crate) use paragraph_reference::stale_finding;

/// One of the model's lists of lines ([`INDEXED_RULES`]).
pub type LinesOf = fn(&Model) -> &[u32];

/// Whether a line's kind says when the text was adopted: what the rules of
/// [`INDEXED_RULES`] may read besides the lines they report on.
pub fn is_adoption_line(kind: &crate::syntax::LineKind) -> bool {
    use crate::syntax::LineKind;
    matches!(
        kind,
        LineKind::AdoptionLine { .. } | LineKind::ScAdoption { .. } | LineKind::ScHeader { .. }
    )
}

/// The rules whose messages name a line of the text (`footnote-duplicate`:
/// "footnote 1 already has a text (line 8)"): where lines come or go,
/// their findings change though what they read only moved.
pub static NAMING_LINES: &[&RuleInfo] = &[&footnote_duplicate::INFO];

/// Whether `code` is one of [`NAMING_LINES`]'.
pub fn names_lines(code: &str) -> bool {
    NAMING_LINES.iter().any(|info| info.code == code)
}

/// Whether the rule numbered `number` ([`rule_number`]) is one of
/// [`FOOTNOTE_RULES`].
pub fn reads_footnotes_number(number: u8) -> bool {
    rule_set(FOOTNOTE_RULES.iter().map(|info| info.code)) & rule_bit(number) != 0
}

/// Whether `code` is one of [`FOOTNOTE_RULES`]'.
pub fn reads_footnotes(code: &str) -> bool {
    FOOTNOTE_RULES.iter().any(|info| info.code == code)
}

/// The order diagnostics are reported in: by range, then code.
pub fn order(a: &Diagnostic, b: &Diagnostic) -> std::cmp::Ordering {
    a.range().cmp(&b.range()).then_with(|| a.code.cmp(b.code))
}

/// Puts diagnostics in the order they are reported ([`order`]; a stable
/// sort: findings of one rule on one range keep their order).
pub fn sort(acc: &mut [Diagnostic]) {
    acc.sort_by(order);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every rule has a number of its own, which says what its code says
    /// (a line rule or not, in a set of rules or not), and fits a set.
    #[test]
    fn a_rule_s_number_says_what_its_code_does() {
        let codes: Vec<&str> = all().map(|info| info.code).collect();
        assert!(codes.len() < 64, "{} rules: a set holds 64", codes.len());
        for (at, &code) in codes.iter().enumerate() {
            let number = rule_number(code);
            assert_eq!(usize::from(number), at, "{code}");
            assert_eq!(is_line_rule_number(number), is_line_rule(code), "{code}");
            assert_eq!(
                reads_footnotes_number(number),
                reads_footnotes(code),
                "{code}"
            );
            let set = rule_set([code, "footnote-unused"]);
            assert_ne!(set & rule_bit(number), 0, "{code}");
            assert_eq!(
                set.count_ones(),
                if code == "footnote-unused" { 1 } else { 2 }
            );
        }
        assert_eq!(rule_number("no-such-rule"), NO_RULE);
        assert!(!is_line_rule_number(NO_RULE));
        assert!(!reads_footnotes_number(NO_RULE));
        assert_eq!(rule_bit(NO_RULE), 0);
        assert_eq!(rule_set(["no-such-rule"]), 0);
    }

    #[test]
    fn codes_are_unique_kebab_case() {
        let mut seen = std::collections::HashSet::new();
        for info in all() {
            assert!(seen.insert(info.code), "duplicate code {}", info.code);
            assert!(
                info.code
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-'),
                "{} is not kebab-case",
                info.code
            );
        }
    }

    #[test]
    fn every_rule_file_is_registered_and_documented() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
        let mut files = 0;
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_stem().unwrap().to_str().unwrap().to_string();
            if name == "mod" || name == "fixture" {
                continue;
            }
            files += 1;
            let code = name.replace('_', "-");
            assert!(
                find(&code).is_some(),
                "rules/{name}.rs is not registered in RULES"
            );
            let text = std::fs::read_to_string(&path).unwrap();
            assert!(
                text.starts_with("//!"),
                "rules/{name}.rs must open with a //! description"
            );
            assert!(text.contains("mod tests"), "rules/{name}.rs has no tests");
        }
        assert_eq!(files, RULES.len() + LINE_RULES.len());
    }

    /// The source of `info`'s rule, its tests left out.
    fn rule_source(info: &RuleInfo) -> String {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
        let path = dir.join(format!("{}.rs", info.code.replace('-', "_")));
        let mut text = std::fs::read_to_string(&path).unwrap();
        text.truncate(text.find("mod tests").unwrap_or(text.len()));
        text
    }

    #[test]
    fn only_the_footnote_rules_read_the_footnotes() {
        // The document keeps the other rules' findings off the edited lines
        // when only the footnotes changed (`Document::refresh`): a rule that
        // comes to read them must be listed in `FOOTNOTE_RULES`.
        for (info, _) in RULES {
            let text = rule_source(info);
            assert_eq!(
                text.contains(".footnotes"),
                reads_footnotes(info.code),
                "{}: reads the footnotes, or is listed as reading them",
                info.code
            );
        }
        for info in FOOTNOTE_RULES {
            assert!(RULES.iter().any(|(rule, _)| rule.code == info.code));
        }
    }

    #[test]
    fn the_indexed_rules_read_one_list_of_the_model_and_the_lines() {
        // A rule of `INDEXED_RULES` keeps its findings where its list and
        // the adoption lines are as they were (`Document::refresh`): it
        // reads nothing else of the document but the lines it visits, and
        // of their kinds only those `is_adoption_line` names.
        for (info, _) in INDEXED_RULES {
            let code = &rule_source(info);
            for reads in ["ctx.parts", "ctx.footnotes", "ctx.catalog", "Resolver"] {
                assert!(!code.contains(reads), "{}: {reads}", info.code);
            }
            let field = |at: usize| -> String {
                code[at..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect()
            };
            let fields: std::collections::BTreeSet<String> = code
                .match_indices("ctx.model.")
                .map(|(at, m)| field(at + m.len()))
                .collect();
            assert_eq!(fields.len(), 1, "{}: {fields:?}", info.code);
            let kinds: std::collections::BTreeSet<String> = code
                .match_indices("LineKind::")
                .map(|(at, m)| field(at + m.len()))
                .collect();
            let adoption = ["AdoptionLine", "ScAdoption", "ScHeader"].map(String::from);
            assert!(
                kinds.iter().all(|k| adoption.contains(k)),
                "{}: {kinds:?}",
                info.code
            );
        }
    }
}
