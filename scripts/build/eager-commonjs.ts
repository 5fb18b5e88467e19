/**
 * CommonJS factories as functions the browser compiles while it downloads them.
 *
 * Rolldown wraps each CommonJS module (React DOM is one) in a factory it calls on first `require`:
 * `__commonJSMin((exports, module) => { … })`, minified to `e((e=>{ … }))`. V8 compiles a function
 * lazily, on the main thread, the first time it runs, unless the function is a parenthesised
 * `function` expression, which it takes for one about to be called and compiles with the rest of
 * the script, off the main thread while the script streams in. The minified arrow is not taken for
 * one, so React DOM's factory, the largest, would be parsed on the main thread inside the task that
 * evaluates the start chunk. Written as `(function(e){ … })`, it is compiled with its chunk
 * (measured in docs/benchmarks.md, third round).
 *
 * Only calls of Rolldown's own runtime helpers whose one argument is a block-bodied arrow that
 * reads neither `this` nor `arguments` are rewritten; for those, the two forms do the same.
 */
import type { Plugin } from 'vite';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (v: unknown): v is Node =>
  typeof v === 'object' && v !== null && typeof (v as Node).type === 'string' && typeof (v as Node).start === 'number';

function* children(node: Node): Generator<Node> {
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent') continue;
    if (Array.isArray(value)) {
      for (const v of value) if (isNode(v)) yield v;
    } else if (isNode(value)) yield value;
  }
}

/** True when `node` reads `this` or `arguments` of the function around it (not of a nested `function`). */
function readsOwnThis(node: Node): boolean {
  if (node.type === 'ThisExpression') return true;
  if (node.type === 'Identifier' && node.name === 'arguments') return true;
  if (node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression') return false;
  for (const c of children(node)) if (readsOwnThis(c)) return true;
  return false;
}

/** Local names the chunk gives to what it imports from Rolldown's runtime chunk. */
function runtimeBindings(program: Node): Set<string> {
  const names = new Set<string>();
  for (const stmt of (program.body as Node[]) ?? []) {
    if (stmt.type !== 'ImportDeclaration') continue;
    const source = String((stmt.source as { value?: unknown } | undefined)?.value ?? '');
    if (!/(^|[\\/])rolldown-runtime[^\\/]*\.js$/.test(source)) continue;
    for (const s of (stmt.specifiers as Node[]) ?? []) {
      const local = s.local as { name?: string } | undefined;
      if (local?.name) names.add(local.name);
    }
  }
  return names;
}

/**
 * The chunk's CommonJS factories rewritten as parenthesised `function` expressions; `parse` gives
 * an ESTree program with `start`/`end` offsets (Rolldown's). Returns null when there is none.
 */
export function eagerFactories(code: string, parse: (code: string) => unknown): string | null {
  const program = parse(code);
  if (!isNode(program)) return null;
  const helpers = runtimeBindings(program);
  if (!helpers.size) return null;
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: Node) => {
    if (node.type === 'CallExpression') {
      const callee = node.callee as Node;
      const args = node.arguments as Node[];
      const fn = args[0]?.type === 'ParenthesizedExpression' ? (args[0].expression as Node) : args[0];
      if (
        callee.type === 'Identifier' &&
        helpers.has(callee.name as string) &&
        args.length === 1 &&
        fn?.type === 'ArrowFunctionExpression' &&
        !fn.async &&
        (fn.body as Node).type === 'BlockStatement' &&
        (fn.params as Node[]).every((p) => p.type === 'Identifier') &&
        !readsOwnThis(fn.body as Node)
      ) {
        const params = (fn.params as Node[]).map((p) => p.name as string).join(',');
        const body = fn.body as Node;
        // `e((e=>{…}))` keeps the parentheses V8 looks for; `e(e=>{…})` gets them
        const wrapped = code.slice(callee.end, fn.start).replace(/\s+/g, '') === '((';
        edits.push({ start: fn.start, end: body.start, text: `${wrapped ? '' : '('}function(${params})` });
        if (!wrapped) edits.push({ start: body.end, end: body.end, text: ')' });
      }
    }
    for (const c of children(node)) visit(c);
  };
  visit(program);
  if (!edits.length) return null;
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The Vite plugin: rewrites the factories in every chunk once it is minified. */
export function eagerCommonJs(): Plugin {
  return {
    name: 'goalpost-eager-commonjs',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const out = eagerFactories(chunk.code, (code) => this.parse(code));
        if (out !== null) chunk.code = out;
      }
    },
  };
}
