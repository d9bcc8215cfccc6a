import { app, pages } from '@microsoft/teams-js';
import { loadTexts } from '../texts/load';
import { localeOf } from '../texts/locales';
import type { Texts } from '../texts/translate';

/** The page's words in the reader's language; the HTML's English shows only until they are loaded. */
function speak(texts: Texts, status: 'configSave' | 'configOutsideTeams'): void {
  document.documentElement.lang = texts.locale;
  const write = (id: string, text: string) => {
    const element = document.getElementById(id);
    if (element) element.textContent = text;
  };
  write('title', texts.t('app', 'configTitle'));
  write('intro', texts.t('app', 'configIntro'));
  write('bind', texts.t('app', 'configBind'));
  write('status', texts.t('app', status));
}

/**
 * The configurable tab's setup page (the manifest's `configurationUrl`). The tab
 * finds the circle bound to its channel, chat or meeting by itself, so there is
 * nothing to choose here: the page names the tab's content (the tab's own page, the
 * folder this one is served from) and lets Teams save at once.
 */
async function configure(): Promise<void> {
  await app.initialize();
  const context = await app.getContext();
  document.body.dataset.theme = context.app.theme;
  const texts = await loadTexts(localeOf(context.app.locale));
  speak(texts, 'configSave');
  const content = new URL('./', window.location.href).href;
  pages.config.registerOnSaveHandler((save) => {
    pages.config
      .setConfig({ entityId: 'circle', contentUrl: content, websiteUrl: content, suggestedDisplayName: texts.t('app', 'configTabName') })
      .then(
        () => save.notifySuccess(),
        (error: unknown) => save.notifyFailure(error instanceof Error ? error.message : String(error)),
      );
  });
  pages.config.setValidityState(true);
  app.notifySuccess();
}

// Without Teams the browser's language is the best guess.
configure().catch(async () => speak(await loadTexts(localeOf(navigator.language)), 'configOutsideTeams'));
