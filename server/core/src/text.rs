//! Positions in a document: the core's own (line, byte column) pairs, and the
//! conversion to and from the column units an editor speaks (UTF-8, UTF-16 or
//! UTF-32 code units), with the clamping rules of the LSP specification.

use ropey::{Rope, RopeSlice};

/// A position in the document: a zero-based line and a byte offset inside that
/// line's text (terminator excluded).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

impl Pos {
    pub fn new(line: u32, col: u32) -> Pos {
        Pos { line, col }
    }
}

/// A half-open range between two [`Pos`]itions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Range {
    pub start: Pos,
    pub end: Pos,
}

impl Range {
    pub fn new(start: Pos, end: Pos) -> Range {
        Range { start, end }
    }

    /// A range inside one line, between two byte columns.
    pub fn on_line(line: u32, start: u32, end: u32) -> Range {
        Range {
            start: Pos::new(line, start),
            end: Pos::new(line, end),
        }
    }

    pub fn contains(&self, pos: Pos) -> bool {
        self.start <= pos && pos <= self.end
    }
}

/// The unit in which an editor counts columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Encoding {
    Utf8,
    /// The LSP default.
    #[default]
    Utf16,
    Utf32,
}

/// A position as an editor sends it: a zero-based line and a column counted in
/// some [`Encoding`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct LineCol {
    pub line: u32,
    pub character: u32,
}

/// Number of lines as the LSP counts them: a final line after the last
/// terminator exists (it may be empty).
pub fn line_count(rope: &Rope) -> usize {
    rope.len_lines()
}

/// The byte range of line `line` without its terminator ([`line_in_rope`]).
fn line_bytes(rope: &Rope, line: usize) -> std::ops::Range<usize> {
    line_in_rope(rope, line, |_| {}).bytes
}

/// Where a line lies in its rope ([`line_in_rope`]).
struct LineInRope<'a> {
    /// Its bytes, without its terminator.
    bytes: std::ops::Range<usize>,
    /// The chunk it starts in, and that chunk's first byte and char index.
    chunk: &'a str,
    chunk_start: usize,
    chunk_char: usize,
}

/// Where line `line` lies in `rope`, with the chunk it starts in (found in
/// one descent of the rope's tree, the descent that finds where the line
/// starts). By bytes: the terminator is ASCII, and bytes are found without
/// counting the characters of a chunk (a line of Han or Arabic text costs
/// what a Latin one does). The line ends at the first line break from its
/// start (the rope's breaks are `\n`, `\r` and `\r\n`), found by a search
/// of its bytes within [`BREAK_SEARCH_BYTES`] of its start (a paragraph),
/// else where the next line starts, less its break. `seen` is given the
/// text of each chunk searched, from the line's start (or from the
/// chunk's) to the break or the chunk's end, in order.
fn line_in_rope<'a>(rope: &'a Rope, line: usize, mut seen: impl FnMut(&'a str)) -> LineInRope<'a> {
    let total = rope.len_bytes();
    if line >= rope.len_lines() {
        let (chunk, chunk_start, chunk_char, _) = rope.chunk_at_byte(total);
        return LineInRope {
            bytes: total..total,
            chunk,
            chunk_start,
            chunk_char,
        };
    }
    let (mut chunk, mut chunk_start, mut chunk_char, chunk_line) = rope.chunk_at_line_break(line);
    let start = chunk_start + ropey::str_utils::line_to_byte_idx(chunk, line - chunk_line);
    if start == chunk_start + chunk.len() && start < total {
        // The break before the line ends this chunk: the line starts the
        // next one.
        (chunk, chunk_start, chunk_char, _) = rope.chunk_at_byte(start);
    }
    let first = (chunk, chunk_start, chunk_char);
    let at_line = |bytes: std::ops::Range<usize>| LineInRope {
        bytes,
        chunk: first.0,
        chunk_start: first.1,
        chunk_char: first.2,
    };
    // (Chunk by chunk, each after the first found from the root: a
    // `Chunks` iterator would allocate its path.)
    let mut at = start;
    while at < total && at - start < BREAK_SEARCH_BYTES {
        if at >= chunk_start + chunk.len() {
            (chunk, chunk_start, _, _) = rope.chunk_at_byte(at);
        }
        let rest = &chunk[at - chunk_start..];
        if let Some(found) = memchr::memchr2(b'\n', b'\r', rest.as_bytes()) {
            seen(&rest[..found]);
            return at_line(start..at + found);
        }
        seen(rest);
        at = chunk_start + chunk.len();
    }
    if at >= total {
        // The last line, without a break.
        return at_line(start..total);
    }
    let end = rope.line_to_byte((line + 1).min(rope.len_lines()));
    let len = end - start;
    let byte = |at: usize| rope.byte(start + at);
    let trim = match len.checked_sub(1).map(byte) {
        Some(b'\n') if len >= 2 && byte(len - 2) == b'\r' => 2,
        Some(b'\n' | b'\r') => 1,
        _ => 0,
    };
    at_line(start..end - trim)
}

/// How far from a line's start [`line_bytes`] searches for its end before
/// it asks the rope where the next line starts (a line of hundreds of
/// kilobytes, an export's artefact, is not read to its end each time).
const BREAK_SEARCH_BYTES: usize = 8192;

/// The text of line `line` without its terminator.
pub fn line_without_terminator(rope: &Rope, line: usize) -> RopeSlice<'_> {
    rope.byte_slice(line_bytes(rope, line))
}

