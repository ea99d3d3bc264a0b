//! Messages in the drafter's language: diagnostics, quick-fix titles and
//! hover labels in English, French, Spanish, Arabic, Chinese or Russian.
//!
//! A rule does not format its message: it builds a [`Message`], a message
//! id and its arguments ([`msg!`]), in its own module. The words are in
//! Project Fluent files compiled into the binary, one per language
//! (`server/core/locales/<lang>/resolute.ftl`), and a message is rendered
//! only when it is shown ([`Message::render`]): the LSP layer at publish
//! time, the command line when it prints. English is the fallback for a
//! message a language lacks (the tests require every language to have
//! every message, with the same variables).
//!
//! Arguments are typed so that each language writes them its own way:
//! dates (`17 May 2013`, `17 mai 2013`, `2013年5月17日`) and session
//! ordinals (`67th`, `67e`) are formatted here; numbers, symbols and text
//! quoted from the document are passed through as they are.

use std::fmt;
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::syntax::date::Date;

/// A language of messages. Any other requested locale falls back to
/// English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    #[default]
    En,
    Fr,
    Es,
    Ar,
    Zh,
    Ru,
}

impl Locale {
    pub const ALL: [Locale; 6] = [
        Locale::En,
        Locale::Fr,
        Locale::Es,
        Locale::Ar,
        Locale::Zh,
        Locale::Ru,
    ];

    /// The locale of a BCP 47 tag (`fr`, `fr-CA`, `zh-Hans-CN`, `ru_RU`),
    /// by its language; `None` for a tag that is not one of the six.
    pub fn parse(tag: &str) -> Option<Locale> {
        let tag = tag.trim().replace('_', "-");
        // `C`, `POSIX` and `en_US.UTF-8` as environments write them.
        let tag = tag.split(['.', '@']).next().unwrap_or("");
        let id: unic_langid::LanguageIdentifier = tag.parse().ok()?;
        Locale::ALL
            .into_iter()
            .find(|l| id.language.as_str() == l.code())
    }

    /// The locale of a tag, English for anything else.
    pub fn from_tag(tag: &str) -> Locale {
        Locale::parse(tag).unwrap_or_default()
    }

    /// The two-letter code (`fr`).
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Fr => "fr",
            Locale::Es => "es",
            Locale::Ar => "ar",
            Locale::Zh => "zh",
            Locale::Ru => "ru",
        }
    }

    /// The Fluent source of the locale's messages.
    pub fn source(self) -> &'static str {
        match self {
            Locale::En => include_str!("../locales/en/resolute.ftl"),
            Locale::Fr => include_str!("../locales/fr/resolute.ftl"),
            Locale::Es => include_str!("../locales/es/resolute.ftl"),
            Locale::Ar => include_str!("../locales/ar/resolute.ftl"),
            Locale::Zh => include_str!("../locales/zh/resolute.ftl"),
            Locale::Ru => include_str!("../locales/ru/resolute.ftl"),
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// An argument of a message.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Arg {
    /// Text as it is: words quoted from the document, symbols, labels.
    /// (Boxed strings and slices keep an argument at 24 bytes: a
    /// document's findings hold thousands.)
    Text(Box<str>),
    /// A number (written in digits in every language; plural forms select
    /// on it).
    Number(i64),
    /// A date, written the language's way.
    Date(Date),
    /// A month's name (`September`, `septembre`), alone.
    Month(u32),
    /// A session's ordinal (`67th`, `67e`, `67º`, `67-й`, `第67届`).
    Ordinal(u32),
    /// A part of a sentence, rendered in the same language (empty text for
    /// a part left out).
    Msg(Box<Message>),
    /// Items joined the language's way.
    List(Box<[Arg]>, Join),
}

/// How the items of an [`Arg::List`] are joined.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Join {
    /// `a, b, c`
    Comma,
    /// `a or b`
    Or,
    /// `a, or b`
    CommaOr,
}

