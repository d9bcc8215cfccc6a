/**
 * Checks card JSON against the Adaptive Cards library itself (the renderer the
 * Teams web client is built on), so a misspelt property, an unknown element or a
 * property Teams' schema version (1.5) does not have shows up in a test.
 *
 * In Node the package's `lib/` entry is ESM that Node cannot load, so the UMD
 * bundle is loaded instead; its types are those of the package.
 */
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof import('adaptivecards');

type Json = unknown;
type JsonObject = Record<string, unknown>;
export type CardAction = Record<string, unknown>;

const isObject = (value: Json): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Values the library leaves out of `toJSON()` because they are its defaults: they
 * mean the same whether written or not. Anything else that goes missing is a
 * property the library (and so the renderer) does not know.
 */
function isLibraryDefault(parentType: unknown, key: string, value: Json): boolean {
  if (Array.isArray(value) && value.length === 0) return true; // e.g. an empty Column's `items: []`
  if (value === false && ['wrap', 'isSubtle', 'isMultiline', 'isMultiSelect', 'isRequired', 'separator'].includes(key)) return true;
  if (parentType === 'Input.ChoiceSet' && key === 'style' && value === 'compact') return true;
  return false;
}

const show = (value: Json) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/** Every path present in `input` that `output` lost or changed, walking both in parallel. */
function lostPaths(input: Json, output: Json, path: string): string[] {
  if (Array.isArray(input)) {
    if (!Array.isArray(output)) return [`${path}: array became ${show(output)}`];
    return lostItems(input, output, path);
  }
  if (isObject(input)) {
    if (!isObject(output)) return [`${path}: object became ${show(output)}`];
    return Object.entries(input).flatMap(([key, value]) => {
      if (path === '$' && key === '$schema') return [];
      const at = `${path}.${key}`;
      if (!(key in output)) return isLibraryDefault(input.type, key, value) ? [] : [`${at}: dropped (${show(value)})`];
      return lostPaths(value, output[key], at);
    });
  }
  return Object.is(input, output) ? [] : [`${path}: ${show(input)} became ${show(output)}`];
}

/**
 * Items of an array, matched in order; items with a `type` (elements, actions) are
 * matched by type, so an element the library dropped is reported as such and does
 * not shift the comparison of the ones after it.
 */
function lostItems(input: readonly Json[], output: readonly Json[], path: string): string[] {
  const problems: string[] = [];
  let j = 0;
  input.forEach((item, i) => {
    const at = `${path}[${i}]`;
    const candidate = output[j];
    const typed = isObject(item) && typeof item.type === 'string';
    if (j >= output.length || (typed && (!isObject(candidate) || candidate.type !== item.type))) {
      problems.push(`${at}: dropped (${show(typed ? item.type : item)})`);
      return;
    }
    problems.push(...lostPaths(item, candidate, at));
    j += 1;
  });
  if (j < output.length) problems.push(`${path}: ${output.length - j} item(s) added by the library`);
  return problems;
}

/**
 * Teams shows at most six actions on a card ("You can have up to six", Teams'
 * guidance on designing Adaptive Cards); the library's default host allows five.
 */
export const teamsMaxActions = 6;

function parsed(json: Json) {
  const card = new AC.AdaptiveCard();
  card.hostConfig = new AC.HostConfig({ actions: { maxActions: teamsMaxActions } });
  const parsing = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, parsing);
  return { card, parsing };
}

/**
 * Everything wrong with a card's JSON as the Adaptive Cards library (schema 1.5)
 * reads it: parse warnings and errors (unknown element or action types, values or
 * properties newer than 1.5), and every property path of the input that does not
 * survive a parse and `toJSON()` round trip (a property the library does not know,
 * such as a misspelt one). Empty for a good card.
 */
export function cardProblems(json: Json): string[] {
  const { card, parsing } = parsed(json);
  const problems: string[] = [];
  for (let i = 0; i < parsing.eventCount; i++) problems.push(`parse: ${parsing.getEventAt(i).message}`);
  const serialising = new AC.SerializationContext(AC.Versions.v1_5);
  const output = card.toJSON(serialising);
  for (let i = 0; i < serialising.eventCount; i++) problems.push(`toJSON: ${serialising.getEventAt(i).message}`);
  problems.push(...lostPaths(json, output, '$'));
  return problems;
}

