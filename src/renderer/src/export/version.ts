/**
 * The app's version, printed in reports. Vite replaces `__APP_VERSION__` with package.json's
 * version at build time (electron.vite.config.ts and vitest.config.mts `define`); the typeof
 * guard keeps a build without the define working, as "dev".
 */
declare const __APP_VERSION__: string

export const appVersion: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev'
