//! The language versions of one text among several (the language server's
//! groups), and how a paragraph of one version maps to the others.
//!
//! Texts are versions of one text when
//!
//! - their file names differ only by a language code before the extension:
//!   `draft.en.resolution` and `draft.fr.resolution`, `draft.en.res.txt` and
//!   `draft.fr.res.txt`, or `en.txt` and `fr.txt` in one folder (as
//!   `corpus/parallel/<symbol>/` keeps them); or
//! - their headings declare the same symbol (`75/163.`, `S/RES/2719
//!   (2023)`: [`crate::catalog::declared_entry`]) and they are in different
//!   languages. A symbol that two texts of one language declare (a draft and
//!   the adopted text it revises) joins nothing: which of them would be the
//!   version is not the text's to say.
//!
//! A group has at most one version per language. Its reference, with which
//! every other version is compared, is its English version, else the first
//! of French, Spanish, Arabic, Chinese and Russian it has (the order of
//! [`Language::ALL`]), as `resolute compare` takes English unless told
//! otherwise.

use crate::catalog::Key;
use crate::data::languages::Language;
use crate::document::Document;
use crate::ide;
use crate::text::{Pos, Range};

use super::{compare, summarize, Comparison, Difference, DifferenceKind, Summary};

/// A file name read as a language version: the path before the language
/// code, the language, and the path after it (`/texts/draft.`, French,
/// `.resolution`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VersionName<'a> {
    pub before: &'a str,
    pub language: Language,
    pub after: &'a str,
}

/// The extension of a file name: `.res.txt` is one (the editors' name for
/// resolutions in plain text), any other is what follows the last dot.
fn split_extension(name: &str) -> Option<(&str, &str)> {
    let cut = match name.len().checked_sub(".res.txt".len()) {
        Some(at) if name.is_char_boundary(at) && name[at..].eq_ignore_ascii_case(".res.txt") => at,
        _ => name.rfind('.')?,
    };
    Some((&name[..cut], &name[cut..]))
}

impl<'a> VersionName<'a> {
    /// The version a path names: `draft.fr.resolution`, `draft.fr.res.txt`,
    /// `fr.txt`; `None` for a name without a language code before its
    /// extension.
    pub fn parse(path: &'a str) -> Option<VersionName<'a>> {
        let name_start = path.rfind(['/', '\\']).map_or(0, |i| i + 1);
        let name = &path[name_start..];
        let (stem, _) = split_extension(name)?;
        let code_start = stem.rfind('.').map_or(0, |i| i + 1);
        let code = &stem[code_start..];
        let language = Language::ALL.into_iter().find(|l| l.code() == code)?;
        let start = name_start + code_start;
        Some(VersionName {
            before: &path[..start],
            language,
            after: &path[start + code.len()..],
        })
    }

    /// The path of the version in `language`: `draft.en.resolution` for
    /// English.
    pub fn with_language(&self, language: Language) -> String {
        format!("{}{}{}", self.before, language.code(), self.after)
    }

    /// What all versions of the text have in common.
    pub fn key(&self) -> (&'a str, &'a str) {
        (self.before, self.after)
    }
}

/// A text that may belong to a group.
#[derive(Debug, Clone)]
pub struct Candidate<'a> {
    /// Its path (or any name of it that ends with its file name).
    pub path: Option<&'a str>,
    /// The language it is read in.
    pub language: Language,
    /// The symbol its heading declares.
    pub symbol: Option<Key>,
}

