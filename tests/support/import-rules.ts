import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/**
 * The import rules between the layers (functions/README.md, "Layers"), checked on
 * what the TypeScript compiler resolves, not on the text of import lines: a
 * relative path that wanders into storage/ counts, and so does `import type`.
 */

interface Found {
  /** The importing file, relative to the root, with `/`. */
  readonly file: string;
  readonly specifier: string;
  /** The imported file relative to the root, or null for a package or Node built-in. */
  readonly target: string | null;
  /** Classes declared in functions/storage/ that the import brings in. */
  readonly storageClasses: readonly string[];
}

const posix = (path: string) => path.split(sep).join('/');
const under = (path: string | null, folder: string) => path?.startsWith(`${folder}/`) === true;

/** The package a bare specifier names: `zod`, `@azure/functions`, `node:fs`. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

function programOf(root: string, configPath: string, folders: readonly string[]): ts.Program | null {
  if (!existsSync(configPath)) return null;
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) return null;
  const files = config.fileNames.filter((file) => folders.some((folder) => under(posix(relative(root, file)), folder)));
  return ts.createProgram(files, { ...config.options, noEmit: true });
}

/** Every module specifier in a file: imports, re-exports, `import()` (values and types) and `require()`. */
function specifiersOf(source: ts.SourceFile): ts.StringLiteralLike[] {
  const found: ts.StringLiteralLike[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteralLike(node.moduleSpecifier)
    )
      found.push(node.moduleSpecifier);
    else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteralLike(node.moduleReference.expression)
    )
      found.push(node.moduleReference.expression);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteralLike(node.argument.literal))
      found.push(node.argument.literal);
    else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      const [first] = node.arguments;
      if (first && ts.isStringLiteralLike(first)) found.push(first);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function importsOf(root: string, program: ts.Program): Found[] {
  const checker = program.getTypeChecker();
  const storageClass = (symbol: ts.Symbol | undefined): string[] => {
    if (!symbol) return [];
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    return (target.declarations ?? []).flatMap((declaration) =>
      ts.isClassDeclaration(declaration) && under(posix(relative(root, declaration.getSourceFile().fileName)), 'functions/storage')
        ? [target.name]
        : [],
    );
  };
  // A namespace import or a dynamic import brings the whole module: every class it exports.
  const classesOfModule = (literal: ts.StringLiteralLike) => {
    const module = checker.getSymbolAtLocation(literal);
    return module ? checker.getExportsOfModule(module).flatMap(storageClass) : [];
  };
  return program.getRootFileNames().flatMap((fileName) => {
    const source = program.getSourceFile(fileName);
    if (!source) return [];
    const file = posix(relative(root, fileName));
    return specifiersOf(source).map((literal) => {
      const resolved = ts.resolveModuleName(literal.text, fileName, program.getCompilerOptions(), ts.sys).resolvedModule;
      const target = resolved && !resolved.isExternalLibraryImport ? posix(relative(root, resolved.resolvedFileName)) : null;
      const statement = literal.parent;
      const clause = ts.isImportDeclaration(statement) ? statement.importClause : undefined;
      const bindings = clause?.namedBindings;
      const storageClasses =
        ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)
          ? statement.exportClause.elements.flatMap((element) => storageClass(checker.getSymbolAtLocation(element.name)))
          : clause && (!bindings || ts.isNamedImports(bindings))
            ? [
                ...(clause.name ? storageClass(checker.getSymbolAtLocation(clause.name)) : []),
                ...(bindings ? bindings.elements.flatMap((element) => storageClass(checker.getSymbolAtLocation(element.name))) : []),
              ]
            : classesOfModule(literal);
      return { file, specifier: literal.text, target, storageClasses };
    });
  });
}

/** What the adapters that take requests, messages and timer ticks are: they reach storage only through application's ports. */
const adapters = ['functions/http', 'functions/bot', 'functions/timers'];

function broken(found: Found): string[] {
  const { file, specifier, target, storageClasses } = found;
  const where = `${file} imports '${specifier}'`;
  const rules: [boolean, string][] = [
    [
      under(file, 'shared') && (target === null ? packageOf(specifier) !== 'zod' : !under(target, 'shared')),
      'the domain core imports nothing but zod and its own files',
    ],
    [
      adapters.some((folder) => under(file, folder)) && under(target, 'functions/storage'),
      'http/, bot/ and timers/ reach storage through the ports of application/',
    ],
    [
      under(file, 'functions/application') && under(target, 'functions/storage'),
      'application/ reaches storage only through its ports, which composition/ fills',
    ],
    [under(file, 'functions') && under(target, 'tab'), 'functions/ never imports tab/'],
    [under(file, 'tab') && under(target, 'functions'), 'tab/ never imports functions/'],
    [
      under(file, 'texts') &&
        (target === null ? packageOf(specifier) !== 'intl-messageformat' : !under(target, 'texts') && !under(target, 'shared/texts')),
      "texts/ imports its formatter and the catalogues (its own, and the core's English in shared/texts/) only",
    ],
    [
      !under(file, 'functions/composition') && !under(file, 'functions/storage') && storageClasses.length > 0,
      `only composition/ imports the storage classes (${storageClasses.join(', ')})`,
    ],
  ];
  return rules.flatMap(([isBroken, rule]) => (isBroken ? [`${where}: ${rule}`] : []));
}

/** Every import under `root` (its tsconfig.json, and tab/tsconfig.json for the tab) that breaks a rule between the layers. */
export function importRuleBreaches(root: string): string[] {
  const programs = [
    programOf(root, join(root, 'tsconfig.json'), ['functions', 'shared', 'texts']),
    programOf(root, join(root, 'tab', 'tsconfig.json'), ['tab']),
  ];
  return programs.flatMap((program) => (program ? importsOf(root, program) : [])).flatMap(broken);
}
