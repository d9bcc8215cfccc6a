/** The demo person the tab acts as outside Teams, kept across reloads; `?as=` in the address chooses one. */
const storageKey = 'sociocracy-dev-person';

export const devPersonStore = {
  get(): string {
    const fromAddress = new URLSearchParams(window.location.search).get('as');
    return fromAddress ?? window.localStorage.getItem(storageKey) ?? 'amara';
  },
  set(personId: string): void {
    window.localStorage.setItem(storageKey, personId);
    // The choice made in the page now wins over the address it was opened with.
    const url = new URL(window.location.href);
    if (url.searchParams.has('as')) {
      url.searchParams.delete('as');
      window.history.replaceState(null, '', url);
    }
  },
};