/// The groups among `candidates`: each a list of indices into it, of two
/// texts or more in distinct languages, sorted by language (the reference
/// first). A candidate is in one group at most.
pub fn groups(candidates: &[Candidate<'_>]) -> Vec<Vec<usize>> {
    // Components, by the file names first.
    let mut component: Vec<usize> = (0..candidates.len()).collect();
    let mut members: Vec<Vec<usize>> = (0..candidates.len()).map(|i| vec![i]).collect();
    let distinct = |list: &[usize]| {
        let mut seen = Vec::new();
        list.iter().all(|&i| {
            let language = candidates[i].language;
            let new = !seen.contains(&language);
            seen.push(language);
            new
        })
    };
    let mut merge = |a: usize, b: usize, component: &mut Vec<usize>| {
        let (ca, cb) = (component[a], component[b]);
        if ca == cb {
            return;
        }
        let mut joined = members[ca].clone();
        joined.extend(&members[cb]);
        if !distinct(&joined) {
            return;
        }
        for &i in &members[cb] {
            component[i] = ca;
        }
        members[ca] = joined;
        members[cb].clear();
    };
    let names: Vec<Option<VersionName<'_>>> = candidates
        .iter()
        .map(|c| c.path.and_then(VersionName::parse))
        .collect();
    for i in 0..candidates.len() {
        let Some(name) = names[i] else { continue };
        if let Some(j) = (0..i).find(|&j| names[j].is_some_and(|n| n.key() == name.key())) {
            merge(j, i, &mut component);
        }
    }
    // Then by the symbols, where one language does not declare it twice.
    for i in 0..candidates.len() {
        let Some(symbol) = candidates[i].symbol else {
            continue;
        };
        if (0..i).any(|j| candidates[j].symbol == Some(symbol)) {
            continue;
        }
        let same: Vec<usize> = (i..candidates.len())
            .filter(|&j| candidates[j].symbol == Some(symbol))
            .collect();
        if same.len() < 2 || !distinct(&same) {
            continue;
        }
        for &j in &same[1..] {
            merge(i, j, &mut component);
        }
    }
    let mut out: Vec<Vec<usize>> = members.into_iter().filter(|m| m.len() > 1).collect();
    for group in &mut out {
        group.sort_by_key(|&i| candidates[i].language);
    }
    out.sort();
    out
}

/// The versions of one text compared with their reference.
#[derive(Debug, Clone, Default)]
pub struct Versions {
    /// Each version's summary, the reference's first.
    pub summaries: Vec<Summary>,
    /// Each version compared with the reference (the reference's own is
    /// empty).
    pub comparisons: Vec<Comparison>,
}

impl Versions {
    /// Compares every version with the first, the reference. The documents
    /// are analysed.
    pub fn compare(documents: &[&Document]) -> Versions {
        let summaries: Vec<Summary> = documents.iter().map(|d| summarize(d)).collect();
        let Some((reference, first)) = summaries.first().zip(documents.first()) else {
            return Versions::default();
        };
        let comparisons = summaries
            .iter()
            .enumerate()
            .map(|(k, summary)| {
                if k == 0 {
                    Comparison::default()
                } else {
                    compare(reference, first.language(), summary)
                }
            })
            .collect();
        Versions {
            summaries,
            comparisons,
        }
    }

    /// The differences of version `k` from the reference.
    pub fn differences(&self, k: usize) -> &[Difference] {
        self.comparisons
            .get(k)
            .map_or(&[], |c| c.differences.as_slice())
    }

    /// The unit of version `k` on `line`.
    pub fn unit_on(&self, k: usize, line: u32) -> Option<usize> {
        self.summaries
            .get(k)?
            .units
            .iter()
            .position(|u| u.line == line)
    }

    /// The unit of version `k` on `line`, else the last one before it, else
    /// its first: where a cursor anywhere in the text stands.
    pub fn unit_near(&self, k: usize, line: u32) -> Option<usize> {
        let units = &self.summaries.get(k)?.units;
        units
            .iter()
            .rposition(|u| u.line <= line)
            .or((!units.is_empty()).then_some(0))
    }

    /// The unit of the reference that unit `unit` of version `k` matches:
    /// the one it is aligned with, or the one it reads as where it stands
    /// elsewhere.
    fn in_reference(&self, k: usize, unit: usize) -> Option<usize> {
        if k == 0 {
            return Some(unit);
        }
        let comparison = self.comparisons.get(k)?;
        if let Some(i) = comparison
            .pairs
            .iter()
            .find_map(|&(i, j)| i.filter(|_| j == Some(unit)))
        {
            return Some(i);
        }
        let line = self.summaries[k].units.get(unit)?.line;
        let (reference_line, _) = comparison
            .differences
            .iter()
            .find(|d| d.kind == DifferenceKind::Order && d.line == line)?
            .reference?;
        self.unit_on(0, reference_line)
    }

    /// The unit of version `k` that unit `unit` of the reference matches.
    fn of_reference(&self, k: usize, unit: usize) -> Option<usize> {
        if k == 0 {
            return Some(unit);
        }
        let comparison = self.comparisons.get(k)?;
        if let Some(j) = comparison
            .pairs
            .iter()
            .find_map(|&(i, j)| j.filter(|_| i == Some(unit)))
        {
            return Some(j);
        }
        let line = self.summaries[0].units.get(unit)?.line;
        let moved = comparison
            .differences
            .iter()
            .find(|d| d.kind == DifferenceKind::Order && d.reference.map(|r| r.0) == Some(line))?;
        self.unit_on(k, moved.line)
    }

    /// The unit of version `to` that unit `unit` of version `from` matches,
    /// through the reference.
    pub fn counterpart(&self, from: usize, unit: usize, to: usize) -> Option<usize> {
        if from == to {
            return Some(unit);
        }
        let reference = self.in_reference(from, unit)?;
        self.of_reference(to, reference)
    }

    /// The place of unit `unit` of version `k` in its document: the
    /// paragraph from its label to its end.
    pub fn place(&self, document: &Document, k: usize, unit: usize) -> Option<Range> {
        let unit = self.summaries.get(k)?.units.get(unit)?;
        let text = document.line_text(unit.line);
        let start = text.len() - text.trim_start().len();
        let end = (unit.body.end as usize).clamp(start, text.len());
        Some(Range::on_line(unit.line, start as u32, end as u32))
    }
}

/// The line of the paragraph, subparagraph or footnote whose own label
/// (`5.`, `(b)`, a footnote text's number) is at `pos`, as go to definition
/// reads labels.
pub fn label_line(document: &Document, pos: Pos) -> Option<u32> {
    ide::local_definition(document, pos)
        .into_iter()
        .any(|range| range.start.line == pos.line && range.contains(pos))
        .then_some(pos.line)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::data::languages::LanguageChoice;

    fn candidate(path: &str, language: Language) -> Candidate<'_> {
        Candidate {
            path: Some(path),
            language,
            symbol: None,
        }
    }

    #[test]
    fn file_names_that_differ_by_a_language_code() {
        let name = VersionName::parse("/texts/draft.fr.resolution").unwrap();
        assert_eq!(name.language, Language::French);
        assert_eq!(
            name.with_language(Language::English),
            "/texts/draft.en.resolution"
        );
        let name = VersionName::parse("/texts/draft.es.res.txt").unwrap();
        assert_eq!(
            name.with_language(Language::Arabic),
            "/texts/draft.ar.res.txt"
        );
        let name = VersionName::parse("corpus/parallel/A_RES_75_163/zh.txt").unwrap();
        assert_eq!(
            name.with_language(Language::English),
            "corpus/parallel/A_RES_75_163/en.txt"
        );
        assert_eq!(
            VersionName::parse(r"C:\texts\a.ru.txt").unwrap().language,
            Language::Russian
        );
        for none in [
            "/texts/draft.resolution",
            "/texts/draft.res.txt",
            "/texts/en",
            "/texts.fr/draft.txt",
            "/texts/draft.de.resolution",
            "/texts/draft.EN.resolution",
            "",
        ] {
            assert_eq!(VersionName::parse(none), None, "{none}");
        }
    }

    #[test]
    fn groups_by_name_then_by_symbol() {
        let key = |number| Key {
            organ: crate::syntax::Organ::GeneralAssembly,
            kind: crate::syntax::CitationKind::Resolution,
            series: crate::catalog::key::Series::Session(
                crate::syntax::citation::SessionRef::Regular(75),
            ),
            number,
        };
        let mut candidates = vec![
            candidate("/a/draft.fr.resolution", Language::French),
            candidate("/a/draft.en.resolution", Language::English),
            candidate("/a/other.en.resolution", Language::English),
            candidate("/b/fr.txt", Language::French),
            candidate("/b/en.txt", Language::English),
            candidate("/c/fr.txt", Language::French),
            candidate("/d/notes.resolution", Language::Spanish),
        ];
        assert_eq!(groups(&candidates), vec![vec![1, 0], vec![4, 3]]);
        // The Spanish text declares 75/163 as the French draft does.
        candidates[0].symbol = Some(key(163));
        candidates[6].symbol = Some(key(163));
        assert_eq!(groups(&candidates), vec![vec![1, 0, 6], vec![4, 3]]);
        // An English text declaring it too cannot join: the group has one.
        candidates[2].symbol = Some(key(163));
        assert_eq!(groups(&candidates), vec![vec![1, 0, 6], vec![4, 3]]);
        // Two English texts declaring one symbol join nothing by it.
        candidates[1].symbol = Some(key(163));
        assert_eq!(groups(&candidates), vec![vec![1, 0], vec![4, 3]]);
        // Nor does a symbol join two groups that both have English.
        for c in &mut candidates {
            c.symbol = None;
        }
        candidates[0].symbol = Some(key(163));
        candidates[4].symbol = Some(key(163));
        assert_eq!(groups(&candidates), vec![vec![1, 0], vec![4, 3]]);
        // A symbol alone makes a group, the reference first.
        let alone = vec![
            Candidate {
                path: None,
                language: Language::Russian,
                symbol: Some(key(1)),
            },
            Candidate {
                path: Some("untitled:1"),
                language: Language::Chinese,
                symbol: Some(key(1)),
            },
        ];
        assert_eq!(groups(&alone), vec![vec![1, 0]]);
    }

    const EN: &str = "75/1.\tTitle\n\n\tThe General Assembly,\n\tRecalling its resolution 74/55 of 16 December 2019,\n\t1.\tDecides to hold 3 meetings;\n\t2.\tRequests a report;\n\t3.\tDecides to remain seized of the matter.\n";
    const FR: &str = "75/1.\tTitre\n\n\tL’Assemblée générale,\n\tRappelant sa résolution 74/55 du 16 décembre 2019,\n\t1.\tDécide de tenir 3 séances ;\n\t2.\tPrie de présenter un rapport ;\n\t3.\tDécide de rester saisie de la question.\n";

    fn document(text: &str, language: Language) -> Document {
        Document::with_language(
            text,
            Catalog::builtin(),
            LanguageChoice::from(Some(language)),
        )
    }

    #[test]
    fn a_paragraph_maps_to_its_counterparts() {
        let en = document(EN, Language::English);
        // French without its preambular paragraph: the paragraphs after it
        // stand a line higher.
        let shorter = FR.replace("\tRappelant sa résolution 74/55 du 16 décembre 2019,\n", "");
        let fr = document(FR, Language::French);
        let fr2 = document(&shorter, Language::French);
        let versions = Versions::compare(&[&en, &fr, &fr2]);
        assert!(
            versions.differences(1).is_empty(),
            "{:?}",
            versions.differences(1)
        );
        let on = |k, line| versions.unit_on(k, line).unwrap();
        // Paragraph 2 of the English text (line 5).
        assert_eq!(label_line(&en, Pos::new(5, 1)), Some(5));
        assert_eq!(label_line(&en, Pos::new(5, 8)), None);
        let fr_unit = versions.counterpart(0, on(0, 5), 1).unwrap();
        assert_eq!(versions.summaries[1].units[fr_unit].line, 5);
        // Across two French versions, through the English one.
        let other = versions.counterpart(1, fr_unit, 2);
        assert_eq!(other.map(|u| versions.summaries[2].units[u].line), Some(4));
        let place = versions.place(&fr, 1, fr_unit).unwrap();
        assert_eq!(place.start, Pos::new(5, 1));
        assert_eq!(place.end.col as usize, FR.lines().nth(5).unwrap().len());
        assert_eq!(versions.unit_near(1, 1), Some(0));
        assert_eq!(
            versions.unit_near(1, 99),
            Some(versions.summaries[1].units.len() - 1)
        );
    }
}
