import { app, pages } from '@microsoft/teams-js';

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
  const content = new URL('./', window.location.href).href;
  pages.config.registerOnSaveHandler((save) => {
    pages.config
      .setConfig({ entityId: 'circle', contentUrl: content, websiteUrl: content, suggestedDisplayName: 'Circle' })
      .then(
        () => save.notifySuccess(),
        (error: unknown) => save.notifyFailure(error instanceof Error ? error.message : String(error)),
      );
  });
  pages.config.setValidityState(true);
  app.notifySuccess();
}

configure().catch(() => {
  const status = document.getElementById('status');
  if (status) status.textContent = 'Open this page from Teams, when adding the app’s tab to a channel, chat or meeting.';
});
