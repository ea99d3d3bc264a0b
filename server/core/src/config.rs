//! `resolute.toml`, the workspace's configuration, read by the command line
//! and the server alike:
//!
//! ```toml
//! # Extra catalogs (CSV or JSON), relative to this file.
//! catalogs = ["catalog/drafts.csv"]
//!
//! # The level of a rule: error, warning, information, hint or off.
//! [rules]
//! citation-order = "off"
//!
//! # The language of the texts (`en`, `fr`, `es`, …) whose file name
//! # (`draft.fr.resolution`) and organ line do not say it (the editor's
//! # setting comes first).
//! language = "fr"
//!
//! # The base resolution of each draft (a path relative to this file, or a
//! # symbol resolved through the catalogs' `file` column), for comparisons.
//! [bases]
//! "drafts/oceans.md" = "A/RES/79/123"
//! ```
//!
//! Parsing is pure: the caller reads the file.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::data::languages::Language;
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules;

/// The file's name.
pub const FILE_NAME: &str = "resolute.toml";

/// A rule's level as a user sets it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
    Information,
    Hint,
    Off,
}

impl Level {
    /// The severity to report, or `None` to drop the diagnostic.
    pub fn severity(self) -> Option<Severity> {
        match self {
            Level::Error => Some(Severity::Error),
            Level::Warning => Some(Severity::Warning),
            Level::Information => Some(Severity::Information),
            Level::Hint => Some(Severity::Hint),
            Level::Off => None,
        }
    }
}

/// Levels per rule code.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuleLevels(pub BTreeMap<String, Level>);

impl RuleLevels {
    /// `diagnostics` with each rule's level applied (rules set `off` dropped).
    pub fn apply(&self, diagnostics: &[Diagnostic]) -> Vec<Diagnostic> {
        diagnostics
            .iter()
            .filter_map(|d| match self.0.get(d.code) {
                None => Some(d.clone()),
                Some(level) => level.severity().map(|severity| {
                    let mut d = d.clone();
                    d.set_severity(severity);
                    d
                }),
            })
            .collect()
    }

    /// These levels, overridden by `other`'s.
    pub fn merged(&self, other: &RuleLevels) -> RuleLevels {
        let mut out = self.0.clone();
        out.extend(other.0.iter().map(|(k, v)| (k.clone(), *v)));
        RuleLevels(out)
    }
}

/// The contents of `resolute.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    pub catalogs: Vec<String>,
    pub rules: RuleLevels,
    /// Draft path (relative to the file) → its base (a path or a symbol).
    pub bases: BTreeMap<String, String>,
    /// The language of the texts (`language = "fr"`).
    pub language: Option<Language>,
    /// The language of the messages (`locale = "fr"`, or `fr-CA`): one of
    /// the six, English for any other tag. It overrides the editor's.
    pub locale: Option<crate::l10n::Locale>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    #[serde(default)]
    catalogs: Vec<String>,
    #[serde(default)]
    rules: BTreeMap<String, Level>,
    #[serde(default)]
    bases: BTreeMap<String, String>,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    locale: Option<String>,
}

impl Config {
    /// Parses the file's text. The message of an error says where and what.
    pub fn from_toml(text: &str) -> Result<Config, String> {
        let raw: Raw = toml::from_str(text).map_err(|e| {
            let message = e.message().to_owned();
            match e.span() {
                Some(span) => {
                    let line = text[..span.start.min(text.len())].matches('\n').count() + 1;
                    format!("line {line}: {message}")
                }
                None => message,
            }
        })?;
        for code in raw.rules.keys() {
            if rules::find(code).is_none() {
                return Err(format!(
                    "[rules]: no rule is called `{code}` (`resolute rules` lists them)"
                ));
            }
        }
        let language = match raw.language.as_deref() {
            None => None,
            Some(code) => Some(Language::from_code(code).ok_or_else(|| {
                format!("language: `{code}` is not one of the official languages (en, fr, es, ar, zh, ru)")
            })?),
        };
        Ok(Config {
            language,
            locale: raw.locale.as_deref().map(crate::l10n::Locale::from_tag),
            catalogs: raw.catalogs,
            rules: RuleLevels(raw.rules),
            bases: raw.bases,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Range;

    #[test]
    fn reads_catalogs_and_rule_levels() {
        let config = Config::from_toml(
            "catalogs = [\"a.csv\", \"b.json\"]\n[rules]\ncitation-order = \"off\"\nfootnote-unused = \"error\"\n",
        )
        .unwrap();
        assert_eq!(config.catalogs, ["a.csv", "b.json"]);
        assert_eq!(config.locale, None);
        let french = Config::from_toml("locale = \"fr-CA\"\n").unwrap();
        assert_eq!(french.locale, Some(crate::l10n::Locale::Fr));
        let other = Config::from_toml("locale = \"de\"\n").unwrap();
        assert_eq!(other.locale, Some(crate::l10n::Locale::En));
        let d = |code| {
            Diagnostic::from(crate::DiagnosticData {
                code,
                severity: Severity::Warning,
                range: Range::on_line(0, 0, 1),
                message: crate::msg!("bracket-balance-unclosed"),
                fixes: Vec::new(),
            })
        };
        let out = config.rules.apply(&[
            d("citation-order"),
            d("footnote-unused"),
            d("footnote-order"),
        ]);
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].severity, Severity::Error);
        assert_eq!(out[1].severity, Severity::Warning);
    }

    #[test]
    fn reads_the_language() {
        let config = Config::from_toml("language = \"fr\"\n").unwrap();
        assert_eq!(config.language, Some(Language::French));
        assert_eq!(Config::from_toml("").unwrap().language, None);
        let e = Config::from_toml("language = \"xx\"\n").unwrap_err();
        assert!(
            e.contains("`xx` is not one of the official languages"),
            "{e}"
        );
    }

    #[test]
    fn errors_say_where_and_what() {
        let e = Config::from_toml("catalogs = [\"a.csv\"]\ncatalogz = 1\n").unwrap_err();
        assert!(e.starts_with("line 2:"), "{e}");
        assert!(e.contains("catalogz"), "{e}");
        let e = Config::from_toml("[rules]\nno-such = \"off\"\n").unwrap_err();
        assert!(e.contains("no rule is called `no-such`"), "{e}");
        let e = Config::from_toml("[rules]\nfootnote-order = \"loud\"\n").unwrap_err();
        assert!(e.starts_with("line 2:"), "{e}");
    }
}
