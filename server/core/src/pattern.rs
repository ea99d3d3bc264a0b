//! The built-in patterns, compiled.
//!
//! Every number a pattern reads is read with `str::parse`, which knows the
//! ASCII digits only; yet `\d` in a pattern stands for every Unicode digit
//! (some 700), and each pattern that has one is compiled into automata for
//! them all: `^(\d{1,4}) \((\d{4})\)` takes 250 KB, `[0-9]` 4 KB. So a `\d`
//! of a pattern, where it stands alone, is read as `[0-9]` — for the
//! vocabulary of six languages, some 10 MB less memory and cheaper searches.
//! A `\d` inside brackets, a set of characters (`[^\W\d_]`: letters, not
//! digits), keeps its meaning.

use regex::Regex;
use regex_syntax::ast::{
    self, Ast, ClassBracketed, ClassPerlKind, ClassSet, ClassSetItem, ClassSetRange, Literal,
    LiteralKind,
};

/// Compiles a built-in pattern, its lone `\d` read as `[0-9]`.
pub(crate) fn pattern(pattern: &str) -> Result<Regex, regex::Error> {
    Regex::new(&ascii_digits(pattern))
}

/// The texts every match of `regex` opens with, where they are few: each
/// match starts with one of them (the literal prefixes of its pattern,
/// those of a set of characters written out where it holds at most ten);
/// `None` where a match may open otherwise (a larger set, `.`, an empty
/// prefix's place).
pub(crate) fn opening_texts(regex: &Regex) -> Option<Vec<Vec<u8>>> {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    let hir = regex_syntax::Parser::new().parse(regex.as_str()).ok()?;
    let mut extractor = Extractor::new();
    extractor
        .kind(ExtractKind::Prefix)
        .limit_class(10)
        .limit_repeat(10)
        .limit_literal_len(100)
        .limit_total(500);
    let seq = extractor.extract(&hir);
    let literals = seq.literals()?;
    // (An empty text opens any match: it tells nothing.)
    if literals.iter().any(|l| l.as_bytes().is_empty()) {
        return None;
    }
    Some(literals.iter().map(|l| l.as_bytes().to_vec()).collect())
}

/// Whether every match of `regex` starts where the text it searches does
/// (its pattern opens with `^`).
pub(crate) fn anchored_at_start(regex: &Regex) -> bool {
    use regex_syntax::hir::Look;
    regex_syntax::Parser::new()
        .parse(regex.as_str())
        .is_ok_and(|hir| hir.properties().look_set_prefix().contains(Look::Start))
}

/// `pattern` with each `\d` outside brackets written `[0-9]` (the pattern
/// as it is if it does not parse: `Regex::new` then says why).
fn ascii_digits(pattern: &str) -> String {
    if !pattern.contains(r"\d") {
        return pattern.to_owned();
    }
    let Ok(mut ast) = ast::parse::Parser::new().parse(pattern) else {
        return pattern.to_owned();
    };
    rewrite(&mut ast);
    let mut written = String::with_capacity(pattern.len() + 16);
    match ast::print::Printer::new().print(&ast, &mut written) {
        Ok(()) => written,
        Err(_) => pattern.to_owned(),
    }
}

fn rewrite(ast: &mut Ast) {
    match ast {
        Ast::ClassPerl(class) if class.kind == ClassPerlKind::Digit && !class.negated => {
            let span = class.span;
            let digit = |c| Literal {
                span,
                kind: LiteralKind::Verbatim,
                c,
            };
            *ast = Ast::class_bracketed(ClassBracketed {
                span,
                negated: false,
                kind: ClassSet::Item(ClassSetItem::Range(ClassSetRange {
                    span,
                    start: digit('0'),
                    end: digit('9'),
                })),
            });
        }
        Ast::Repetition(repetition) => rewrite(&mut repetition.ast),
        Ast::Group(group) => rewrite(&mut group.ast),
        Ast::Alternation(alternation) => alternation.asts.iter_mut().for_each(rewrite),
        Ast::Concat(concat) => concat.asts.iter_mut().for_each(rewrite),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lone_digit_class_is_ascii_and_a_bracketed_one_is_not() {
        assert_eq!(
            ascii_digits(r"^(\d{1,4}) \((\d{4})\)"),
            r"^([0-9]{1,4}) \(([0-9]{4})\)"
        );
        assert_eq!(ascii_digits(r"^[^\W\d_]+\D"), r"^[^\W\d_]+\D");
        assert_eq!(ascii_digits(r"a\\d(?:x|\d)+?"), r"a\\d(?:x|[0-9])+?");
        assert_eq!(ascii_digits(r"(?P<day>\d)"), r"(?P<day>[0-9])");
        // A pattern that does not parse is left for `Regex::new` to refuse.
        assert_eq!(ascii_digits(r"(\d"), r"(\d");
        assert!(pattern(r"(\d").is_err());

        let number = pattern(r"^\d+$").unwrap();
        assert!(number.is_match("2013"));
        // Arabic-Indic digits are not read as a number (`str::parse`
        // would refuse them too).
        assert!(!number.is_match("٢٠١٣"));
        assert!("٢٠١٣".parse::<u32>().is_err());
        let word = pattern(r"^[^\W\d_]+$").unwrap();
        assert!(!word.is_match("ab٣"));
    }

    #[test]
    fn every_match_opens_with_one_of_the_opening_texts() {
        let texts = |p: &str| opening_texts(&pattern(p).unwrap());
        let digits: Vec<Vec<u8>> = (b'0'..=b'9').map(|d| vec![d]).collect();
        let opens = |p: &str, text: &str| {
            let found = texts(p).unwrap();
            let m = pattern(p).unwrap().find(text).unwrap();
            found
                .iter()
                .any(|t| text.as_bytes()[m.start()..].starts_with(t))
        };
        assert!(anchored_at_start(&pattern(r"^(?:a|b)\d").unwrap()));
        assert!(!anchored_at_start(&pattern(r"(?:^a|b)\d").unwrap()));
        assert!(!anchored_at_start(&pattern(r"\d").unwrap()));
        assert!(opens(r"^(?:ES-|S-)?\d{1,4}/\d{1,4}", "ES-10/15"));
        assert!(opens(r"^(?:ES-|S-)?\d{1,4}/\d{1,4}", "67/264"));
        assert!(opens(r"^\d{4}年\d{1,2}月", "2013年5月"));
        assert!(texts(r"^\d{4}年")
            .unwrap()
            .iter()
            .all(|t| t.first().is_some_and(u8::is_ascii_digit)));
        assert!(texts(r"^(?:\d+|x)").unwrap().iter().all(|t| t.len() == 1));
        assert_eq!(
            texts(r"\d").map(|mut t| {
                t.sort();
                t
            }),
            Some(digits)
        );
        // A bracketed `\d` is every Unicode digit: too many to write out.
        assert_eq!(texts(r"[\d]"), None);
        assert_eq!(texts(r"^.\d"), None);
        assert_eq!(texts(r"^(?:a)?\d*"), None);
    }
}
