import type { Browser, Locator, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

/** Debian's Chromium, headless, as CI installs it (never a downloaded browser). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * One person's Agents Playground page: a chat where they type commands and click
 * the bot's cards. After an `Action.Execute` the returned card replaces the clicked
 * one in place, so "the card" is the newest card in the chat.
 */
export class ChatPage {
  /** The card being worked with: the bot's answer to the last message sent. */
  private current: Locator;

  private constructor(readonly page: Page) {
    this.current = page.locator('.ac-adaptiveCard').last();
  }

  static async open(browser: Browser, url: string, chat: string): Promise<ChatPage> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(url);
    await page.getByText(chat, { exact: true }).first().click();
    return new ChatPage(page);
  }

  card(): Locator {
    return this.current;
  }

  /**
   * Sends a message to the bot and takes, as the card to work with, the newest card
   * that shows `expected` (the Playground also re-sends the bot its joining events
   * when a page opens, so a greeting may arrive at any time).
   */
  async say(text: string, expected: string | RegExp): Promise<Locator> {
    // The compose box is a rich-text editor, typed into like a person would. In a group
    // chat the bot hears only messages that @mention it, chosen from the typeahead.
    const cards = this.page.locator('.ac-adaptiveCard');
    const before = await cards.count();
    await this.page.locator('[data-lexical-editor="true"]').click();
    await this.page.keyboard.type('@Soc');
    await this.page.getByRole('menuitem', { name: 'Sociocracy for Teams' }).click();
    await this.page.keyboard.type(` ${text}`);
    await this.page.keyboard.press('Enter');
    await cards.nth(before).waitFor();
    const answers = cards.filter({ hasText: expected });
    await answers.last().waitFor();
    this.current = cards.nth((await answers.count()) > 0 ? await this.indexOf(answers.last()) : before);
    return this.current;
  }

  private async indexOf(card: Locator): Promise<number> {
    const handles = await this.page.locator('.ac-adaptiveCard').elementHandles();
    const target = await card.elementHandle();
    for (const [index, handle] of handles.entries()) {
      if (await handle.evaluate((element, other) => element === other, target)) return index;
    }
    return handles.length - 1;
  }

  /**
   * Clicks a button of the card and waits until the card shows `expected`. The card
   * returned replaces the clicked one in place; but the bot also updates the shared
   * message for everyone, and the Playground, unlike Teams, does not then fetch this
   * person's own view by itself, so when the shared card shows, “Show my view”
   * brings it back, as a person would click it.
   */
  async click(button: string, expected: string | RegExp): Promise<Locator> {
    await this.ownView(this.current.getByRole('button', { name: button, exact: true }));
    await this.answered(() => this.current.getByRole('button', { name: button, exact: true }).click());
    await this.ownView(this.current.getByText(expected).first());
    return this.current;
  }

  /**
   * Runs a click of an `Action.Execute` and waits for the bot's answer to reach the
   * page. The bot updates the shared message before it answers the click, and the
   * Playground pushes that update to the page before it answers the bot, so once the
   * answer is here no change from this click is still on its way.
   */
  async answered(click: () => Promise<void>): Promise<void> {
    const answer = this.page.waitForResponse(
      (response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/_conversation/v1/invoke',
    );
    await click();
    await answer;
  }

  /** Waits for `wanted` on the card, asking for this person's own view if the shared one shows instead. */
  private async ownView(wanted: Locator): Promise<void> {
    const shared = this.current.getByRole('button', { name: 'Show my view', exact: true });
    await wanted.or(shared).first().waitFor();
    if (await wanted.isVisible()) return;
    await this.answered(() => shared.click());
    await wanted.waitFor();
  }

  /** Opens a ShowCard button and fills its inputs by label. */
  // biome-ignore lint/suspicious/useAdjacentOverloadSignatures: the static open makes a page; this one opens a card's ShowCard
  async open(button: string, inputs: Record<string, string> = {}): Promise<void> {
    await this.ownView(this.current.getByRole('button', { name: button, exact: true }));
    await this.current.getByRole('button', { name: button, exact: true }).click();
    for (const [label, value] of Object.entries(inputs)) await this.input(label).fill(value);
  }

  async choose(label: string, option: string): Promise<void> {
    await this.current.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async fill(label: string, value: string): Promise<void> {
    await this.input(label).fill(value);
  }

  /** An input by the start of its label (a required one ends in “ *”; a button may carry the same words). */
  private input(label: string): Locator {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.current.getByRole('textbox', { name: new RegExp(`^${escaped}`) });
  }

  async shoot(path: string): Promise<void> {
    await this.current.screenshot({ path });
  }
}