/// The text of line `line` without its terminator, as a string: borrowed
/// from the rope where the line lies in one chunk. Read by bytes, without
/// building a [`RopeSlice`], which counts the characters of its ends.
pub fn line_str(rope: &Rope, line: usize) -> std::borrow::Cow<'_, str> {
    line_str_and_start(rope, line).0
}

/// Where a line starts in its rope, as [`line_str_and_start`] found it:
/// the chunk it starts in, that chunk's first char index and the line's
/// offset in it, in bytes; and its byte index in the rope.
pub struct LineStart<'a> {
    chunk: &'a str,
    chunk_char: usize,
    offset: usize,
    byte: usize,
}

impl LineStart<'_> {
    /// The char index of the line's first character: the chunk's and the
    /// characters of the chunk before the line, counted only when asked
    /// (no descent of the rope's tree as [`Rope::line_to_char`] does).
    pub fn char_index(&self) -> usize {
        self.chunk_char + self.chunk[..self.offset].chars().count()
    }

    /// The byte index of the line's first byte in the rope.
    pub fn byte_index(&self) -> usize {
        self.byte
    }
}

/// [`line_str`], with where the line starts: the line's text is taken from
/// the chunks its end was searched in.
pub fn line_str_and_start(rope: &Rope, line: usize) -> (std::borrow::Cow<'_, str>, LineStart<'_>) {
    // The pieces of the chunks searched, joined once their length is
    // known (a line over many pieces is taken from the rope).
    let mut pieces = [""; LINE_PIECES];
    let mut count = 0;
    let found = line_in_rope(rope, line, |piece| {
        if let Some(slot) = pieces.get_mut(count) {
            *slot = piece;
        }
        count += 1;
    });
    let at = LineStart {
        chunk: found.chunk,
        chunk_char: found.chunk_char,
        offset: found.bytes.start - found.chunk_start,
        byte: found.bytes.start,
    };
    let pieces = &pieces[..count.min(LINE_PIECES)];
    let text = if count > LINE_PIECES
        || pieces.iter().map(|p| p.len()).sum::<usize>() != found.bytes.len()
    {
        // A line longer than its ends' search (or past the last): its
        // text from the rope.
        std::borrow::Cow::Owned(rope.byte_slice(found.bytes).to_string())
    } else if let [] | [_] = pieces {
        std::borrow::Cow::Borrowed(pieces.first().copied().unwrap_or(""))
    } else {
        let mut text = String::with_capacity(found.bytes.len());
        for piece in pieces {
            text.push_str(piece);
        }
        std::borrow::Cow::Owned(text)
    };
    (text, at)
}

