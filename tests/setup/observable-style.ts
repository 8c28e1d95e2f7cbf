/**
 * The test DOM has no layout: the only CSS a test can observe is whether an element is displayed,
 * visible, transparent or click-through (Testing Library's role queries and accessible names,
 * jest-dom's toBeVisible, user-event's pointer-events check). So the test window keeps only the
 * rules that declare `display`, `visibility`, `opacity`, `pointer-events` or `content-visibility`,
 * and its `getComputedStyle` computes just those; any other property comes from the element's
 * inline style, which is all the test DOM had for it.
 *
 * Why: Fluent inserts hundreds of atomic rules and a theme rule with ~500 custom properties, and
 * happy-dom cascaded all of them for every element a role query looked at, after every DOM change
 * (a quarter of the suite's CPU time, until its rules were filtered). Its cascade still rebuilt
 * every ancestor's full style (tag defaults, every matched rule's text re-parsed, variables
 * resolved, inherited properties cloned) after any DOM change: 12 s of a worker's 87 s of
 * main-thread CPU (profiled, one worker). Here each rule is parsed once and indexed by the class or
 * tag its subject needs, so an element is matched only against the few rules that can apply to
 * it. The suite went from 124 to 113 s of CPU (Vitest alone, two workers).
 *
 * Where the two differ, this follows the browser: a span is `inline` (the test DOM said nothing,
 * which added spaces between inline parts of an accessible name) and pointer-events is inherited.
 */

const observableProperties = [
  'display',
  'visibility',
  'opacity',
  'pointer-events',
  'content-visibility',
] as const;
type ObservableProperty = (typeof observableProperties)[number];
const inherited: ReadonlySet<ObservableProperty> = new Set(['visibility', 'pointer-events']);
// What the test DOM answered for a property nothing declares: empty, except display.
const initialValues: Record<ObservableProperty, string> = {
  display: 'inline',
  visibility: '',
  opacity: '',
  'pointer-events': '',
  'content-visibility': '',
};
const emptyValues = Object.fromEntries(observableProperties.map((property) => [property, ''])) as Record<
  ObservableProperty,
  string
>;
const isObservable = (name: string): name is ObservableProperty =>
  (observableProperties as readonly string[]).includes(name);

/** The user agent's display for the elements a page has, as the test DOM assumed it. */
const displayByTag: Record<string, string> = {
  ADDRESS: 'block',
  ARTICLE: 'block',
  ASIDE: 'block',
  AUDIO: 'none',
  BASE: 'none',
  BLOCKQUOTE: 'block',
  BODY: 'block',
  BUTTON: 'inline-block',
  CAPTION: 'table-caption',
  COL: 'table-column',
  COLGROUP: 'table-column-group',
  DATALIST: 'none',
  DD: 'block',
  DETAILS: 'block',
  DIV: 'block',
  DL: 'block',
  DT: 'block',
  FIELDSET: 'block',
  FIGCAPTION: 'block',
  FIGURE: 'block',
  FOOTER: 'block',
  FORM: 'block',
  H1: 'block',
  H2: 'block',
  H3: 'block',
  H4: 'block',
  H5: 'block',
  H6: 'block',
  HEAD: 'none',
  HEADER: 'block',
  HGROUP: 'block',
  HR: 'block',
  HTML: 'block',
  INPUT: 'inline-block',
  LEGEND: 'block',
  LI: 'list-item',
  LINK: 'none',
  MAIN: 'block',
  MENU: 'block',
  META: 'none',
  NAV: 'block',
  NOSCRIPT: 'none',
  OL: 'block',
  OPTGROUP: 'block',
  OPTION: 'block',
  P: 'block',
  PARAM: 'none',
  PRE: 'block',
  RP: 'none',
  SCRIPT: 'none',
  SECTION: 'block',
  SELECT: 'inline-block',
  SLOT: 'contents',
  STYLE: 'none',
  SUMMARY: 'block',
  TABLE: 'table',
  TBODY: 'table-row-group',
  TD: 'table-cell',
  TEMPLATE: 'none',
  TEXTAREA: 'inline-block',
  TFOOT: 'table-footer-group',
  TH: 'table-cell',
  THEAD: 'table-header-group',
  TITLE: 'none',
  TR: 'table-row',
  TRACK: 'none',
  UL: 'block',
};

