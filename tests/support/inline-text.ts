import { readFileSync } from 'node:fs';
import ts from 'typescript';

/**
 * Finds text written into the code instead of taken from a catalogue: JSX text,
 * text-bearing JSX attributes, and string literals that read as words to a person
 * (two or more words with a capital or a full stop). What a developer or operator
 * reads is not the reader's text, and is skipped by where it goes:
 * - a log line: the string arguments of a logger's call (`console.warn`, `context.error`,
 *   an injected `report`);
 * - an error: the arguments of `new …Error(…)` or of a factory named `…Error(…)`, and
 *   of `super(…)` in a class that extends an error;
 * - a route's OpenAPI words: a `summary` or `summaries` property, and a `description`
 *   inside a route's `contract`, from which the OpenAPI document is made;
 * - a header's value in a `headers` object: only a template's own words count, not its
 *   placeholders, so `Bearer ${token}` is one word and no text;
 * - a style's value (`border: \`${width} solid ${colour}\``), a URL or OAuth scope
 *   (`openid api://${client}/access`), a syntax's keyword in capitals (`${a} OR ${b}`).
 * Elsewhere a placeholder is a word, or part of the word it is written against
 * (`W/"${hash}"` is one word, `Review: ${title}` two), and a template is text as soon
 * as one of its own words stands apart between placeholders, lowercase too
 * (`${role} term of ${holder}`), while a unit, a path or a key is not (`${size}px`,
 * `circles/${id}/steps`, `stage${Name}`).
 */
export interface InlineText {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

const textAttributes = new Set([
  'label',
  'title',
  'aria-label',
  'aria-description',
  'placeholder',
  'alt',
  'description',
  'hint',
  'content',
  'header',
  'message',
  'validationMessage',
  'caption',
]);
/** Calls whose string arguments are for developers and operators: loggers (an injected one is named `report`), tests, the DOM, requests. */
const developerCalls = new Set([
  ...['log', 'warn', 'error', 'info', 'debug', 'trace', 'report'],
  ...['describe', 'assert', 'require', 'import', 'getByTestId', 'querySelector', 'querySelectorAll', 'closest', 'matchMedia'],
  ...['fetch', 'get', 'post', 'whenChanged', 'file', 'call', 'send'],
]);
/** An error's constructor or factory: `Error`, `TypeError`, `ContentionError`, `graphError`. */
const errorName = /(^|[a-z])Error$/;
/** Where a route's contract describes it for the OpenAPI document. */
const routeWords = new Set(['summary', 'summaries']);

const letters = /\p{L}{2,}/u;
const wordsIn = (text: string) =>
  text
    .trim()
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word)).length;
const sentenceEnd = /[.?!…:]$/;
const propertyName = (node: ts.Node): string | null =>
  ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) ? node.name.text : null;

/** A string's own words, in the parts between a template's placeholders. */
interface Literal {
  readonly parts: readonly string[];
}

