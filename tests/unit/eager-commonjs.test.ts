import { parseAst } from 'rolldown/parseAst';
import { describe, expect, it } from 'vitest';
import { eagerFactories } from '../../scripts/build/eager-commonjs';

const RUNTIME = 'import{t as e,r as o}from"./rolldown-runtime-XKyaHtl9.js";';
const rewrite = (code: string) => eagerFactories(code, (c) => parseAst(c));

/** Runs a chunk's code with a stand-in for Rolldown's `__commonJSMin` and returns what it exports. */
function run(code: string): unknown {
  const body = code.replace(/^import\{[^}]*\}from"[^"]*";/, '').replace(/export\{([^}]*)\};?$/, 'return {$1};');
  const commonJs = (factory: (exports: object, module: { exports: object }) => void) => () => {
    const module = { exports: {} };
    factory(module.exports, module);
    return module.exports;
  };
  return new Function('e', 'o', body)(commonJs, (x: unknown) => x);
}

describe('CommonJS factories compiled with their chunk', () => {
  it('writes the runtime helper’s arrow factories as parenthesised functions, keeping what they export', () => {
    const code = `${RUNTIME}var t=e((e=>{e.a=1})),n=e(((e,t)=>{t.exports={b:2}}));var x=()=>t().a+n().b;export{x};`;
    const out = rewrite(code)!;
    expect(out).toContain('e((function(e){e.a=1}))');
    expect(out).toContain('e((function(e,t){t.exports={b:2}}))');
    // other arrows are left alone
    expect(out).toContain('x=()=>t().a+n().b');
    expect((run(out) as { x: () => number }).x()).toBe(3);
    expect((run(out) as { x: () => number }).x()).toBe((run(code) as { x: () => number }).x());
  });

  it('adds the parentheses V8 looks for when the minifier left none', () => {
    const out = rewrite(`${RUNTIME}var t=e(e=>{e.a=1});export{t};`)!;
    expect(out).toContain('e((function(e){e.a=1}))');
  });

  it('leaves factories that read this or arguments, other callees, and chunks without the runtime', () => {
    expect(rewrite(`${RUNTIME}var t=e((e=>{e.self=this}));export{t};`)).toBeNull();
    expect(rewrite(`${RUNTIME}var t=e((e=>{e.n=arguments.length}));export{t};`)).toBeNull();
    // a nested function's own `this` is not the factory's
    expect(rewrite(`${RUNTIME}var t=e((e=>{e.f=function(){return this}}));export{t};`)).toContain('(function(e){');
    expect(rewrite(`${RUNTIME}var t=f((e=>{e.a=1}));export{t};`)).toBeNull();
    expect(rewrite(`import{t as e}from"./other.js";var t=e((e=>{e.a=1}));export{t};`)).toBeNull();
    expect(rewrite(`${RUNTIME}var t=e((async e=>{e.a=1}));export{t};`)).toBeNull();
    expect(rewrite(`${RUNTIME}var t=e((e=>e.a));export{t};`)).toBeNull();
  });
});
