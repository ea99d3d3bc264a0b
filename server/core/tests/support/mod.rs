//! What the corpus-wide tests share: the texts under `../shared/corpus`, the
//! findings a text raises, and the harness that breaks texts on purpose
//! (mutation tests). Each test file uses only part of it.
#![allow(dead_code)]

pub mod corpus;
pub mod footnotes;
pub mod mutate;
