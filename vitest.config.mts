import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

// Four projects, one per kind of test (see README "Testing").
export default defineConfig({
  resolve: { alias: { '@main': resolve(__dirname, 'main'), '@': resolve(__dirname, 'renderer/src') } },
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], testTimeout: 30000 } },
      { test: { name: 'cli', include: ['tests/cli/**/*.test.ts'], testTimeout: 180000, hookTimeout: 120000, fileParallelism: false } },
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], testTimeout: 180000, hookTimeout: 180000, fileParallelism: false } }
    ]
  }
})
