// standfirst/batch: parse many pages on worker threads (Node only).
// This file only re-exports; the code lives in the modules it names.

export {parseMany, type BatchSource} from './parse-many.js'
export type {BatchError, BatchPage, BatchResult, PageHead, ParseManyOptions} from './types.js'
