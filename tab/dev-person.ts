/** The demo person the tab acts as outside Teams, kept across reloads; `?as=` in the address chooses one. */
const storageKey = 'sociocracy-dev-person';

export const devPersonStore = {
  get(): string {
    // An empty choice names nobody, and the dev host refuses a request without a person.
    const chosen = [new URLSearchParams(window.location.search).get('as'), window.localStorage.getItem(storageKey)].map((id) => id?.trim());
    return chosen.find((id) => id) ?? 'amara';
  },
  set(personId: string): void {
    window.localStorage.setItem(storageKey, personId);
    // The choice made in the page now wins over the address it was opened with.
    const url = new URL(window.location.href);
    if (url.searchParams.has('as')) {
      url.searchParams.delete('as');
      window.history.replaceState(window.history.state, '', url);
    }
  },
};
