// Write dist/article.schema.json (JSON Schema of an Article) from the built schema module.
import {writeFileSync} from 'node:fs'
import {articleJsonSchema} from '../dist/schema/index.js'

writeFileSync(new URL('../dist/article.schema.json', import.meta.url), JSON.stringify(articleJsonSchema(), null, 2) + '\n')
