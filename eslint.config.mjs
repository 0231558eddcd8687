// Lint: typescript-eslint + eslint-plugin-vue, plus the architecture's boundaries as errors:
// the renderer never imports main/ (except the typed contract), and the kernel, policies and the
// datacenter model stay free of Electron, SQLite and I/O.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import vue from 'eslint-plugin-vue'
import vueParser from 'vue-eslint-parser'
import globals from 'globals'

const pureModel = {
  patterns: [
    { group: ['electron', 'better-sqlite3', 'node:fs', 'fs', 'node:http', 'http', 'ws', '**/db/**', '**/api/http/**'], message: 'main/core, main/policies and main/datacenter are pure: no Electron, SQLite or I/O.' }
  ]
}

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'coverage/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parser: vueParser, parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], sourceType: 'module' } }
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      'no-empty': ['error', { allowEmptyCatch: true }],
      'no-control-regex': 'off',
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/attributes-order': 'off',
      'vue/require-default-prop': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/first-attribute-linebreak': 'off'
    }
  },
  {
    files: ['renderer/**/*.{ts,vue}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '^(?!@main/api/contract(/|$))(@main/|(\\.\\./)+main/)', message: 'The renderer may import only the typed contract from main/ (type-only).' }]
      }]
    }
  },
  { files: ['main/core/**/*.ts', 'main/policies/**/*.ts', 'main/datacenter/**/*.ts'], rules: { 'no-restricted-imports': ['error', pureModel] } }
)
