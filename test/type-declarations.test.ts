// The built declarations (dist/**/*.d.ts, *.d.cts; `npm test` builds first)
// give every field of every output interface and of `ParseOptions` its
// schema's description, so that editors show it on hover
// (`scripts/describe-types.mjs`).
import {readFileSync} from 'node:fs'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import * as exports from '../src/index.js'

/** Declaration files of the package. */
const FILES = ['index.d.ts', 'index.d.cts', 'schema/index.d.ts', 'schema/index.d.cts']

describe('type declarations', () => {
  for (const name of FILES) {
    it(`dist/${name}: every field of an interface with a schema has its description`, () => {
      const text = readFileSync(new URL(`../dist/${name}`, import.meta.url), 'utf8')
      const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true)
      const missing: string[] = []
      let checked = 0
      for (const statement of source.statements) {
        if (!ts.isInterfaceDeclaration(statement)) continue
        const schema = (exports as Record<string, unknown>)[`${statement.name.text}Schema`] as
          | {shape?: Record<string, {description?: string}>}
          | undefined
        if (!schema?.shape) continue
        for (const member of statement.members) {
          if (!ts.isPropertySignature(member) || !ts.isIdentifier(member.name)) continue
          checked++
          const comment = ts
            .getJSDocCommentsAndTags(member)
            .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
            .join('\n')
          if (!comment || comment !== schema.shape[member.name.text]?.description) {
            missing.push(`${statement.name.text}.${member.name.text}`)
          }
        }
      }
      expect(checked, 'fields checked').toBeGreaterThan(0)
      expect(missing).toEqual([])
    })
  }
})
