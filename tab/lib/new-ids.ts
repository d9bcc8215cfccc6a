/** A fresh id for a record the tab names (a circle, a term): time first, then chance, so two people never collide. */
export const newId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

/** Today's date in the tab, as a term's first day. */
export const today = () => new Date().toISOString().slice(0, 10);