/// The most chunks [`line_str_and_start`] joins (a search of
/// [`BREAK_SEARCH_BYTES`] crosses some twenty of the rope's chunks at
/// most, each at least about 460 bytes but the last).
const LINE_PIECES: usize = 24;

/// Converts an editor position to a char index into `rope`.
///
/// As the LSP specification says: "If the character value is greater than the
/// line length it defaults back to the line length", and a line past the end
/// of the document means the end of the document. A column that falls inside
/// a character (the middle of a surrogate pair or of a UTF-8 sequence) rounds
/// down to the start of that character. This never panics.
pub fn char_index(rope: &Rope, pos: LineCol, encoding: Encoding) -> usize {
    position(rope, pos, encoding).0
}

/// Whether an editor position lies inside the document: its line exists and
/// its column is not past the end of that line's content. Positions outside
/// are still accepted (clamped by [`char_index`]); callers log them.
pub fn is_in_range(rope: &Rope, pos: LineCol, encoding: Encoding) -> bool {
    position(rope, pos, encoding).1
}

/// The char index of an editor position (clamped to its line's end, a
/// column inside a character read as that character's start) and whether
/// it lies inside the document ([`char_index`] and [`is_in_range`] in one
/// reading). The column is counted from the line's
/// start where it lies within [`WALK_BYTES`] of it (a keystroke's columns:
/// counting costs as the column), else by the rope's counts (a column far
/// into a long line), never by a slice of the line, which counts the
/// characters of the chunks at both its ends.
pub fn position(rope: &Rope, pos: LineCol, encoding: Encoding) -> (usize, bool) {
    let line = pos.line as usize;
    if line >= rope.len_lines() {
        return (rope.len_chars(), false);
    }
    let LineInRope {
        bytes,
        mut chunk,
        mut chunk_start,
        chunk_char: chunk_chars,
    } = line_in_rope(rope, line, |_| {});
    let character = pos.character as usize;
    let start = chunk_chars + chunk[..bytes.start - chunk_start].chars().count();
    let (mut at, mut units, mut chars) = (bytes.start, 0, 0);
    // (Chunk by chunk, each after the first found from the root: a
    // `Chunks` iterator would allocate its path.)
    'walk: while at < bytes.end && at - bytes.start < WALK_BYTES {
        if at >= chunk_start + chunk.len() {
            (chunk, chunk_start, _, _) = rope.chunk_at_byte(at);
        }
        let to = (bytes.end - chunk_start).min(chunk.len());
        for c in chunk[at - chunk_start..to].chars() {
            if units == character {
                break 'walk;
            }
            units += match encoding {
                Encoding::Utf8 => c.len_utf8(),
                Encoding::Utf16 => c.len_utf16(),
                Encoding::Utf32 => 1,
            };
            if units > character {
                // Inside the character.
                return (start + chars, true);
            }
            chars += 1;
        }
        at = chunk_start + to;
    }
    if units == character || at >= bytes.end {
        // At the column, or the line ended before it.
        return (start + chars, units == character);
    }
    let end = rope.byte_to_char(bytes.end);
    match encoding {
        Encoding::Utf32 => (start + character.min(end - start), character <= end - start),
        Encoding::Utf16 => {
            let (first, last) = (rope.char_to_utf16_cu(start), rope.char_to_utf16_cu(end));
            (
                rope.utf16_cu_to_char(first + character.min(last - first)),
                character <= last - first,
            )
        }
        Encoding::Utf8 => (
            rope.byte_to_char(bytes.start + character.min(bytes.len())),
            character <= bytes.len(),
        ),
    }
}

/// How far into a line [`position`] counts a column from the line's start
/// before it asks the rope: a few of its chunks.
const WALK_BYTES: usize = 4096;

