import type { Plugin } from 'vite';

/**
 * The app runs with `Object.prototype` frozen (tauri.conf.json's `freezePrototype`, and the browser
 * tests do the same). Then assigning a property that `Object.prototype` already has (`constructor`,
 * `toString`) to an ordinary object throws in strict code: JavaScript's "override mistake". d3,
 * which Observable Plot draws with, does it twice while its modules load, so no chart could be
 * drawn. Each such assignment becomes the `Object.defineProperty` it means; the build fails if one
 * is no longer found (a d3 upgrade changed the code: check it again).
 */
const REWRITES: { module: RegExp; from: string; to: string }[] = [
  {
    module: /\/d3-color\/dist\/d3-color\.mjs$/,
    from: 'prototype.constructor = constructor;',
    to: "Object.defineProperty(prototype, 'constructor', { value: constructor, writable: true, configurable: true });",
  },
  {
    module: /\/d3-format\/dist\/d3-format\.mjs$/,
    from: 'FormatSpecifier.prototype.toString = function() {',
    to: "Object.defineProperty(FormatSpecifier.prototype, 'toString', { writable: true, configurable: true, value: function() {",
  },
];

/** The closing of the d3-format rewrite: the function's end, then the property descriptor's. */
const FORMAT_END = { from: '.type;\n};\n', to: '.type;\n}});\n' };

export function frozenPrototype(): Plugin {
  return {
    name: 'fieldvault-frozen-prototype',
    transform(code, id) {
      const rule = REWRITES.find((r) => r.module.test(id.split('?')[0]));
      if (!rule) return null;
      if (!code.includes(rule.from)) this.error(`${id}: '${rule.from}' not found; check the module under a frozen Object.prototype again`);
      let out = code.replace(rule.from, rule.to);
      if (id.includes('d3-format')) {
        if (!out.includes(FORMAT_END.from)) this.error(`${id}: the end of FormatSpecifier.prototype.toString not found`);
        out = out.replace(FORMAT_END.from, FORMAT_END.to);
      }
      return { code: out, map: null };
    },
  };
}