interface Declaration {
  property: ObservableProperty;
  value: string;
  important: boolean;
}

interface IndexedRule {
  selector: string;
  specificity: number;
  order: number;
  declarations: Declaration[];
}

interface RuleIndex {
  byClass: Map<string, IndexedRule[]>;
  byTag: Map<string, IndexedRule[]>;
  unkeyed: IndexedRule[];
}

function parseDeclarations(text: string): Declaration[] {
  const declarations: Declaration[] = [];
  for (const part of text.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const property = part.slice(0, colon).trim().toLowerCase();
    if (!isObservable(property)) continue;
    let value = part.slice(colon + 1).trim();
    const important = /!\s*important$/i.test(value);
    if (important) value = value.replace(/!\s*important$/i, '').trim();
    if (value) declarations.push({ property, value, important });
  }
  return declarations;
}

/** Splits at `separator` characters that are not inside (), [] or quotes. */
function splitTopLevel(text: string, isSeparator: (char: string) => boolean): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (depth === 0 && isSeparator(char)) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Removes what is inside (), [] and quotes, keeping the brackets: the top level of a selector. */
function topLevelOf(selector: string): string {
  let depth = 0;
  let quote = '';
  let result = '';
  for (const char of selector) {
    if (quote) {
      if (char === quote) quote = '';
      continue;
    }
    if (char === '"' || char === "'") {
      quote = char;
      continue;
    }
    if (char === '(' || char === '[') {
      if (depth === 0) result += char;
      depth++;
      continue;
    }
    if (char === ')' || char === ']') {
      depth--;
      if (depth === 0) result += char;
      continue;
    }
    if (depth === 0) result += char;
  }
  return result;
}