/// Converts a char index into `rope` to an editor position.
pub fn line_col(rope: &Rope, char_idx: usize, encoding: Encoding) -> LineCol {
    let char_idx = char_idx.min(rope.len_chars());
    let line = rope.char_to_line(char_idx);
    let line_start = rope.line_to_char(line);
    let character = match encoding {
        Encoding::Utf32 => char_idx - line_start,
        Encoding::Utf16 => rope.char_to_utf16_cu(char_idx) - rope.char_to_utf16_cu(line_start),
        Encoding::Utf8 => rope.char_to_byte(char_idx) - rope.char_to_byte(line_start),
    };
    LineCol {
        line: line as u32,
        character: character as u32,
    }
}

/// Converts a core [`Pos`] (byte column) to a char index, clamping to the
/// line's content.
pub fn pos_to_char(rope: &Rope, pos: Pos) -> usize {
    char_index(
        rope,
        LineCol {
            line: pos.line,
            character: pos.col,
        },
        Encoding::Utf8,
    )
}

/// Converts a char index to a core [`Pos`].
pub fn char_to_pos(rope: &Rope, char_idx: usize) -> Pos {
    let lc = line_col(rope, char_idx, Encoding::Utf8);
    Pos {
        line: lc.line,
        col: lc.character,
    }
}

/// Converts a core [`Pos`] to an editor position in `encoding`. A column
/// past the line's end is its end, one inside a character that character's
/// start; a line past the last is the document's end. Counted in the text
/// of the rope's chunk where the line starts, when the column lies in it
/// (nearly always: a chunk is about a kilobyte), else by the rope's own
/// counts (a column far into a long line costs what a near one does, not
/// a walk of the line from its start).
pub fn pos_to_line_col(rope: &Rope, pos: Pos, encoding: Encoding) -> LineCol {
    let line = pos.line as usize;
    if line >= rope.len_lines() {
        return line_col(rope, rope.len_chars(), encoding);
    }
    let LineInRope {
        bytes,
        chunk,
        chunk_start,
        ..
    } = line_in_rope(rope, line, |_| {});
    let at = (pos.col as usize).min(bytes.len());
    let offset = bytes.start - chunk_start;
    let character = if offset + at <= chunk.len() {
        let text = &chunk[offset..];
        let mut at = at;
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let before = &text[..at];
        match encoding {
            Encoding::Utf8 => before.len(),
            Encoding::Utf16 => before.chars().map(char::len_utf16).sum(),
            Encoding::Utf32 => before.chars().count(),
        }
    } else {
        // The character the byte is in (its start, for a byte inside it).
        let char_at = rope.byte_to_char(bytes.start + at);
        let line_start = rope.byte_to_char(bytes.start);
        match encoding {
            Encoding::Utf8 => rope.char_to_byte(char_at) - bytes.start,
            Encoding::Utf16 => rope.char_to_utf16_cu(char_at) - rope.char_to_utf16_cu(line_start),
            Encoding::Utf32 => char_at - line_start,
        }
    };
    LineCol {
        line: pos.line,
        character: u32::try_from(character).unwrap_or(u32::MAX),
    }
}

