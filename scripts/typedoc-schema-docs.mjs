// A typedoc plugin (loaded by typedoc.json) that keeps each description in
// one place and makes the API reference readable:
//
// - a field of an exported interface whose zod schema is exported beside it
//   (`Article` and `ArticleSchema`, `ParseOptions` and `ParseOptionsSchema`)
//   takes the schema field's `.describe()` text as its comment, unless it has
//   a TSDoc comment of its own: the descriptions are written once, in the
//   schemas, and reach both this reference and the JSON Schema;
// - an exported constant (a zod schema, `RULES`) is shown without the
//   expansion of its inferred type, whose hundreds of members would each
//   need a comment and tell a reader less than the named type does;
// - an export whose comment has no `@example` is a warning, as an
//   undocumented one is (`npm run docs` treats warnings as errors).
import {Comment, Converter, IntrinsicType, ReferenceType, ReflectionKind, ReflectionType} from 'typedoc'
import {tsImport} from 'tsx/esm/api'

/**
 * Load the plugin.
 *
 * @param {import('typedoc').Application} app
 *   The typedoc application.
 */
export async function load(app) {
  const exports = await tsImport('../src/index.ts', import.meta.url)
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    describeFields(context.project, exports)
    collapseConstantTypes(context.project)
    requireExamples(context.project, app.logger)
  })
}

/**
 * Give each field of an interface with a schema its schema's description.
 *
 * @param {import('typedoc').ProjectReflection} project
 * @param {Record<string, unknown>} exports
 *   The package's exports, schemas among them.
 */
function describeFields(project, exports) {
  for (const field of project.getReflectionsByKind(ReflectionKind.Property)) {
    const owner = field.parent
    if (!owner?.kindOf(ReflectionKind.Interface) || field.hasComment()) continue
    const description = schemaNames(owner)
      .map((name) => exports[`${name}Schema`]?.shape?.[field.name]?.description)
      .find(Boolean)
    if (description) field.comment = new Comment(displayParts(description))
  }
}

/**
 * The names whose schemas may describe an interface's fields: its own, then
 * those of the interfaces it extends (through `Omit` and `Pick` too, so that
 * `ParseManyOptions extends Omit<ParseOptions, 'url'>` takes the options'
 * descriptions).
 *
 * @param {import('typedoc').DeclarationReflection} owner
 * @returns {string[]}
 */
function schemaNames(owner) {
  const names = [owner.name]
  for (const type of owner.extendedTypes ?? []) {
    if (!(type instanceof ReferenceType)) continue
    const [first] = type.typeArguments ?? []
    names.push(['Omit', 'Pick'].includes(type.name) && first instanceof ReferenceType ? first.name : type.name)
  }
  return names
}

/**
 * Split a description into typedoc's display parts, `code` spans apart.
 *
 * @param {string} text
 * @returns {import('typedoc').CommentDisplayPart[]}
 */
function displayParts(text) {
  return text
    .split(/(`[^`]+`)/)
    .filter(Boolean)
    .map((part) => (part.startsWith('`') ? {kind: 'code', text: part} : {kind: 'text', text: part}))
}

/**
 * Show exported constants by their type's name alone (`ZodObject`), or as
 * `object` for an object literal, dropping the reflections of the expansion.
 *
 * @param {import('typedoc').ProjectReflection} project
 */
function collapseConstantTypes(project) {
  for (const constant of project.getReflectionsByKind(ReflectionKind.Variable)) {
    const type = constant.type
    if (type instanceof ReferenceType && type.typeArguments?.length) {
      for (const literal of typeLiterals(type.typeArguments)) project.removeReflection(literal)
      type.typeArguments = undefined
    } else if (type instanceof ReflectionType) {
      project.removeReflection(type.declaration)
      constant.type = new IntrinsicType('object')
    }
  }
}

/**
 * The type-literal reflections inside some types, outermost only (removing
 * one removes what it holds).
 *
 * @param {import('typedoc').SomeType[]} types
 * @returns {import('typedoc').DeclarationReflection[]}
 */
function typeLiterals(types) {
  const found = []
  const visit = (type) => {
    if (!type) return
    if (type instanceof ReflectionType) found.push(type.declaration)
    else if (type instanceof ReferenceType) type.typeArguments?.forEach(visit)
    else if ('types' in type) type.types.forEach(visit)
    else if ('elements' in type) type.elements.forEach(visit)
    else if ('elementType' in type) visit(type.elementType)
    else if ('target' in type && typeof type.target === 'object') visit(type.target)
  }
  types.forEach(visit)
  return found
}

/**
 * Warn about each export of a module whose comment has no `@example`.
 *
 * @param {import('typedoc').ProjectReflection} project
 * @param {import('typedoc').Logger} logger
 */
function requireExamples(project, logger) {
  const modules = project.getReflectionsByKind(ReflectionKind.Module)
  for (const container of modules.length > 0 ? modules : [project]) {
    for (const child of container.children ?? []) {
      if (child.kindOf(ReflectionKind.Reference)) continue
      const comments = [child.comment, ...(child.signatures ?? []).map((signature) => signature.comment)]
      if (!comments.some((comment) => comment?.getTag('@example'))) {
        logger.warn(`${child.getFriendlyFullName()} (${ReflectionKind[child.kind]}) has no @example`)
      }
    }
  }
}
