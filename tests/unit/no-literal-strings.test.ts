import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every user-visible string comes from i18next resources. This walks every .tsx file under src
 * with the TypeScript parser and reports, by file and line, text a user would read that is
 * written straight into JSX: text between tags, string literals rendered as children, and
 * string literals in the props that hold visible or announced text.
 */

const root = join(import.meta.dirname, '..', '..');
const srcDir = join(root, 'src');

/** Props whose value a user sees or hears. */
const textProps = new Set([
  'label',
  'title',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'placeholder',
  'alt',
  'hint',
  'validationMessage',
  'description',
  'header',
  'content',
  'caption',
  'message',
]);

const hasLetter = (text: string) => /\p{L}/u.test(text);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') && !entry.name.endsWith('.test.tsx') ? [path] : [];
  });
}

/** Literal text an expression would render as is (through conditionals and fallbacks too). */
function literalTexts(node: ts.Expression): { node: ts.Node; text: string }[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    return hasLetter(node.text) ? [{ node, text: node.text }] : [];
  }
  if (ts.isTemplateExpression(node)) {
    const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
    return hasLetter(parts) ? [{ node, text: node.getText() }] : [];
  }
  if (ts.isParenthesizedExpression(node)) return literalTexts(node.expression);
  if (ts.isConditionalExpression(node))
    return [...literalTexts(node.whenTrue), ...literalTexts(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const kind = node.operatorToken.kind;
    if (kind === ts.SyntaxKind.PlusToken) return [...literalTexts(node.left), ...literalTexts(node.right)];
    if (
      kind === ts.SyntaxKind.AmpersandAmpersandToken ||
      kind === ts.SyntaxKind.BarBarToken ||
      kind === ts.SyntaxKind.QuestionQuestionToken
    ) {
      return literalTexts(node.right);
    }
  }
  return [];
}

interface Violation {
  file: string;
  line: number;
  text: string;
}

function findLiteralStrings(fileName: string, source: string): Violation[] {
  const sourceFile = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const violations: Violation[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
    violations.push({ file: fileName, line: line + 1, text: text.trim().replace(/\s+/g, ' ') });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasLetter(node.text)) {
      report(node, node.text);
    } else if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent)) {
      for (const hit of literalTexts(node.expression)) report(hit.node, hit.text);
    } else if (ts.isJsxExpression(node) && node.expression && ts.isJsxFragment(node.parent)) {
      for (const hit of literalTexts(node.expression)) report(hit.node, hit.text);
    } else if (ts.isJsxAttribute(node) && node.initializer && textProps.has(node.name.getText(sourceFile))) {
      const value = node.initializer;
      if (ts.isStringLiteral(value)) {
        if (hasLetter(value.text)) report(value, value.text);
      } else if (ts.isJsxExpression(value) && value.expression) {
        for (const hit of literalTexts(value.expression)) report(hit.node, hit.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return violations;
}

describe('no literal strings in components', () => {
  it('catches text between tags, rendered literals and literal text props, and lets translations pass', () => {
    const sample = [
      'export const A = () => (',
      '  <div title="Hello">',
      '    Some text',
      "    {'Rendered literal'}",
      "    {ok ? 'Yes' : null}",
      '    <Button aria-label={`Close ${name}`} label={t("x")}>{t("y")}</Button>',
      "    {' · '}",
      '    <span className="not-text" lang="fr">{count}</span>',
      '  </div>',
      ');',
    ].join('\n');
    expect(findLiteralStrings('sample.tsx', sample).map((v) => `${v.line}: ${v.text}`)).toEqual([
      '2: Hello',
      '3: Some text',
      '4: Rendered literal',
      '5: Yes',
      '6: `Close ${name}`',
    ]);
  });

  it('no component under src renders a literal string (fix: move it to the feature’s i18n.ts)', () => {
    const violations = tsxFiles(srcDir).flatMap((file) =>
      findLiteralStrings(relative(root, file), readFileSync(file, 'utf8')),
    );
    const report = violations.map((v) => `${v.file}:${v.line}  ${JSON.stringify(v.text)}`);
    expect(report, `literal strings in JSX:\n${report.join('\n')}`).toEqual([]);
  });
});
