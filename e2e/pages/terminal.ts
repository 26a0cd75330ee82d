import { expect, type Locator, type Page } from '@playwright/test';

/** The open terminal: its rows, its keyboard input, and a line typed key by key then Enter, as a learner types. */
export interface TerminalUi {
  terminal: Locator;
  rows: Locator;
  input: Locator;
  type(line: string): Promise<void>;
  /** Ctrl+L: a clean screen, so the next assertion reads only what follows. */
  clear(): Promise<void>;
}

/** The terminal panel (already opened) once its prompt shows and it has the keyboard. */
export async function terminalUi(page: Page): Promise<TerminalUi> {
  const terminal = page.getByTestId('terminal');
  const rows = terminal.locator('.xterm-rows');
  await expect(rows).toContainText('[cloudshell-user@ec2-lab ~]$');
  const input = terminal.locator('textarea.xterm-helper-textarea');
  await expect(input).toBeFocused();
  const type = async (line: string) => {
    await input.pressSequentially(line, { delay: 0 });
    await input.press('Enter');
  };
  return { terminal, rows, input, type, clear: () => input.press('Control+l') };
}