impl Join {
    fn separator(self, locale: Locale) -> &'static str {
        match (locale, self) {
            (Locale::Zh, Join::Comma) => "、",
            (Locale::Ar, Join::Comma) => "، ",
            (_, Join::Comma) => ", ",
            (Locale::En, Join::Or) => " or ",
            (Locale::En, Join::CommaOr) => ", or ",
            (Locale::Fr, Join::Or) => " ou ",
            (Locale::Fr, Join::CommaOr) => ", ou ",
            (Locale::Es, Join::Or) => " o ",
            (Locale::Es, Join::CommaOr) => ", o ",
            (Locale::Ru, Join::Or) => " или ",
            (Locale::Ru, Join::CommaOr) => ", или ",
            (Locale::Ar, Join::Or) => " أو ",
            (Locale::Ar, Join::CommaOr) => "، أو ",
            (Locale::Zh, Join::Or) => "或",
            (Locale::Zh, Join::CommaOr) => "，或",
        }
    }
}

impl From<Message> for Arg {
    fn from(value: Message) -> Arg {
        Arg::Msg(Box::new(value))
    }
}

/// A part of a sentence that may be left out.
impl From<Option<Message>> for Arg {
    fn from(value: Option<Message>) -> Arg {
        match value {
            Some(message) => Arg::Msg(Box::new(message)),
            None => Arg::Text(Box::default()),
        }
    }
}

impl Arg {
    /// The argument as text in `locale` (numbers in figures).
    pub fn render(&self, locale: Locale) -> String {
        match self {
            Arg::Text(text) => text.to_string(),
            Arg::Number(n) => n.to_string(),
            Arg::Date(date) => write_date(locale, *date),
            Arg::Ordinal(n) => ordinal(locale, *n),
            Arg::Month(month) => month_name(locale, *month),
            Arg::Msg(message) => message.render(locale),
            Arg::List(items, join) => {
                let items: Vec<String> = items.iter().map(|i| i.render(locale)).collect();
                items.join(join.separator(locale))
            }
        }
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Arg {
        Arg::Text(value.into_boxed_str())
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Arg {
        Arg::Text(value.as_str().into())
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Arg {
        Arg::Text(value.into())
    }
}

impl From<char> for Arg {
    fn from(value: char) -> Arg {
        Arg::Text(value.to_string().into())
    }
}

impl From<u32> for Arg {
    fn from(value: u32) -> Arg {
        Arg::Number(value.into())
    }
}

impl From<usize> for Arg {
    fn from(value: usize) -> Arg {
        Arg::Number(value as i64)
    }
}

impl From<Date> for Arg {
    fn from(value: Date) -> Arg {
        Arg::Date(value)
    }
}

/// A message to show: its id in the Fluent files and its arguments.
/// `Display` renders it in English.
///
/// The arguments are shared by the message's clones: a finding is held by
/// its line, by the document's list and by the server's last publish, and
/// its quoted words, dates and parts are stored once for the three (none
/// at all where the message has no argument).
#[derive(Clone, Eq)]
pub struct Message {
    id: &'static str,
    args: Option<Arc<[(&'static str, Arg)]>>,
}

/// Equal ids and arguments; arguments shared by two clones are equal
/// without being read (`Arc`'s own equality reads them: it takes the
/// shortcut for sized contents only). The server's publish compares each
/// finding's message with the one it last wrote, which is most often its
/// clone.
/// By the id and the arguments' contents, as equality compares them.
impl std::hash::Hash for Message {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.id.hash(state);
        self.args.hash(state);
    }
}

impl PartialEq for Message {
    #[inline]
    fn eq(&self, other: &Message) -> bool {
        (std::ptr::eq(self.id, other.id) || self.id == other.id)
            && match (&self.args, &other.args) {
                (Some(a), Some(b)) => Arc::ptr_eq(a, b) || a == b,
                (a, b) => a.is_none() && b.is_none(),
            }
    }
}

/// As if the arguments were the message's own.
impl fmt::Debug for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Message")
            .field("id", &self.id)
            .field("args", &self.args())
            .finish()
    }
}

/// A [`Message`]: `msg!("footnote-missing", n = 3)`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::l10n::Message::with_args(
            $id,
            [$((stringify!($name), $crate::l10n::Arg::from($value))),*],
        )
    };
}