/** Selectors level 4 specificity as one number (ids, classes, types), enough to order the cascade. */
function specificityOf(selector: string): number {
  let ids = 0;
  let classes = 0;
  let types = 0;
  for (const match of selector.matchAll(/:(not|is|has|where|matches)\(([^()]*(?:\([^()]*\)[^()]*)*)\)/gi)) {
    if ((match[1] ?? '').toLowerCase() === 'where') continue;
    const best = Math.max(...splitTopLevel(match[2] ?? '', (char) => char === ',').map(specificityOf));
    ids += Math.floor(best / 1_000_000);
    classes += Math.floor(best / 1_000) % 1_000;
    types += best % 1_000;
  }
  const top = topLevelOf(selector).replace(/:(not|is|has|where|matches)\(\)/gi, '');
  ids += (top.match(/#[\w-]+/g) ?? []).length;
  classes += (top.match(/\.[\w-]+|\[\]|(?<!:):[\w-]+/g) ?? []).length;
  types += (top.match(/(^|[\s>+~])[a-z][\w-]*/gi) ?? []).length + (top.match(/::[\w-]+/g) ?? []).length;
  return ids * 1_000_000 + classes * 1_000 + types;
}

/** The rightmost compound selector: the one the styled element itself must match. */
function subjectOf(selector: string): string {
  const compounds = splitTopLevel(selector.trim(), (char) => /[\s>+~]/.test(char)).filter(Boolean);
  return compounds.at(-1) ?? '';
}

interface KeyedSelector {
  selector: string;
  specificity: number;
  /** The class, else the tag, the styled element must have for the selector to match it. */
  key: { className: string } | { tag: string } | undefined;
}

interface CompiledRule {
  declarations: Declaration[];
  selectors: KeyedSelector[];
}

function keyedSelector(selector: string): KeyedSelector | undefined {
  const subject = topLevelOf(subjectOf(selector));
  // A pseudo-element's rule styles the pseudo-element, not the element.
  if (subject.includes('::')) return undefined;
  const className = /\.([\w-]+)/.exec(subject)?.[1];
  const tag = /^([a-z][\w-]*)/i.exec(subject)?.[1]?.toUpperCase();
  const key = className && !selector.includes('\\') ? { className } : tag ? { tag } : undefined;
  return { selector, specificity: specificityOf(selector), key };
}

// A rule's text never changes once inserted: each is parsed once, however often the index is rebuilt.
const compiledRules = new WeakMap<CSSStyleRule, CompiledRule>();

function compile(rule: CSSStyleRule): CompiledRule {
  let compiled = compiledRules.get(rule);
  if (!compiled) {
    const text = rule.cssText;
    compiled = {
      declarations: parseDeclarations(text.slice(text.indexOf('{') + 1, text.lastIndexOf('}'))),
      selectors: splitTopLevel(rule.selectorText, (char) => char === ',')
        .map((selector) => keyedSelector(selector.trim()))
        .filter((selector) => selector !== undefined),
    };
    compiledRules.set(rule, compiled);
  }
  return compiled;
}

function addTo<Key>(map: Map<Key, IndexedRule[]>, key: Key, rule: IndexedRule) {
  const list = map.get(key);
  if (list) list.push(rule);
  else map.set(key, [rule]);
}

/** CSSOM rule types (CSSRule.STYLE_RULE and friends) the test DOM gives its rules. */
const STYLE_RULE = 1;
const MEDIA_RULE = 4;
const SUPPORTS_RULE = 12;

function buildIndex(window: Window & typeof globalThis, sheets: CSSStyleSheet[]): RuleIndex {
  const index: RuleIndex = { byClass: new Map(), byTag: new Map(), unkeyed: [] };
  let order = 0;
  const visit = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if (rule.type === STYLE_RULE) {
        const { declarations, selectors } = compile(rule as CSSStyleRule);
        if (declarations.length === 0) continue;
        order++;
        for (const { selector, specificity, key } of selectors) {
          const indexed: IndexedRule = { selector, specificity, order, declarations };
          if (key && 'className' in key) addTo(index.byClass, key.className, indexed);
          else if (key) addTo(index.byTag, key.tag, indexed);
          else index.unkeyed.push(indexed);
        }
      } else if (rule.type === MEDIA_RULE) {
        const media = rule as CSSMediaRule;
        if (window.matchMedia(media.media.mediaText).matches) visit(media.cssRules);
      } else if (rule.type === SUPPORTS_RULE) {
        const supports = rule as CSSSupportsRule;
        if (window.CSS.supports(supports.conditionText)) visit(supports.cssRules);
      }
    }
  };
  for (const sheet of sheets) visit(sheet.cssRules);
  return index;
}

interface Cascaded {
  value: string;
  important: boolean;
  specificity: number;
  order: number;
}

function wins(candidate: Cascaded, current: Cascaded | undefined): boolean {
  if (!current) return true;
  if (candidate.important !== current.important) return candidate.important;
  if (candidate.specificity !== current.specificity) return candidate.specificity > current.specificity;
  return candidate.order >= current.order;
}

function safeMatches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

/** What the element's own rules and inline style declare (before inheritance and defaults). */
function declaredStyle(element: Element, index: RuleIndex): Map<ObservableProperty, string> {
  const cascaded = new Map<ObservableProperty, Cascaded>();
  const apply = (rule: IndexedRule) => {
    if (!safeMatches(element, rule.selector)) return;
    for (const { property, value, important } of rule.declarations) {
      const candidate = { value, important, specificity: rule.specificity, order: rule.order };
      if (wins(candidate, cascaded.get(property))) cascaded.set(property, candidate);
    }
  };
  for (const className of Array.from(element.classList)) index.byClass.get(className)?.forEach(apply);
  index.byTag.get(element.tagName.toUpperCase())?.forEach(apply);
  index.unkeyed.forEach(apply);
  const inline = element.getAttribute('style');
  if (inline) {
    for (const { property, value, important } of parseDeclarations(inline)) {
      // An inline declaration outranks every selector; an !important rule still beats it.
      const candidate = { value, important, specificity: Number.MAX_SAFE_INTEGER, order: 0 };
      if (wins(candidate, cascaded.get(property))) cascaded.set(property, candidate);
    }
  }
  return new Map([...cascaded].map(([property, { value }]) => [property, value]));
}

