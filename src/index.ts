// standfirst: scraped news pages to clean, typed Articles.
// This file only re-exports; the code lives in the modules it names.

// Entry points.
export {parse, parseWithMessages, sniffFormat, type ParseResult} from './parse.js'
export {toPlainText} from './to-plain-text.js'
export {diffPosts} from './diff-posts.js'
export {learnSite, type LearnSiteOptions, type SitePage} from './learn/learn-site.js'

// Options and errors.
export {ParseOptionsSchema, type ParseOptions} from './options.js'
export {StandfirstError, type StandfirstErrorCode} from './errors.js'

// Output schemas (zod) and their types.
export * from './schema/index.js'
export {LearnedSiteSchema, LearnedLineSchema, type LearnedSite, type LearnedLine} from './learn/schema.js'

// Messages: every rule id with its meaning.
export {RULES, type RuleId, type ParseMessage, type MessagePoint, type MessageSpan} from './messages.js'
