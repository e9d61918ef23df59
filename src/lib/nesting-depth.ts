/** The most deeply nested line of a text: how deep, and its line (1-based; 0 when none is nested). */
export interface Deepest {
  depth: number;
  line: number;
}

const SPACE = 0x20;
const TAB = 0x09;
const GREATER_THAN = 0x3e;
const FULL_STOP = 0x2e;
const RIGHT_PARENTHESIS = 0x29;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
/** `-`, `*`, `+`: bullet list markers; also YAML's `-` (sequence) and `?` (complex key). */
const BULLETS = new Set([0x2d, 0x2a, 0x2b]);
const YAML_ENTRY_MARKERS = new Set([0x2d, 0x3f]);
const FLOW_OPENERS = new Set([0x5b, 0x7b]);
const FLOW_CLOSERS = new Set([0x5d, 0x7d]);

/**
 * How deep lists and block quotes nest in Markdown, read line by line without parsing:
 * the container markers at the start of a line (`>`, `-`, `*`, `+`, `1.`, `1)`) plus one
 * level for every two columns of indentation before them, the least a nested list
 * item needs. It never counts less than a parser would, and more only for odd lines
 * (an indented `- - -` rule), so it can stop input that would take the parser minutes.
 *
 * @example markdownNestingDepth("Text\n\n- a\n  - b\n    > c") // { depth: 4, line: 5 }
 */
export function markdownNestingDepth(text: string): Deepest {
  return deepestLine(text, markdownLineDepth);
}

/**
 * How deep collections nest in YAML, read line by line without parsing: the open
 * indentation levels, the `-` and `?` entries that start the line, and the open
 * `[` and `{` of flow collections (brackets in quoted text count too, which only
 * overstates).
 *
 * @example yamlNestingDepth("title: A\nimage:\n  src: b.jpg") // { depth: 2, line: 3 }
 */
export function yamlNestingDepth(text: string): Deepest {
  const indents: number[] = [];
  let flow = 0;
  return deepestLine(text, (line, start, end) => {
    let index = start;
    while (index < end && line.charCodeAt(index) === SPACE) index++;
    if (index === end || line.charCodeAt(index) === 0x23 /* # */) return 0;
    // Inside a flow collection indentation means nothing; outside, each deeper indent is a level.
    if (flow === 0) {
      const indent = index - start;
      while (indents.length > 0 && indents.at(-1)! > indent) indents.pop();
      if (indents.length === 0 || indents.at(-1)! < indent) indents.push(indent);
    }
    let entries = 0;
    while (YAML_ENTRY_MARKERS.has(line.charCodeAt(index)) && isBlank(line, index + 1, end)) {
      entries++;
      index++;
      while (index < end && line.charCodeAt(index) === SPACE) index++;
    }
    let deepestFlow = flow;
    for (; index < end; index++) {
      const code = line.charCodeAt(index);
      if (FLOW_OPENERS.has(code)) deepestFlow = Math.max(deepestFlow, ++flow);
      else if (FLOW_CLOSERS.has(code) && flow > 0) flow--;
    }
    return indents.length + entries + deepestFlow;
  });
}

/** A Markdown line's container markers, and the indentation before them. */
function markdownLineDepth(line: string, start: number, end: number): number {
  let index = start;
  let columns = 0;
  for (let code = line.charCodeAt(index); index < end && (code === SPACE || code === TAB);) {
    columns += code === TAB ? 4 - (columns % 4) : 1;
    code = line.charCodeAt(++index);
  }
  let markers = 0;
  while (index < end) {
    const code = line.charCodeAt(index);
    if (code === GREATER_THAN) {
      index++;
    } else if (BULLETS.has(code) && isBlank(line, index + 1, end)) {
      index++;
    } else {
      let digits = index;
      while (digits < end && digits - index < 9 && isDigit(line.charCodeAt(digits))) digits++;
      const delimiter = line.charCodeAt(digits);
      const ordered =
        digits > index &&
        (delimiter === FULL_STOP || delimiter === RIGHT_PARENTHESIS) &&
        isBlank(line, digits + 1, end);
      if (!ordered) break;
      index = digits + 1;
    }
    markers++;
    while (index < end && (line.charCodeAt(index) === SPACE || line.charCodeAt(index) === TAB)) index++;
  }
  return markers === 0 ? 0 : markers + Math.floor(columns / 2);
}

/** The deepest line by `depthOf`, which sees every line in order. */
function deepestLine(text: string, depthOf: (text: string, start: number, end: number) => number): Deepest {
  const deepest: Deepest = { depth: 0, line: 0 };
  for (let start = 0, line = 1; start <= text.length; line++) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    const depth = depthOf(text, start, end);
    if (depth > deepest.depth) Object.assign(deepest, { depth, line });
    start = end + 1;
  }
  return deepest;
}

/** Whether the character at `index` ends a marker: a space, a tab or the end of the line. */
function isBlank(line: string, index: number, end: number): boolean {
  const code = line.charCodeAt(index);
  return index >= end || code === SPACE || code === TAB || code === 0x0d;
}

function isDigit(code: number): boolean {
  return code >= DIGIT_0 && code <= DIGIT_9;
}