impl Message {
    pub fn new(id: &'static str) -> Message {
        Message { id, args: None }
    }

    /// A message with these arguments, in one block of their size with the
    /// counts of its `Arc` (a document's findings are thousands of
    /// messages; a `Vec` in an `Arc` was two blocks), none without any.
    pub fn with_args<const N: usize>(id: &'static str, args: [(&'static str, Arg); N]) -> Message {
        Message {
            id,
            args: (N > 0).then(|| Arc::from(args)),
        }
    }

    /// Whether `other` is a clone of this message (the same id, the same
    /// block of arguments, or none): equal, told without reading them.
    #[inline]
    pub fn shares(&self, other: &Message) -> bool {
        std::ptr::eq(self.id, other.id)
            && match (&self.args, &other.args) {
                (Some(a), Some(b)) => Arc::ptr_eq(a, b),
                (a, b) => a.is_none() && b.is_none(),
            }
    }

    /// Adds an argument (the arguments are copied into a new block: for a
    /// message built in steps, not in the [`msg!`](crate::msg) macro).
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        let mut args = Vec::with_capacity(self.args().len() + 1);
        args.extend_from_slice(self.args());
        args.push((name, value.into()));
        self.args = Some(args.into());
        self
    }

    /// The message's id in the Fluent files.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The arguments, by name.
    pub fn args(&self) -> &[(&'static str, Arg)] {
        self.args.as_deref().unwrap_or(&[])
    }

    /// Whether `locale` has this message and every part of it, and renders
    /// it without error (no English fallback).
    pub fn is_translated(&self, locale: Locale) -> bool {
        fn parts_translated(arg: &Arg, locale: Locale) -> bool {
            match arg {
                Arg::Msg(message) => message.is_translated(locale),
                Arg::List(items, _) => items.iter().all(|i| parts_translated(i, locale)),
                _ => true,
            }
        }
        render(locale, self.id, self.args()).is_some()
            && self
                .args()
                .iter()
                .all(|(_, arg)| parts_translated(arg, locale))
    }

    /// The message in `locale`; in English where the locale lacks it.
    pub fn render(&self, locale: Locale) -> String {
        render(locale, self.id, self.args())
            .or_else(|| render(Locale::En, self.id, self.args()))
            .unwrap_or_else(|| self.id.to_owned())
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Locale::En))
    }
}

/// The bundle of a locale, parsed once.
pub fn bundle(locale: Locale) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 6] = [
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
    ];
    BUNDLES[locale.index()].get_or_init(|| {
        let id: unic_langid::LanguageIdentifier = locale.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Messages go into diagnostics and Markdown, not into bidirectional
        // layout: no isolation marks around arguments.
        bundle.set_use_isolating(false);
        let resource = FluentResource::try_new(locale.source().to_owned())
            .unwrap_or_else(|(resource, _)| resource);
        // A message defined twice keeps its first definition.
        let _ = bundle.add_resource(resource);
        bundle
    })
}

