/**
 * Adaptive Card 1.5 building blocks as plain JSON values, so every card is a pure
 * function of domain state and viewer, the same for the bot message, the
 * user-specific refresh and the tab's preview.
 */
export type Element = Record<string, unknown>;
export type Action = Record<string, unknown>;

export interface AdaptiveCard {
  readonly type: 'AdaptiveCard';
  readonly $schema: string;
  readonly version: '1.5';
  readonly body: Element[];
  readonly actions?: Action[];
  readonly refresh?: { action: Action; userIds: string[] };
}

/** Teams refuses a message past about 28 KB; cards are kept under this, with room for the envelope. */
export const cardByteLimit = 26_000;

export const byteSize = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

/**
 * The card built with texts cut at `limit` characters, the limit lowered until the
 * card fits a Teams message; the tab shows the texts whole.
 */
export function fitted(build: (limit: number) => AdaptiveCard): AdaptiveCard {
  let built = build(600);
  for (const limit of [300, 150, 80, 40]) {
    if (byteSize(built) <= cardByteLimit) break;
    built = build(limit);
  }
  return built;
}

export function card(body: Element[], actions: Action[] = [], refresh?: { action: Action; userIds: string[] }): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length > 0 ? { actions } : {}),
    ...(refresh ? { refresh } : {}),
  };
}

type TextStyle = {
  size?: 'Small' | 'Medium' | 'Large';
  weight?: 'Bolder';
  color?: 'Good' | 'Warning' | 'Attention' | 'Accent';
  subtle?: boolean;
  spacing?: 'None' | 'Small' | 'Medium';
};

export function text(value: string, { subtle, ...style }: TextStyle = {}): Element {
  return { type: 'TextBlock', text: value, wrap: true, ...style, ...(subtle ? { isSubtle: true } : {}) };
}

export function facts(pairs: readonly (readonly [string, string])[]): Element {
  return { type: 'FactSet', facts: pairs.map(([title, value]) => ({ title, value })) };
}

export function container(items: Element[], style?: 'emphasis' | 'good' | 'attention' | 'warning' | 'accent'): Element {
  return { type: 'Container', items, ...(style ? { style } : {}) };
}

/**
 * A bar of `done` out of `total` as two weighted columns (Adaptive Cards 1.5 has no
 * progress element); the text beside it carries the figure for screen readers.
 */
export function progressBar(done: number, total: number): Element {
  const filled = Math.max(0, Math.min(done, total));
  const rest = Math.max(total - filled, 0);
  const column = (weight: number, style: 'good' | 'emphasis') => ({ type: 'Column', width: weight, style, minHeight: '8px', items: [] });
  return {
    type: 'ColumnSet',
    spacing: 'Small',
    columns: [...(filled > 0 ? [column(filled, 'good')] : []), ...(rest > 0 ? [column(rest, 'emphasis')] : [])],
  };
}

export function execute(title: string, verb: string, data: Record<string, unknown>, style?: 'positive' | 'destructive'): Action {
  return { type: 'Action.Execute', title, verb, data, ...(style ? { style } : {}) };
}

/** A link opened by the client: Teams opens its own deep links (the tab's pages) inside Teams. */
export function openUrl(title: string, url: string): Action {
  return { type: 'Action.OpenUrl', title, url };
}

export function showCard(title: string, body: Element[], actions: Action[]): Action {
  return { type: 'Action.ShowCard', title, card: { type: 'AdaptiveCard', body, actions } };
}

export function textInput(
  id: string,
  label: string,
  options: { required?: string; placeholder?: string; value?: string; maxLength?: number; multiline?: boolean } = {},
): Element {
  return {
    type: 'Input.Text',
    id,
    label,
    isMultiline: options.multiline ?? true,
    ...(options.maxLength ? { maxLength: options.maxLength } : {}),
    ...(options.placeholder ? { placeholder: options.placeholder } : {}),
    ...(options.value ? { value: options.value } : {}),
    ...(options.required ? { isRequired: true, errorMessage: options.required } : {}),
  };
}

export function choiceInput(
  id: string,
  label: string,
  choices: readonly { title: string; value: string }[],
  required?: string,
  options: { multi?: boolean; value?: string } = {},
): Element {
  return {
    type: 'Input.ChoiceSet',
    id,
    label,
    style: options.multi ? 'expanded' : 'compact',
    choices: choices.map(({ title, value }) => ({ title, value })),
    ...(options.multi ? { isMultiSelect: true } : {}),
    ...(options.value !== undefined ? { value: options.value } : {}),
    ...(required ? { isRequired: true, errorMessage: required } : {}),
  };
}

/** At most `limit` characters (whole code points), cut at a word where one is near, with an ellipsis. */
export function shorten(value: string, limit: number): string {
  const characters = Array.from(value);
  if (characters.length <= limit) return value;
  if (limit < 2) return characters.slice(0, Math.max(limit, 0)).join('');
  const cut = characters.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > cut.length * 0.6 ? cut.slice(0, space) : cut).join('')}…`;
}

/** Teams writes `{{DATE()}}` and `{{TIME()}}` only for an RFC 3339 instant with seconds and a zone. */
const rfc3339 = (instant: string) => new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A day, written by Teams in each reader's own language and time zone (a shared card is one message for all). */
export const cardDate = (instant: string) => `{{DATE(${rfc3339(instant)}, SHORT)}}`;

/** A day and a time of day, written by Teams in each reader's own language and time zone. */
export const cardDateAndTime = (instant: string) => `${cardDate(instant)} {{TIME(${rfc3339(instant)})}}`;
