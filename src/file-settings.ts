/**
 * The options of one parse, carried by the file it runs on. A processor is
 * built once for each format, profile and use of positions and is reused
 * across parses (`sharedProcessor` in `pipeline.ts`): the stages that read
 * an option (the page's address, its day, its zone) read it from the file,
 * and fall back on the settings they were attached with only for a file
 * that carries none (a processor built and run on its own, as the
 * benchmarks do).
 *
 * @module
 */
import type {VFile} from 'vfile'
import type {Settings} from './options.js'

declare module 'vfile' {
  interface DataMap {
    /** The validated options of the parse this file is for (set by `parse.ts`). */
    settings: Settings
  }
}

/**
 * The settings a stage reads for one file.
 *
 * @param file
 *   The file being parsed.
 * @param attached
 *   The settings the stage was attached with.
 * @returns
 *   The file's settings, else the attached ones.
 */
export function settingsOf<Attached extends Partial<Settings>>(file: VFile, attached: Attached): Attached {
  return (file.data.settings as Attached | undefined) ?? attached
}
