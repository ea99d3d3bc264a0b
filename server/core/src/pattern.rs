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
}
