//! The VS Code extension declares exactly the settings the server reads.
//!
//! `server/lsp/src/settings.rs` is the one source of truth; `resolute
//! settings-schema` prints it and `editors/vscode/package.json` must hold the
//! same object as `contributes.configuration.properties`. The extension's own
//! unit tests check this too; this copy makes `cargo test` fail as soon as a
//! rule or a setting is added without updating the extension.

use std::process::Command;

use serde_json::Value;

#[test]
fn package_json_declares_the_servers_settings_schema() {
    let output = Command::new(env!("CARGO_BIN_EXE_resolute"))
        .arg("settings-schema")
        .output()
        .expect("resolute settings-schema runs");
    assert!(output.status.success());
    let server: Value = serde_json::from_slice(&output.stdout).expect("the schema is JSON");

    let manifest = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../editors/vscode/package.json"
    );
    let manifest: Value = serde_json::from_str(&std::fs::read_to_string(manifest).unwrap())
        .expect("package.json is JSON");
    let declared = &manifest["contributes"]["configuration"]["properties"];

    let keys = |v: &Value| -> Vec<String> {
        v.as_object()
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default()
    };
    assert!(keys(&server).len() >= 5, "{server:#}");
    // serde_json compares objects by content, whatever the order of keys.
    assert!(
        declared == &server,
        "editors/vscode/package.json is out of date with the server's settings \
         (server: {:?}, package.json: {:?}); run `node editors/vscode/scripts/sync-settings.cjs` \
         (or `npm run sync-settings` in editors/vscode) and commit package.json",
        keys(&server),
        keys(declared)
    );
}
