//! Prints the syntax of each line of a file and its diagnostics: a debugging
//! aid (`cargo run -p resolute-core --example dump -- FILE [FIRST [LAST]]`).

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: dump FILE [FIRST [LAST]]");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("cannot read {path}: {error}");
            std::process::exit(2);
        }
    };
    let first: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(1);
    let last: usize = args
        .get(3)
        .and_then(|a| a.parse().ok())
        .unwrap_or(usize::MAX);
    let document = resolute_core::Document::new(&text);
    for (index, line) in document.lines().iter().enumerate() {
        let number = index + 1;
        if number < first || number > last {
            continue;
        }
        let text = document.line_text(index as u32);
        let excerpt: String = text.chars().take(70).collect();
        println!("{number:4} {:?} {excerpt:?}", line.kind);
        let accepted = document.footnotes().markers_on(index as u32);
        for (i, marker) in line.markers().iter().enumerate() {
            let decided = if accepted.iter().any(|m| m.reading as usize == i) {
                "marker"
            } else {
                "not a marker"
            };
            println!(
                "       candidate {} {:?} run {} {:?}: {decided}",
                marker.number, marker.kind, marker.run, marker.span
            );
        }
        for citation in line.citations() {
            println!(
                "       cite {:?} {:?} {:?}",
                citation.id,
                citation.qualifier,
                citation.date.map(|d| d.0)
            );
        }
    }
    for d in document.diagnostics() {
        println!(
            "{}:{}: {}[{}] {}",
            d.range().start.line + 1,
            d.range().start.col + 1,
            d.severity.as_str(),
            d.code,
            d.message
        );
    }
}
