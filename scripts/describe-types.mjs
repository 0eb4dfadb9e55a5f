// Give each field of the built type declarations (dist/**/*.d.ts, *.d.cts)
// its zod description as a TSDoc comment, so that editors show it on hover:
// the descriptions are written once, in the schemas' `.describe()`, as the
// typedoc plugin (`typedoc-schema-docs.mjs`) and the JSON Schema read them.
// A field of interface `X` takes the description of `XSchema.shape[field]`;
// a field that already has a comment keeps it. Run by `npm run build`.
import {readFileSync, writeFileSync} from 'node:fs'
import ts from 'typescript'
import * as exports from '../dist/index.js'

const FILES = ['index.d.ts', 'index.d.cts', 'schema/index.d.ts', 'schema/index.d.cts']

for (const name of FILES) {
  const url = new URL(`../dist/${name}`, import.meta.url)
  const text = readFileSync(url, 'utf8')
  writeFileSync(url, describeFields(text, name))
}

/**
 * Insert the schema descriptions before the fields of the interfaces of one
 * declaration file.
 *
 * @param {string} text
 *   The declaration file.
 * @param {string} name
 *   Its name, for the parser.
 * @returns {string}
 *   The file with the comments.
 */
function describeFields(text, name) {
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true)
  /** @type {Array<{position: number, comment: string}>} */
  const inserts = []
  for (const statement of source.statements) {
    if (!ts.isInterfaceDeclaration(statement)) continue
    const shape = exports[`${statement.name.text}Schema`]?.shape
    if (!shape) continue
    for (const member of statement.members) {
      if (!ts.isPropertySignature(member) || !ts.isIdentifier(member.name)) continue
      const description = shape[member.name.text]?.description
      if (!description || ts.getJSDocCommentsAndTags(member).length > 0) continue
      const position = member.getStart(source)
      const indent = text.slice(text.lastIndexOf('\n', position) + 1, position)
      inserts.push({position, comment: `/** ${description.replaceAll('*/', '*\\/')} */\n${indent}`})
    }
  }
  let result = text
  for (const {position, comment} of inserts.sort((a, b) => b.position - a.position)) {
    result = result.slice(0, position) + comment + result.slice(position)
  }
  return result
}
