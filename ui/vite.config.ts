/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { frozenPrototype } from './vite/frozen-prototype';

const schemas = fileURLToPath(new URL('../schemas', import.meta.url));

/**
 * The core the UI talks to (`$backend`, imported by src/lib/backend.ts only): the Tauri IPC, except
 * in the browser tests' build (`vite build --mode e2e`, into dist-e2e/), which gets the typed
 * in-memory core of tests/e2e/backend/. The app's dist/ never contains it (checked by the browser
 * tests, which look for its marker in dist/).
 */
const BACKENDS = {
  tauri: fileURLToPath(new URL('./src/lib/backend.tauri.ts', import.meta.url)),
  e2e: fileURLToPath(new URL('./tests/e2e/backend/index.ts', import.meta.url)),
};

/**
 * The app never talks to a network. Svelte's production runtime carries documentation links in
 * its error messages and the interview schema carries its `$id`/`$schema` URIs; strip them so the
 * bundle holds no external URL at all (nothing ever fetched them, but this keeps audits simple).
 */
function noExternalUrls(): Plugin {
  return {
    name: 'fieldvault-no-external-urls',
    apply: 'build',
    renderChunk(code) {
      const out = code
        .replace(/https:\/\/svelte\.dev\/e\//g, 'svelte error ')
        .replace(/https:\/\/json-schema\.org\/draft\/2020-12\/schema/g, 'json-schema 2020-12')
        .replace(/https:\/\/fieldvault\.invalid\//g, 'fieldvault:');
      return out === code ? null : { code: out, map: null };
    },
  };
}

export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [svelte(), noExternalUrls(), frozenPrototype()],
  resolve: {
    alias: { $schemas: schemas, $backend: mode === 'e2e' ? BACKENDS.e2e : BACKENDS.tauri },
  },
  server: {
    host: '127.0.0.1',
    fs: { allow: ['..'] },
  },
  preview: { host: '127.0.0.1' },
  build: {
    outDir: mode === 'e2e' ? 'dist-e2e' : 'dist',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
}));
