//! A model of the client's text: LSP changes applied by the specification's
//! rules, independently of the server (no rope, no shared code).

#![allow(dead_code)] // Each test file uses its own part.

use serde_json::{json, Value};

/// The unit a client counts columns in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Units {
    Utf16,
    Utf8,
}

impl Units {
    fn width(self, c: char) -> usize {
        match self {
            Units::Utf16 => c.len_utf16(),
            Units::Utf8 => c.len_utf8(),
        }
    }
}

/// An LSP position.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct At {
    pub line: u32,
    pub character: u32,
}

/// One change of a `didChange`: a range (or none for the whole text) and
/// the new text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub range: Option<(At, At)>,
    pub text: String,
}

impl Edit {
    pub fn to_json(&self) -> Value {
        match self.range {
            None => json!({"text": self.text}),
            Some((start, end)) => json!({
                "range": {
                    "start": {"line": start.line, "character": start.character},
                    "end": {"line": end.line, "character": end.character},
                },
                "text": self.text,
            }),
        }
    }
}

/// The client's text, as a list of characters, edited by the reference
/// semantics of LSP positions:
///
/// - lines end at `\r\n`, `\n` or `\r` (and only there);
/// - a line past the last one means the end of the text;
/// - a column past the end of its line means the end of the line, before
///   its terminator (the specification: "If the character value is greater
///   than the line length it defaults back to the line length");
/// - a column inside a character (inside a surrogate pair in UTF-16, inside
///   a multi-byte sequence in UTF-8) means the start of that character;
/// - a range whose end comes before its start means the empty range at its
///   end.
#[derive(Debug, Clone)]
pub struct Model {
    pub chars: Vec<char>,
    pub units: Units,
}

impl Model {
    pub fn new(text: &str, units: Units) -> Model {
        Model {
            chars: text.chars().collect(),
            units,
        }
    }

    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }

    /// (start, end of content) of every line, in char indexes.
    fn lines(&self) -> Vec<(usize, usize)> {
        let mut lines = Vec::new();
        let mut start = 0;
        let mut i = 0;
        while i < self.chars.len() {
            match self.chars[i] {
                '\r' if self.chars.get(i + 1) == Some(&'\n') => {
                    lines.push((start, i));
                    i += 2;
                    start = i;
                }
                '\r' | '\n' => {
                    lines.push((start, i));
                    i += 1;
                    start = i;
                }
                _ => i += 1,
            }
        }
        lines.push((start, self.chars.len()));
        lines
    }

    /// The char index of a position.
    pub fn offset(&self, at: At) -> usize {
        let lines = self.lines();
        let Some(&(start, end)) = lines.get(at.line as usize) else {
            return self.chars.len();
        };
        let mut units = 0;
        for index in start..end {
            units += self.units.width(self.chars[index]);
            if units > at.character as usize {
                return index;
            }
        }
        end
    }

    pub fn apply(&mut self, edit: &Edit) {
        let new: Vec<char> = edit.text.chars().collect();
        match edit.range {
            None => self.chars = new,
            Some((start, end)) => {
                let a = self.offset(start);
                let b = self.offset(end);
                self.chars.splice(a.min(b)..b, new);
            }
        }
    }
}
