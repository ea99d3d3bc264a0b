// The Resolute extension: starts the `resolute` language server for documents
// of the language `resolution` and keeps it informed of the settings.

import * as fs from "fs";
import * as vscode from "vscode";
import {
  DidChangeConfigurationNotification,
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
} from "vscode-languageclient/node";

import { ALIGNED_COMMAND, alignedVersions, pickItems } from "./aligned";
import { findServer, isFound, processEnvironment } from "./discovery";
import { SchemaProperties, serverSettings } from "./settings";

const LANGUAGE_ID = "resolution";

let client: LanguageClient | undefined;
let output: vscode.OutputChannel | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel("Resolute");
  context.subscriptions.push(output);

  context.subscriptions.push(
    vscode.commands.registerCommand("resolute.checkAsResolution", async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) {
        void vscode.window.showInformationMessage("Resolute: open a text file first.");
        return;
      }
      await vscode.languages.setTextDocumentLanguage(editor.document, LANGUAGE_ID);
    }),
    vscode.commands.registerCommand("resolute.restartServer", async () => {
      await stopClient();
      await startClient(context);
    }),
    vscode.commands.registerCommand("resolute.openAlignedVersion", openAlignedVersion),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration("resolute")) return;
      if (event.affectsConfiguration("resolute.server.path")) {
        await stopClient();
        await startClient(context);
      } else if (client) {
        await client.sendNotification(DidChangeConfigurationNotification.type, {
          settings: { resolute: currentSettings(context) },
        });
      }
    }),
  );

  await startClient(context);
}

export async function deactivate(): Promise<void> {
  await stopClient();
}

/** The settings section to send the server, from package.json's schema. */
function currentSettings(context: vscode.ExtensionContext): Record<string, unknown> {
  const properties: SchemaProperties = context.extension.packageJSON.contributes.configuration.properties;
  return serverSettings(properties, vscode.workspace.getConfiguration("resolute"));
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const setting = vscode.workspace.getConfiguration("resolute").get<string>("server.path");
  const workspaceDir = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const found = findServer(setting, processEnvironment(context.extensionPath, workspaceDir));
  if (!isFound(found)) {
    output?.appendLine(found.message);
    const readme = "Open the README";
    const choice = await vscode.window.showErrorMessage(found.message, readme);
    if (choice === readme) {
      // vsce stores the README as readme.md; look it up whatever its case.
      const name = fs.readdirSync(context.extensionPath).find((n) => n.toLowerCase() === "readme.md") ?? "README.md";
      await vscode.commands.executeCommand("markdown.showPreview", vscode.Uri.joinPath(context.extensionUri, name));
    }
    return;
  }
  output?.appendLine(`Starting ${found.command} (found by ${found.source})`);

  // No `transport`: with TransportKind.stdio the client would append
  // `--stdio` to the arguments, which `resolute lsp` does not take.
  const serverOptions: ServerOptions = { command: found.command, args: ["lsp"] };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    initializationOptions: { resolute: currentSettings(context) },
    outputChannel: output,
  };
  client = new LanguageClient("resolute", "Resolute", serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    const message = `Resolute: the server ${found.command} did not start: ${String(error)}`;
    output?.appendLine(message);
    void vscode.window.showErrorMessage(message);
    client = undefined;
  }
}

/**
 * Opens beside the current editor another language version of its text at the
 * paragraph under the cursor (the server says where; several versions: a pick).
 */
async function openAlignedVersion(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const running = client;
  if (!editor || !running) {
    void vscode.window.showInformationMessage("Resolute: open a resolution first.");
    return;
  }
  const answer: unknown = await running.sendRequest(ExecuteCommandRequest.type, {
    command: ALIGNED_COMMAND,
    arguments: [
      {
        uri: editor.document.uri.toString(),
        position: running.code2ProtocolConverter.asPosition(editor.selection.active),
      },
    ],
  });
  const versions = alignedVersions(answer);
  if (versions.length === 0) {
    void vscode.window.showInformationMessage(
      "Resolute: no other language version of this text. Name the versions draft.en.resolution, draft.fr.resolution…, or open them.",
    );
    return;
  }
  const chosen =
    versions.length === 1
      ? versions[0]
      : (await vscode.window.showQuickPick(pickItems(versions), { placeHolder: "Open the version in" }))?.version;
  if (!chosen) return;
  const range = running.protocol2CodeConverter.asRange(chosen.range);
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(chosen.uri));
  await vscode.window.showTextDocument(document, {
    viewColumn: vscode.ViewColumn.Beside,
    selection: new vscode.Selection(range.start, range.start),
  });
}

async function stopClient(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}