/** Punctuation a word is written between: brackets, quotes, a sentence's marks. */
const wordMarks = /^[([{"“‘«]+|[)\]}"”’».,;:!?]+$/gu;
/** A plain word: letters only (an apostrophe inside, as in "circle’s"), at least two; all capitals is a keyword (`SHORT`, `OR`). */
const plainWord = /^\p{L}[\p{L}'’]*\p{L}$/u;
const keyword = /^[\p{Lu}_]+$/u;
/** A URL, or a list of them (OAuth scopes): `api://${client}/access_as_user`. */
const url = /:\/\//;
/** A CSS shorthand's value is no words (`${width} solid ${colour}`): a style property's, by its name. */
const styleProperty = /^(border|outline|boxShadow|textShadow|transition|animation|background|font|gridTemplate|margin|padding|inset)/;

/**
 * A template's own words between its placeholders (`${role} term of ${holder}`): a
 * plain word standing apart from every placeholder, whatever its case. A word written
 * against a placeholder is part of it (`${size}px`, `stage${Name}`), and a path, a
 * key or a sign is no word (`circles/${id}/steps`, `${a}-${b}`, `${a}.${b}`).
 */
const phrase = (literal: Literal): boolean =>
  literal.parts.length > 1 &&
  !literal.parts.some((part) => url.test(part)) &&
  literal.parts.some((part, index) => {
    const words = part.split(/\s+/);
    return words.some((word, at) => {
      const againstBefore = at === 0 && index > 0;
      const againstAfter = at === words.length - 1 && index < literal.parts.length - 1;
      const bare = word.replace(wordMarks, '');
      return !againstBefore && !againstAfter && plainWord.test(bare) && !keyword.test(bare);
    });
  });

/**
 * Words a person reads: at least two words and either a capital start or a sentence's
 * end. In a header's value only the template's own words count.
 */
const prose = (literal: Literal, header: boolean) => {
  const text = literal.parts.join('x').trim();
  const words = header ? literal.parts.reduce((sum, part) => sum + wordsIn(part), 0) : wordsIn(text);
  return words >= 2 && (/^\p{Lu}/u.test(text) || sentenceEnd.test(text));
};

/** A style property's value: `border: \`${width} solid ${colour}\``. */
const styleValue = (node: ts.Node): boolean => {
  const name = ts.isPropertyAssignment(node.parent) && node.parent.initializer === node ? propertyName(node.parent) : null;
  return name !== null && styleProperty.test(name);
};

/** A property's value in an object given as `headers`: `headers: { authorization: … }`. */
const headerValue = (node: ts.Node): boolean => {
  const property = node.parent;
  if (!ts.isPropertyAssignment(property) || property.initializer !== node) return false;
  const headers = property.parent.parent;
  return (
    ts.isObjectLiteralExpression(property.parent) &&
    headers !== undefined &&
    ts.isPropertyAssignment(headers) &&
    propertyName(headers) === 'headers'
  );
};

/** A callee's name: through parentheses and a fallback (`(given.report ?? reportToLog)(…)` is `report`). */
const nameOf = (callee: ts.Expression): string => {
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  if (ts.isParenthesizedExpression(callee)) return nameOf(callee.expression);
  if (ts.isBinaryExpression(callee) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(callee.operatorToken.kind))
    return nameOf(callee.left);
  if (callee.kind === ts.SyntaxKind.ImportKeyword) return 'import';
  return '';
};

/** `super(…)` in a class that extends `Error` or another error class. */
function inErrorClass(call: ts.CallExpression): boolean {
  if (call.expression.kind !== ts.SyntaxKind.SuperKeyword) return false;
  for (let at: ts.Node | undefined = call.parent; at; at = at.parent) {
    if (ts.isClassLike(at))
      return (at.heritageClauses ?? []).some((clause) => clause.types.some((type) => errorName.test(type.expression.getText())));
  }
  return false;
}

/** A route's OpenAPI words: a `summary` (or `summaries`) anywhere, a `description` inside a `contract`. */
function describesRoute(property: ts.PropertyAssignment): boolean {
  const name = propertyName(property);
  if (name !== null && routeWords.has(name)) return true;
  if (name !== 'description') return false;
  for (let at: ts.Node | undefined = property.parent; at; at = at.parent) {
    if (propertyName(at) === 'contract') return true;
    if (ts.isBlock(at) || ts.isSourceFile(at)) return false;
  }
  return false;
}

function forDevelopers(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isCallExpression(at) || ts.isNewExpression(at)) {
      const name = nameOf(at.expression);
      if (developerCalls.has(name) || errorName.test(name) || (ts.isCallExpression(at) && inErrorClass(at))) return true;
    }
    if (ts.isPropertyAssignment(at) && describesRoute(at)) return true;
    if (ts.isImportDeclaration(at) || ts.isExportDeclaration(at) || ts.isTypeNode(at)) return true;
    if (ts.isJsxAttribute(at) && !textAttributes.has(at.name.getText())) return true;
    if (ts.isBlock(at) || ts.isSourceFile(at)) return false;
  }
  return false;
}

const literalOf = (node: ts.Node): Literal | null => {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { parts: [node.text] };
  if (ts.isTemplateExpression(node)) return { parts: [node.head.text, ...node.templateSpans.map((span) => span.literal.text)] };
  return null;
};

export function inlineTexts(file: string, relativeName: string): InlineText[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    /\.tsx/.test(file) ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: InlineText[] = [];
  const add = (node: ts.Node, text: string) =>
    found.push({
      file: relativeName,
      line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      text: text.trim().slice(0, 80),
    });
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && letters.test(node.text)) add(node, node.text);
    else if (
      ts.isJsxAttribute(node) &&
      textAttributes.has(node.name.getText()) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer)
    ) {
      if (letters.test(node.initializer.text)) add(node, node.initializer.text);
      return;
    } else {
      const literal = literalOf(node);
      const header = literal !== null && headerValue(node);
      if (literal !== null && (prose(literal, header) || (!header && !styleValue(node) && phrase(literal))) && !forDevelopers(node))
        add(node, literal.parts.join('${…}'));
      if (literal !== null) return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