fn render(locale: Locale, id: &str, args: &[(&'static str, Arg)]) -> Option<String> {
    let bundle = bundle(locale);
    let pattern = bundle.get_message(id)?.value()?;
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, arg) in args {
        let value: FluentValue<'_> = match arg {
            Arg::Text(text) => FluentValue::from(&**text),
            Arg::Number(n) => FluentValue::from(*n),
            other => FluentValue::from(other.render(locale)),
        };
        fluent_args.set(*name, value);
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];
/// Genitive, as `17 мая 2013 года` writes them.
const MONTHS_RU: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
/// The United Nations' Arabic month names: both the Levantine and the
/// Western name (`كانون الأول/ديسمبر`).
const MONTHS_AR: [&str; 12] = [
    "كانون الثاني/يناير",
    "شباط/فبراير",
    "آذار/مارس",
    "نيسان/أبريل",
    "أيار/مايو",
    "حزيران/يونيه",
    "تموز/يوليه",
    "آب/أغسطس",
    "أيلول/سبتمبر",
    "تشرين الأول/أكتوبر",
    "تشرين الثاني/نوفمبر",
    "كانون الأول/ديسمبر",
];

/// A month's name alone (nominative); `that month` for a number that is
/// none.
pub fn month_name(locale: Locale, month: u32) -> String {
    const MONTHS_RU_NOMINATIVE: [&str; 12] = [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ];
    let index = month.wrapping_sub(1) as usize;
    let name = match locale {
        Locale::En => crate::syntax::date::MONTHS.get(index).copied(),
        Locale::Fr => MONTHS_FR.get(index).copied(),
        Locale::Es => MONTHS_ES.get(index).copied(),
        Locale::Ru => MONTHS_RU_NOMINATIVE.get(index).copied(),
        Locale::Ar => MONTHS_AR.get(index).copied(),
        Locale::Zh => {
            return if (1..=12).contains(&month) {
                format!("{month}月")
            } else {
                "该月".to_owned()
            }
        }
    };
    let fallback = match locale {
        Locale::En => "that month",
        Locale::Fr => "ce mois",
        Locale::Es => "ese mes",
        Locale::Ru => "этот месяц",
        Locale::Ar => "ذلك الشهر",
        Locale::Zh => "该月",
    };
    name.unwrap_or(fallback).to_owned()
}

/// A date as the language's resolutions write it. An impossible month
/// (a date being reported as impossible) is written in digits.
pub fn write_date(locale: Locale, date: Date) -> String {
    let Date { year, month, day } = date;
    let index = month.wrapping_sub(1) as usize;
    let name = |months: &[&'static str; 12]| months.get(index).copied();
    match locale {
        Locale::En => date.to_string(),
        Locale::Fr => match name(&MONTHS_FR) {
            Some(m) if day == 1 => format!("1er {m} {year}"),
            Some(m) => format!("{day} {m} {year}"),
            None => format!("{day}/{month}/{year}"),
        },
        Locale::Es => match name(&MONTHS_ES) {
            Some(m) => format!("{day} de {m} de {year}"),
            None => format!("{day}/{month}/{year}"),
        },
        Locale::Ru => match name(&MONTHS_RU) {
            Some(m) => format!("{day} {m} {year} года"),
            None => format!("{day}.{month}.{year}"),
        },
        Locale::Ar => match name(&MONTHS_AR) {
            Some(m) => format!("{day} {m} {year}"),
            None => format!("{day}/{month}/{year}"),
        },
        Locale::Zh => format!("{year}年{month}月{day}日"),
    }
}

/// A session's ordinal in figures, the language's way.
pub fn ordinal(locale: Locale, n: u32) -> String {
    match locale {
        Locale::En => crate::data::ordinal(n),
        Locale::Fr if n == 1 => "1re".to_owned(),
        Locale::Fr => format!("{n}e"),
        Locale::Es => format!("{n}º"),
        Locale::Ru => format!("{n}-й"),
        Locale::Ar => n.to_string(),
        Locale::Zh => format!("第{n}届"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A finding is held by its line, the document's list and the last
    /// publish: its clones share the arguments (one copy of the quoted
    /// words), and a message without arguments holds none.
    #[test]
    fn clones_of_a_message_share_its_arguments() {
        let message = crate::msg!("fix-write", text = "Also requests");
        let clone = message.clone();
        assert_eq!(clone, message);
        assert!(std::ptr::eq(clone.args().as_ptr(), message.args().as_ptr()));
        assert_eq!(format!("{clone:?}"), format!("{message:?}"));
        assert!(format!("{message:?}").contains(r#"args: [("text", Text("Also requests"))]"#));
        let bare = Message::new("fix-write");
        assert!(bare.args.is_none() && bare.args().is_empty());
        assert_ne!(bare, message);
        assert!(crate::msg!("fix-write").args.is_none());
    }

    /// Messages are equal where their ids and arguments are, whether the
    /// arguments are shared (a clone, told without reading them) or
    /// copies; they hash alike where equal.
    #[test]
    fn messages_are_equal_by_their_ids_and_arguments() {
        use std::hash::{BuildHasher, RandomState};
        let message = crate::msg!("fix-write", text = "Also requests", n = 3u32);
        let copy = crate::msg!("fix-write", text = "Also requests", n = 3u32);
        assert!(!std::ptr::eq(copy.args().as_ptr(), message.args().as_ptr()));
        assert_eq!(copy, message);
        assert_eq!(message.clone(), message);
        let state = RandomState::new();
        assert_eq!(state.hash_one(&copy), state.hash_one(&message));
        assert_ne!(
            crate::msg!("fix-write", text = "Also requests", n = 4u32),
            message
        );
        assert_ne!(
            crate::msg!("fix-write", text = "Also decides", n = 3u32),
            message
        );
        assert_ne!(
            crate::msg!("fix-remove", text = "Also requests", n = 3u32),
            message
        );
        assert_ne!(crate::msg!("fix-write", text = "Also requests"), message);
        assert_ne!(
            Message::new("fix-write"),
            crate::msg!("fix-write", n = 3u32)
        );
        assert_eq!(Message::new("fix-write"), crate::msg!("fix-write"));
        assert!(message.clone().shares(&message) && !copy.shares(&message));
    }

    /// An argument is 24 bytes (text and lists boxed; a `String` or a
    /// `Vec` made it 32), a message two words and its arguments' block.
    #[test]
    fn arguments_stay_small() {
        assert_eq!(std::mem::size_of::<Arg>(), 24);
        assert_eq!(std::mem::size_of::<(&str, Arg)>(), 40);
    }

    /// The macro puts every argument in one block; a message built in
    /// steps has the same arguments, in order.
    #[test]
    fn a_message_built_in_steps_equals_the_macros() {
        let whole = crate::msg!("citation-catalog-date", n = 3u32, text = "Urges");
        let steps = crate::msg!("citation-catalog-date", n = 3u32).arg("text", "Urges");
        assert_eq!(whole, steps);
        assert_eq!(
            steps.args(),
            &[("n", Arg::Number(3)), ("text", Arg::Text("Urges".into()))]
        );
        let from_nothing = Message::new("citation-catalog-date")
            .arg("n", 3u32)
            .arg("text", "Urges");
        assert_eq!(from_nothing, whole);
    }

    #[test]
    fn tags_map_to_their_language_and_anything_else_to_english() {
        assert_eq!(Locale::from_tag("fr"), Locale::Fr);
        assert_eq!(Locale::from_tag("fr-CA"), Locale::Fr);
        assert_eq!(Locale::from_tag("zh-Hans-CN"), Locale::Zh);
        assert_eq!(Locale::from_tag("ru_RU.UTF-8"), Locale::Ru);
        assert_eq!(Locale::from_tag("AR"), Locale::Ar);
        assert_eq!(Locale::from_tag("de"), Locale::En);
        assert_eq!(Locale::from_tag(""), Locale::En);
        assert_eq!(Locale::from_tag("not a tag"), Locale::En);
        assert_eq!(Locale::parse("de-DE"), None);
    }

    #[test]
    fn dates_are_written_the_languages_way() {
        let date = Date::new(2013, 5, 17);
        assert_eq!(write_date(Locale::En, date), "17 May 2013");
        assert_eq!(write_date(Locale::Fr, date), "17 mai 2013");
        assert_eq!(
            write_date(Locale::Fr, Date::new(2014, 1, 1)),
            "1er janvier 2014"
        );
        assert_eq!(write_date(Locale::Es, date), "17 de mayo de 2013");
        assert_eq!(write_date(Locale::Ru, date), "17 мая 2013 года");
        assert_eq!(write_date(Locale::Zh, date), "2013年5月17日");
        assert_eq!(write_date(Locale::Ar, date), "17 أيار/مايو 2013");
    }

    #[test]
    fn a_message_renders_in_each_language_and_falls_back_to_english() {
        let message = crate::msg!("footnote-missing", n = 3u32);
        assert!(message
            .render(Locale::En)
            .contains("footnote 3 has no text"));
        assert!(message.render(Locale::Fr).contains("note de bas de page 3"));
        assert_eq!(message.to_string(), message.render(Locale::En));
        let unknown = Message::new("no-such-message");
        assert_eq!(unknown.render(Locale::Fr), "no-such-message");
    }
}
