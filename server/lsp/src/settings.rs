//! The settings an editor can give the server, and their JSON schema.
//!
//! This file is the one source of truth: `resolute settings-schema` prints
//! [`schema`], and the VS Code extension's `package.json` declares exactly
//! that (a test in `editors/vscode` checks it). Clients send the settings as
//! `initializationOptions` and in `workspace/didChangeConfiguration`, either
//! as `{"resolute": {...}}` or as the inner object.

use std::collections::BTreeMap;

use resolute_core::config::RuleLevels;
use resolute_core::data::languages::Language;
use resolute_core::{rules, Severity};
use serde::Deserialize;
use serde_json::{json, Map, Value};

/// Documents above this size (in bytes) are not analysed by default.
pub const DEFAULT_MAX_DOCUMENT_SIZE: u64 = 64 * 1024 * 1024;

/// A rule's level as a user sets it (the same as in `resolute.toml`).
pub use resolute_core::config::Level as RuleLevel;

/// What the server reads.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Settings {
    /// Extra catalog files (CSV or JSON), relative to the workspace root.
    pub catalogs: Vec<String>,
    /// Level per rule code; rules not named keep their default.
    pub rules: BTreeMap<String, RuleLevel>,
    /// Inlay hints (the date after an undated citation).
    pub inlay_hints: bool,
    /// Documents larger than this many bytes are not analysed.
    pub max_document_size: u64,
    /// The base resolution of drafts that name none themselves (a path
    /// relative to the workspace, or a symbol): empty for none.
    pub base: String,
    /// The language of the texts whose file name (`draft.fr.resolution`)
    /// and organ line do not say it; `None` leaves it to `resolute.toml`. Read by [`Settings::from_json`] (a code, `""` for none).
    #[serde(skip)]
    pub language: Option<Language>,
    /// The language of messages, hover and quick-fix titles (`fr`, `fr-CA`;
    /// any other tag gives English); `None` leaves it to `resolute.toml`'s
    /// `locale`, else the editor's own language. Read by
    /// [`Settings::from_json`] (a tag, `""` for none).
    #[serde(skip)]
    pub locale: Option<resolute_core::Locale>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            catalogs: Vec::new(),
            rules: BTreeMap::new(),
            inlay_hints: false,
            max_document_size: DEFAULT_MAX_DOCUMENT_SIZE,
            base: String::new(),
            language: None,
            locale: None,
        }
    }
}

impl Settings {
    /// Reads settings from what a client sent: `{"resolute": {...}}` or the
    /// inner object. Unknown keys are ignored; a value of the wrong type is
    /// reported and the defaults are kept for it.
    pub fn from_json(value: &Value) -> (Settings, Vec<String>) {
        let inner = value.get("resolute").unwrap_or(value);
        let Some(object) = inner.as_object() else {
            return (Settings::default(), Vec::new());
        };
        let mut settings = Settings::default();
        let mut problems = Vec::new();
        let mut field = |key: &str, apply: &mut dyn FnMut(&Value) -> Result<(), String>| {
            if let Some(v) = object.get(key) {
                if let Err(e) = apply(v) {
                    problems.push(format!("setting resolute.{key}: {e}; the default is used"));
                }
            }
        };
        field("catalogs", &mut |v| {
            settings.catalogs = Vec::deserialize(v).map_err(|e| e.to_string())?;
            Ok(())
        });
        field("rules", &mut |v| {
            let map = v.as_object().ok_or("expected an object of rule codes")?;
            for (code, level) in map {
                if rules::find(code).is_none() {
                    return Err(format!("no rule is called `{code}`"));
                }
                let level = RuleLevel::deserialize(level).map_err(|_| {
                    format!("`{code}` must be error, warning, information, hint or off")
                })?;
                settings.rules.insert(code.clone(), level);
            }
            Ok(())
        });
        field("inlayHints", &mut |v| {
            settings.inlay_hints = v.as_bool().ok_or("expected true or false")?;
            Ok(())
        });
        field("base", &mut |v| {
            settings.base = v
                .as_str()
                .ok_or("expected a path or a symbol")?
                .trim()
                .to_owned();
            Ok(())
        });
        field("language", &mut |v| {
            let code = v.as_str().ok_or("expected a language code")?.trim();
            settings.language = match code {
                "" | "auto" => None,
                code => Some(
                    Language::from_code(code)
                        .ok_or_else(|| format!("`{code}` is not one of en, fr, es, ar, zh, ru"))?,
                ),
            };
            Ok(())
        });
        field("locale", &mut |v| {
            let tag = v.as_str().ok_or("expected a language tag")?.trim();
            settings.locale = match tag {
                "" | "auto" => None,
                tag => Some(resolute_core::Locale::from_tag(tag)),
            };
            Ok(())
        });
        field("maxDocumentSize", &mut |v| {
            settings.max_document_size = v.as_u64().ok_or("expected a number of bytes")?;
            Ok(())
        });
        (settings, problems)
    }

