//! The `resolute` binary (being written).
fn main() {}
