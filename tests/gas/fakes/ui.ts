/* eslint-disable @typescript-eslint/no-explicit-any -- signatures mirror @types/google-apps-script, which uses any */
/**
 * `SpreadsheetApp.getUi()`: menus, alerts, prompts, sidebars and dialogs. Nothing is drawn; everything
 * is recorded on the execution (and the environment's history) so tests can assert what the user saw.
 * Alerts and prompts answer with scripted responses (default: the first button of the set, e.g. OK/YES).
 */
import { MenuStub, PromptResponseStub, UiStub } from './generated/stubs.ts';
import { Button, ButtonSet } from './enums.ts';
import type { FakeHtmlOutput } from './html-service.ts';
import type { Execution, MenuEntry, MenuRecord } from './runtime.ts';

const SET_BUTTONS: Record<string, string[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

/** A menu being built; `addToUi` publishes it. */
export class FakeMenu extends MenuStub implements GoogleAppsScript.Base.Menu {
  readonly items: MenuEntry[] = [];
  constructor(
    private readonly exec: Execution,
    readonly caption: string,
    readonly addon: boolean,
  ) {
    super();
  }
  override addItem(caption: string, functionName: string): GoogleAppsScript.Base.Menu {
    if (typeof functionName !== 'string' || functionName === '') this.exec.fail('Invalid argument: functionName');
    this.items.push({ type: 'item', caption: String(caption), functionName });
    return this;
  }
  override addSeparator(): GoogleAppsScript.Base.Menu {
    this.items.push({ type: 'separator' });
    return this;
  }
  override addSubMenu(menu: GoogleAppsScript.Base.Menu): GoogleAppsScript.Base.Menu {
    const sub = menu as FakeMenu;
    this.items.push({ type: 'submenu', caption: sub.caption, items: structuredClone(sub.items) });
    return this;
  }
  override addToUi(): void {
    this.exec.call('ui', 'Menu', 'addToUi', 'write', () => {
      const record: MenuRecord = { caption: this.caption, addon: this.addon, items: structuredClone(this.items) };
      this.exec.ui.menus.push(record);
      const history = this.exec.runtime.uiHistory.menus;
      const i = history.findIndex((m) => m.caption === record.caption && m.addon === record.addon);
      if (i >= 0) history[i] = record;
      else history.push(record);
    });
  }
}

/** Answer to a prompt. */
export class FakePromptResponse extends PromptResponseStub implements GoogleAppsScript.Base.PromptResponse {
  constructor(
    private readonly button: string,
    private readonly text: string,
  ) {
    super();
  }
  override getResponseText(): string {
    return this.text;
  }
  override getSelectedButton(): GoogleAppsScript.Base.Button {
    return this.button as unknown as GoogleAppsScript.Base.Button;
  }
}

/** The UI of the open spreadsheet. */
export class FakeUi extends UiStub implements GoogleAppsScript.Base.Ui {
  constructor(private readonly exec: Execution) {
    super();
  }
  override get Button(): typeof GoogleAppsScript.Base.Button {
    return Button;
  }
  override get ButtonSet(): typeof GoogleAppsScript.Base.ButtonSet {
    return ButtonSet;
  }
  override createMenu(caption: string): GoogleAppsScript.Base.Menu {
    return new FakeMenu(this.exec, String(caption), false);
  }
  override createAddonMenu(): GoogleAppsScript.Base.Menu {
    return new FakeMenu(this.exec, 'Add-on', true);
  }
  override alert(...args: any[]): GoogleAppsScript.Base.Button {
    return this.exec.call('ui', 'Ui', 'alert', 'write', () => {
      const [title, prompt, set] = splitDialogArgs(args);
      const allowed = SET_BUTTONS[set] ?? ['OK'];
      const response = this.exec.alertResponses.shift() ?? allowed[0]!;
      if (response !== 'CLOSE' && !allowed.includes(response)) throw new Error(`Fake: scripted alert response ${response} is not a button of ${set}`);
      const record = { title, prompt, buttons: set, response };
      this.exec.ui.alerts.push(record);
      this.exec.runtime.uiHistory.alerts.push(record);
      return response as unknown as GoogleAppsScript.Base.Button;
    });
  }
  override prompt(...args: any[]): GoogleAppsScript.Base.PromptResponse {
    return this.exec.call('ui', 'Ui', 'prompt', 'write', () => {
      const [title, prompt, set] = splitDialogArgs(args);
      const allowed = SET_BUTTONS[set] ?? ['OK'];
      const response = this.exec.promptResponses.shift() ?? { button: allowed[0]!, text: '' };
      if (response.button !== 'CLOSE' && !allowed.includes(response.button)) throw new Error(`Fake: scripted prompt button ${response.button} is not a button of ${set}`);
      const record = { title, prompt, buttons: set, response: { ...response } };
      this.exec.ui.prompts.push(record);
      this.exec.runtime.uiHistory.prompts.push(record);
      return new FakePromptResponse(response.button, response.text);
    });
  }
  override showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.exec.call('ui', 'Ui', 'showSidebar', 'write', () => {
      const out = userInterface as FakeHtmlOutput;
      const record = { title: out.getTitle(), html: out.getContent(), width: out.width };
      this.exec.ui.sidebars.push(record);
      this.exec.runtime.uiHistory.sidebars.push(record);
    });
  }
  private dialog(method: string, userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string, modal: boolean): void {
    this.exec.call('ui', 'Ui', method, 'write', () => {
      const out = userInterface as FakeHtmlOutput;
      const record = { title: String(title), html: out.getContent(), width: out.width, height: out.height, modal };
      this.exec.ui.dialogs.push(record);
      this.exec.runtime.uiHistory.dialogs.push(record);
    });
  }
  override showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.dialog('showModalDialog', userInterface, title, true);
  }
  override showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.dialog('showModelessDialog', userInterface, title, false);
  }
}

/** alert/prompt take (prompt), (prompt, buttons) or (title, prompt, buttons). */
function splitDialogArgs(args: unknown[]): [string | undefined, string, string] {
  if (args.length >= 3) return [String(args[0]), String(args[1]), String(args[2])];
  if (args.length === 2) return [undefined, String(args[0]), String(args[1])];
  return [undefined, String(args[0]), 'OK'];
}