    /// The rule levels, as the core applies them.
    pub fn rule_levels(&self) -> RuleLevels {
        RuleLevels(self.rules.clone())
    }

    /// The severity to publish for rule `code`, or `None` when it is off.
    pub fn severity(&self, code: &str, default: Severity) -> Option<Severity> {
        match self.rules.get(code) {
            Some(level) => level.severity(),
            None => Some(default),
        }
    }
}

/// The settings as VS Code's `contributes.configuration.properties`.
pub fn schema() -> Value {
    let mut rule_properties = Map::new();
    for info in rules::all() {
        rule_properties.insert(
            info.code.to_owned(),
            json!({
                "type": "string",
                "enum": ["error", "warning", "information", "hint", "off"],
                "default": info.severity.as_str(),
                "description": info.summary,
            }),
        );
    }
    json!({
        "resolute.server.path": {
            "type": "string",
            "default": "",
            "markdownDescription": "Path to the `resolute` binary. Empty: the binary bundled with the extension, else `resolute` on `PATH`.",
        },
        "resolute.catalogs": {
            "type": "array",
            "items": { "type": "string" },
            "default": [],
            "markdownDescription": "Extra resolution catalogs (CSV or JSON with the columns `symbol,date,title`), relative to the workspace folder. They add to the built-in catalog and to `catalogs` in `resolute.toml`.",
        },
        "resolute.rules": {
            "type": "object",
            "default": {},
            "properties": Value::Object(rule_properties),
            "additionalProperties": false,
            "markdownDescription": "The level of each rule (`error`, `warning`, `information`, `hint` or `off`); rules not listed keep their default.",
        },
        "resolute.inlayHints": {
            "type": "boolean",
            "default": false,
            "markdownDescription": "Show the adoption date after an undated citation of a resolution the catalog knows.",
        },
        "resolute.base": {
            "type": "string",
            "default": "",
            "markdownDescription": "The base resolution of drafts that name none (a first line `<!-- base: A/RES/79/123 -->` or `[bases]` in `resolute.toml` come first): a path relative to the workspace folder, or a symbol whose catalog entry has a `file`. Paragraphs then show whether they are unchanged, changed or new, and the hints of a technical update appear.",
        },
        "resolute.language": {
            "type": "string",
            "enum": ["", "en", "fr", "es", "ar", "zh", "ru"],
            "default": "",
            "markdownDescription": "The language of the texts whose file name (`draft.fr.resolution`) and organ line (`L’Assemblée générale,`, `La Asamblea General,`) do not say it. Empty: `language` in `resolute.toml`, else English.",
        },
        "resolute.locale": {
            "type": "string",
            "enum": ["", "en", "fr", "es", "ar", "zh", "ru"],
            "default": "",
            "markdownDescription": "The language of diagnostics, quick fixes and hover. Empty: `locale` in `resolute.toml`, else the editor's display language, else English.",
        },
        "resolute.maxDocumentSize": {
            "type": "integer",
            "default": DEFAULT_MAX_DOCUMENT_SIZE,
            "minimum": 0,
            "markdownDescription": "Documents larger than this many bytes are not analysed (one information diagnostic says so).",
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_section_or_the_inner_object() {
        let value = json!({"resolute": {"inlayHints": true, "catalogs": ["a.csv"]}});
        let (settings, problems) = Settings::from_json(&value);
        assert!(problems.is_empty());
        assert!(settings.inlay_hints);
        assert_eq!(settings.catalogs, vec!["a.csv".to_owned()]);
        let (settings, _) = Settings::from_json(&json!({"rules": {"footnote-order": "off"}}));
        assert_eq!(settings.severity("footnote-order", Severity::Warning), None);
        assert_eq!(
            settings.severity("footnote-unused", Severity::Warning),
            Some(Severity::Warning)
        );
    }

    #[test]
    fn wrong_values_are_reported_and_defaults_kept() {
        let value =
            json!({"inlayHints": "yes", "rules": {"no-such-rule": "off"}, "maxDocumentSize": 10});
        let (settings, problems) = Settings::from_json(&value);
        assert_eq!(settings.max_document_size, 10);
        assert!(!settings.inlay_hints);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].contains("no-such-rule"));
        assert!(problems[1].contains("resolute.inlayHints"));
    }

    #[test]
    fn the_schema_names_every_rule_and_setting() {
        let schema = schema();
        for info in rules::all() {
            assert_eq!(
                schema["resolute.rules"]["properties"][info.code]["default"],
                info.severity.as_str()
            );
        }
        for key in ["catalogs", "inlayHints", "maxDocumentSize", "base"] {
            assert!(schema.get(format!("resolute.{key}")).is_some(), "{key}");
        }
    }
}
