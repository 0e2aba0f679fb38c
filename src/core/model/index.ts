/** The domain types of Parallax and their validation at the edges. */
export * from './article'
export * from './claim'
export * from './case'
export * from './link'
export * from './bundle'
export * from './validate'
export * from './comparison'
export * from './article-name'