function defaultDisplay(element: Element): string {
  if (element.tagName === 'DIALOG') return element.hasAttribute('open') ? 'block' : 'none';
  return displayByTag[element.tagName.toUpperCase()] ?? initialValues.display;
}

const toCamelCase = (property: string) =>
  property.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

function styleObject(element: Element, values: Record<ObservableProperty, string>): CSSStyleDeclaration {
  const getPropertyValue = (name: string): string => {
    const property = name.toLowerCase();
    if (isObservable(property)) return values[property];
    return property.startsWith('--')
      ? ''
      : ((element as HTMLElement).style?.getPropertyValue(property) ?? '');
  };
  const camelCased = Object.fromEntries(
    observableProperties.map((property) => [toCamelCase(property), values[property]]),
  );
  return new Proxy(
    { getPropertyValue, getPropertyPriority: () => '', item: () => '', length: 0, ...camelCased },
    {
      get(target, key, receiver) {
        if (typeof key === 'string' && !(key in target)) {
          return getPropertyValue(key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`));
        }
        return Reflect.get(target, key, receiver) as unknown;
      },
    },
  ) as unknown as CSSStyleDeclaration;
}

const declaresObservable = /[{;\s](display|visibility|opacity|pointer-events|content-visibility)\s*:/;

export function installObservableStyles(window: Window & typeof globalThis): void {
  const insertRule = window.CSSStyleSheet.prototype.insertRule;
  window.CSSStyleSheet.prototype.insertRule = function insertObservableRule(rule: string, index?: number) {
    if (!declaresObservable.test(rule)) return index ?? this.cssRules.length;
    return insertRule.call(this, rule, index);
  };

  let cachedIndex: { sheets: CSSStyleSheet[]; ruleCounts: number[]; index: RuleIndex } | undefined;

  function currentIndex(): RuleIndex {
    // Sheets without rules left no mark on the index: FluentProvider's theme sheet, whose rule
    // declares only custom properties, comes and goes with every rendered app.
    const sheets = Array.from(window.document.querySelectorAll('style'))
      .map((style) => style.sheet)
      .filter((sheet): sheet is CSSStyleSheet => sheet !== null && sheet.cssRules.length > 0);
    const ruleCounts = sheets.map((sheet) => sheet.cssRules.length);
    const unchanged =
      cachedIndex &&
      cachedIndex.sheets.length === sheets.length &&
      sheets.every(
        (sheet, at) => sheet === cachedIndex?.sheets[at] && ruleCounts[at] === cachedIndex.ruleCounts[at],
      );
    if (!unchanged || !cachedIndex) cachedIndex = { sheets, ruleCounts, index: buildIndex(window, sheets) };
    return cachedIndex.index;
  }

  function computed(element: Element, index: RuleIndex): Record<ObservableProperty, string> {
    const declared = declaredStyle(element, index);
    const parent = element.parentElement;
    const parentValues =
      parent && [...inherited].some((property) => !declared.has(property))
        ? computed(parent, index)
        : undefined;
    const values = {} as Record<ObservableProperty, string>;
    for (const property of observableProperties) {
      const value = declared.get(property);
      if (value && value !== 'inherit' && value !== 'unset' && value !== 'initial') values[property] = value;
      else if (inherited.has(property) && parentValues && value !== 'initial')
        values[property] = parentValues[property];
      else
        values[property] =
          property === 'display' && value !== 'initial' ? defaultDisplay(element) : initialValues[property];
    }
    return values;
  }

  window.getComputedStyle = function getObservableStyle(element: Element, pseudoElement?: string | null) {
    // The test DOM gave a disconnected element no style at all, and ignored pseudo-elements.
    if (!element.isConnected) return styleObject(element, emptyValues);
    if (pseudoElement) return styleObject(element, { ...initialValues });
    return styleObject(element, computed(element, currentIndex()));
  } as typeof window.getComputedStyle;
}