/**
 * What the library's validator finds in a card that parses: input ids used twice
 * (ShowCards included), a choice set without choices, more actions than Teams shows,
 * and the like. Empty for a good card.
 */
export function cardValidationProblems(json: Json): string[] {
  const { card } = parsed(json);
  return card.validateProperties().validationEvents.map((event) => `validation: ${event.message}`);
}

function elementActions(element: Json): CardAction[] {
  if (!isObject(element)) return [];
  const nested = ['items', 'columns', 'body'].flatMap((key) => {
    const children = element[key];
    return Array.isArray(children) ? children.flatMap(elementActions) : [];
  });
  const own = Array.isArray(element.actions) && element.type !== 'AdaptiveCard' ? element.actions.flatMap(withNested) : [];
  const select = isObject(element.selectAction) ? withNested(element.selectAction) : [];
  return [...nested, ...own, ...select];
}

function withNested(action: Json): CardAction[] {
  if (!isObject(action)) return [];
  return [action, ...(action.type === 'Action.ShowCard' ? allActions(action.card) : [])];
}

/**
 * Every action of a card: in its body (action sets, nested ones included, and select
 * actions) first, then its top-level `actions`, each followed by what the card of a
 * ShowCard holds, depth first. The card's `refresh` action is not one of them.
 */
export function allActions(card: Json): CardAction[] {
  if (!isObject(card)) return [];
  const body = Array.isArray(card.body) ? card.body.flatMap(elementActions) : [];
  const actions = Array.isArray(card.actions) ? card.actions.flatMap(withNested) : [];
  return [...body, ...actions];
}

export function actionTitles(card: Json): string[] {
  return allActions(card).map((action) => String(action.title));
}

/** Every element of a card's body, nested ones included (not those inside ShowCards). */
export function allElements(card: Json): JsonObject[] {
  const walk = (element: Json): JsonObject[] => {
    if (!isObject(element)) return [];
    const children = ['items', 'columns'].flatMap((key) => {
      const value = element[key];
      return Array.isArray(value) ? value.flatMap(walk) : [];
    });
    return [element, ...children];
  };
  return isObject(card) && Array.isArray(card.body) ? card.body.flatMap(walk) : [];
}

/** The texts of a card's body, in order: what a reader sees. */
export function cardTexts(card: Json): string[] {
  return allElements(card).flatMap((element) => {
    if (element.type === 'TextBlock') return [String(element.text)];
    if (element.type === 'FactSet' && Array.isArray(element.facts)) {
      return element.facts.map((fact) => (isObject(fact) ? `${String(fact.title)}: ${String(fact.value)}` : ''));
    }
    return [];
  });
}

/** The `ActionSet` elements of a card's body, nested ones included (not those inside ShowCards). */
export function actionSets(card: Json): JsonObject[] {
  return allElements(card).filter((element) => element.type === 'ActionSet');
}

/**
 * The rows of buttons a card shows, each of which Teams limits to six: the card's
 * top-level `actions`, then each `ActionSet` of its body, in order (the actions
 * inside ShowCards are rows of their own cards and are not included).
 */
export function actionRows(card: Json): CardAction[][] {
  const top = isObject(card) && Array.isArray(card.actions) ? card.actions.filter(isObject) : [];
  return [top, ...actionSets(card).map((set) => (Array.isArray(set.actions) ? set.actions.filter(isObject) : []))];
}

/** The ids of every input of a card, in its body and in the cards of its ShowCards (depth first). */
export function inputIds(card: Json): string[] {
  const own = allElements(card).flatMap((element) =>
    typeof element.type === 'string' && element.type.startsWith('Input.') ? [String(element.id)] : [],
  );
  const shown = allActions(card).flatMap((action) =>
    action.type === 'Action.ShowCard'
      ? allElements(action.card).flatMap((element) =>
          typeof element.type === 'string' && element.type.startsWith('Input.') ? [String(element.id)] : [],
        )
      : [],
  );
  return [...own, ...shown];
}
