/** The demo person the tab acts as outside Teams, kept across reloads; `?as=` in the address chooses one. */
const storageKey = 'sociocracy-dev-person';

export const devPersonStore = {
  get(): string {
    const fromAddress = new URLSearchParams(window.location.search).get('as');
    return fromAddress ?? window.localStorage.getItem(storageKey) ?? 'amara';
  },
  set(personId: string): void {
    window.localStorage.setItem(storageKey, personId);
  },
};
