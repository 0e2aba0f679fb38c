import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

const alias = { '@core': resolve(__dirname, 'src/core') }

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'core', environment: 'node', include: ['test/core/**/*.test.ts'] }
      },
      {
        resolve: { alias },
        test: { name: 'node', environment: 'node', include: ['test/main/**/*.test.ts', 'test/cli/**/*.test.ts'] }
      },
      {
        resolve: { alias },
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.ts', 'test/renderer/**/*.test.tsx'],
          setupFiles: ['test/renderer/setup.ts']
        }
      }
    ]
  }
})
