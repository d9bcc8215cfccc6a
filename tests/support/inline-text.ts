import { readFileSync } from 'node:fs';
import ts from 'typescript';

/**
 * Finds text written into the code instead of taken from a catalogue: JSX text,
 * text-bearing JSX attributes, and string literals that read as words to a person
 * (two or more words with a capital or a full stop). What a developer or operator
 * reads — logs, thrown errors, OpenAPI descriptions, test ids — is not the
 * reader's text; it is skipped by the call it is passed to.
 */
export interface InlineText {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

const textAttributes = new Set(['label', 'title', 'aria-label', 'aria-description', 'placeholder', 'alt', 'description', 'hint', 'content', 'header', 'message', 'validationMessage', 'caption']);
/** Calls whose string arguments are for developers and operators. */
const developerCalls = new Set(['log', 'warn', 'error', 'info', 'debug', 'trace', 'describe', 'Error', 'TypeError', 'RangeError', 'assert', 'require', 'import', 'getByTestId', 'querySelector', 'querySelectorAll', 'closest', 'matchMedia', 'fetch', 'get', 'post', 'whenChanged', 'file', 'call', 'send']);

const letters = /\p{L}{2,}/u;
/** Words a person reads: at least two words and either a capital start or a sentence's end. */
const prose = (text: string) => {
  const words = text.trim().split(/\s+/).filter((word) => /\p{L}/u.test(word));
  return words.length >= 2 && (/^\p{Lu}/u.test(text.trim()) || /[.?!…:]$/.test(text.trim()));
};

const calleeName = (call: ts.CallExpression | ts.NewExpression): string => {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  if (callee.kind === ts.SyntaxKind.ImportKeyword) return 'import';
  return '';
};

function forDevelopers(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if ((ts.isCallExpression(at) || ts.isNewExpression(at)) && developerCalls.has(calleeName(at))) return true;
    if (ts.isImportDeclaration(at) || ts.isExportDeclaration(at) || ts.isTypeNode(at)) return true;
    if (ts.isJsxAttribute(at) && !textAttributes.has(at.name.getText())) return true;
    if (ts.isBlock(at) || ts.isSourceFile(at)) return false;
  }
  return false;
}

const literalText = (node: ts.Node): string | null => {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' x ');
  return null;
};

export function inlineTexts(file: string, relativeName: string): InlineText[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, /\.tsx/.test(file) ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: InlineText[] = [];
  const add = (node: ts.Node, text: string) =>
    found.push({ file: relativeName, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim().slice(0, 80) });
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && letters.test(node.text)) add(node, node.text);
    else if (ts.isJsxAttribute(node) && textAttributes.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer)) {
      if (letters.test(node.initializer.text)) add(node, node.initializer.text);
      return;
    } else {
      const text = literalText(node);
      if (text !== null && prose(text) && !forDevelopers(node)) add(node, text);
      if (text !== null) return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