/// Converts an editor position to a core [`Pos`], clamped as [`char_index`] does.
pub fn line_col_to_pos(rope: &Rope, pos: LineCol, encoding: Encoding) -> Pos {
    char_to_pos(rope, char_index(rope, pos, encoding))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rope(text: &str) -> Rope {
        Rope::from_str(text)
    }

    #[test]
    fn utf16_round_trip_with_emoji_cjk_and_arabic() {
        let r = rope("a😀b\n中文\r\nمرحبا\rz");
        // 😀 is two UTF-16 units and four UTF-8 bytes.
        assert_eq!(
            char_index(
                &r,
                LineCol {
                    line: 0,
                    character: 3
                },
                Encoding::Utf16
            ),
            2
        );
        assert_eq!(
            line_col(&r, 2, Encoding::Utf16),
            LineCol {
                line: 0,
                character: 3
            }
        );
        assert_eq!(
            line_col(&r, 2, Encoding::Utf8),
            LineCol {
                line: 0,
                character: 5
            }
        );
        // Inside the surrogate pair rounds down to the emoji.
        assert_eq!(
            char_index(
                &r,
                LineCol {
                    line: 0,
                    character: 2
                },
                Encoding::Utf16
            ),
            1
        );
        // CRLF counts as one line break, lone CR too.
        assert_eq!(r.len_lines(), 4);
        assert_eq!(
            char_index(
                &r,
                LineCol {
                    line: 1,
                    character: 1
                },
                Encoding::Utf16
            ),
            5
        );
        assert_eq!(
            line_col(&r, 14, Encoding::Utf16),
            LineCol {
                line: 3,
                character: 0
            }
        );
    }

    #[test]
    fn out_of_range_positions_clamp() {
        let r = rope("ab\r\ncd");
        // Past the end of a line: the end of its content, never between CR and LF.
        assert_eq!(
            char_index(
                &r,
                LineCol {
                    line: 0,
                    character: 99
                },
                Encoding::Utf16
            ),
            2
        );
        // Past the last line: the end of the document.
        assert_eq!(
            char_index(
                &r,
                LineCol {
                    line: 9,
                    character: 0
                },
                Encoding::Utf16
            ),
            6
        );
        assert_eq!(
            char_index(
                &r,
                LineCol {
                    line: 1,
                    character: u32::MAX
                },
                Encoding::Utf8
            ),
            6
        );
        // A UTF-8 column inside a multi-byte char rounds down.
        let r = rope("é");
        assert_eq!(
            char_index(
                &r,
                LineCol {
                    line: 0,
                    character: 1
                },
                Encoding::Utf8
            ),
            0
        );
    }

    #[test]
    fn range_check() {
        let r = rope(
            "ab😀
cd",
        );
        assert!(is_in_range(
            &r,
            LineCol {
                line: 0,
                character: 4
            },
            Encoding::Utf16
        ));
        assert!(!is_in_range(
            &r,
            LineCol {
                line: 0,
                character: 5
            },
            Encoding::Utf16
        ));
        assert!(is_in_range(
            &r,
            LineCol {
                line: 0,
                character: 6
            },
            Encoding::Utf8
        ));
        assert!(!is_in_range(
            &r,
            LineCol {
                line: 2,
                character: 0
            },
            Encoding::Utf16
        ));
    }

    #[test]
    fn unicode_line_separators_are_not_lines() {
        let r = rope("a\u{2028}b\u{85}c");
        assert_eq!(r.len_lines(), 1);
    }

    /// [`line_bytes`] finds each line's content as the rope's lines end
    /// (a terminator `\n`, `\r` or `\r\n`, taken off): lines of every
    /// length, breaks of every kind where the rope's chunks meet, a line
    /// longer than the search for its end, a last line with and without a
    /// break; and the line's text read with where it starts.
    #[test]
    fn a_line_ends_where_the_rope_says() {
        let mut starts_of_chunks = 0;
        let mut text = String::new();
        for i in 0..3000 {
            text.push_str(&"é中😀a".repeat(i % 37));
            text.push_str(["\n", "\r\n", "\r"][i % 3]);
            if i % 1000 == 999 {
                text.push_str(&"مرحبا ".repeat(2000));
                text.push_str(["\n", "\r\n", "\r"][i / 1000]);
            }
        }
        for text in [
            text.clone(),
            format!("{text}last"),
            String::new(),
            "\r\n".into(),
        ] {
            let r = rope(&text);
            for line in 0..r.len_lines() {
                let slice = r.line(line);
                let content = slice.to_string();
                let content = content
                    .strip_suffix("\r\n")
                    .or_else(|| content.strip_suffix('\n'))
                    .or_else(|| content.strip_suffix('\r'))
                    .unwrap_or(&content);
                let start = r.line_to_byte(line);
                assert_eq!(
                    line_bytes(&r, line),
                    start..start + content.len(),
                    "line {line}"
                );
                // Its text and where it starts, as the document reads a
                // line it edits (from the chunks its end was searched in).
                let (read, at) = line_str_and_start(&r, line);
                assert_eq!(read, content, "line {line}");
                assert_eq!(at.char_index(), r.line_to_char(line), "line {line}");
                assert_eq!(at.byte_index(), start, "line {line}");
                if start > 0 && r.chunk_at_byte(start).1 == start {
                    starts_of_chunks += 1;
                }
            }
        }
        // (Lines that start a chunk of the rope were read, whose break
        // ends the chunk before.)
        assert!(starts_of_chunks > 0);
    }

    /// [`char_index`] and [`is_in_range`], which count through the rope,
    /// read a position as a slice of its line does (the reference): every
    /// column of every line (inside surrogate pairs and characters, past
    /// the end), lines past the last, a long line over several chunks.
    #[test]
    fn editor_positions_are_read_as_in_a_slice_of_their_line() {
        fn reference(r: &Rope, pos: LineCol, encoding: Encoding) -> (usize, bool) {
            let line = pos.line as usize;
            if line >= r.len_lines() {
                return (r.len_chars(), false);
            }
            let content = line_without_terminator(r, line);
            let character = pos.character as usize;
            let (offset, len) = match encoding {
                Encoding::Utf32 => (character.min(content.len_chars()), content.len_chars()),
                Encoding::Utf16 => (
                    content.utf16_cu_to_char(character.min(content.len_utf16_cu())),
                    content.len_utf16_cu(),
                ),
                Encoding::Utf8 => (
                    content.byte_to_char(character.min(content.len_bytes())),
                    content.len_bytes(),
                ),
            };
            (r.line_to_char(line) + offset, character <= len)
        }
        let long = "مرحبا 中文 😀 ".repeat(400);
        for text in [
            "a😀b\r\n中文，第67/264号决议\nالإنسان(2) ،\r\n\nz\u{2028}é\r😀".to_string(),
            format!("x\n{long}\r\ny"),
            String::new(),
            "\n".to_string(),
        ] {
            let r = rope(&text);
            for line in 0..r.len_lines() as u32 + 2 {
                for character in (0..long.len() as u32 + 8).step_by(if line == 1 { 7 } else { 1 }) {
                    if line != 1 && character > 80 {
                        break;
                    }
                    let pos = LineCol { line, character };
                    for encoding in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
                        assert_eq!(
                            (
                                char_index(&r, pos, encoding),
                                is_in_range(&r, pos, encoding)
                            ),
                            reference(&r, pos, encoding),
                            "{pos:?} in {encoding:?} of {:?}",
                            text.chars().take(10).collect::<String>()
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn positions_are_converted_in_the_line_text_as_through_the_rope() {
        // The conversion through char indices, which walks the rope, is the
        // reference: every byte column (inside characters and past the end)
        // of every line, and lines past the last, in every encoding.
        let text = "a😀b\r\n中文，第67/264号决议\nالإنسان(2) ،\r\n\nz\u{2028}é";
        let r = rope(text);
        for line in 0..r.len_lines() as u32 + 2 {
            for col in 0..64 {
                let pos = Pos { line, col };
                for encoding in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
                    assert_eq!(
                        pos_to_line_col(&r, pos, encoding),
                        line_col(&r, pos_to_char(&r, pos), encoding),
                        "{pos:?} in {encoding:?}"
                    );
                }
            }
        }
        // A long line over several chunks of the rope, starting inside one:
        // columns in its first chunk and past it, inside characters and past
        // the line's end.
        let long = "مرحبا 中文 😀 ".repeat(400);
        let r = rope(&format!("x\n{long}\r\ny"));
        assert!(r.chunks().count() > 4);
        for col in (0..long.len() as u32 + 8).step_by(7) {
            let pos = Pos { line: 1, col };
            for encoding in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
                assert_eq!(
                    pos_to_line_col(&r, pos, encoding),
                    line_col(&r, pos_to_char(&r, pos), encoding),
                    "{pos:?} in {encoding:?}"
                );
            }
        }
    }
}
