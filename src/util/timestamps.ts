/**
 * Reading and resolving timestamps.
 *
 * `findTimestamps` scans a line for datelines (glued to other words, as
 * scrapers leave them); `parseTimestamp` reads one; `isTimeOnly` tells a
 * live-blog post stamp. Resolution to an instant uses only the date, time and
 * zone the page (or the caller's `date` / `timeZone`) gives: never the
 * machine's clock or zone. A written zone wins over `context.timeZone`.
 *
 * Daylight-saving edges (IANA zones): a wall time in the spring-forward gap
 * is read with the offset in force before the gap (the clocks still showed
 * it), and written so: 01:40 on the London spring-forward day is
 * `01:40+00:00`, the instant Temporal's `disambiguation: 'compatible'` gives,
 * without the wall time 02:40 the page never wrote. A wall time in the autumn
 * overlap takes the earlier instant, as 'compatible' does.
 *
 * @module
 */
import {tzOffset} from '@date-fns/tz'
import {BoundedCache} from './bounded-cache.js'
import {cueAlternation, PUBLISHED_CUES, UPDATED_CUES} from './date-cues.js'
import type {Timestamp} from '../schema/article.js'
import {ZONE_ABBREVIATIONS, ZONE_PATTERN} from './time-zones.js'

/** What a timestamp can be resolved against when the page does not say. */
export interface TimestampContext {
  /** `YYYY-MM-DD`: the day for time-only stamps. */
  date?: string
  /** IANA zone for stamps with no zone of their own. */
  timeZone?: string
}

/** A timestamp found inside a line. */
export interface FoundTimestamp {
  timestamp: Timestamp
  /** Where the matched text starts in the line. */
  index: number
  /** The matched text's length. */
  length: number
  /** What the words before it say it is ("Published on" → published, "Last modified" → updated). */
  kind?: 'published' | 'updated'
}

/**
 * Month names and abbreviations in English, German, French, Spanish,
 * Italian, Dutch, Portuguese, the Scandinavian languages and Icelandic,
 * and the forms a date takes (often the genitive: "7 kwietnia 2021",
 * "15 августа 2016", "3. května 2024") in Polish, Russian, Ukrainian,
 * Bulgarian, Czech, Slovak, Slovene, Croatian, Serbian, Turkish, Romanian,
 * Finnish, Estonian, Greek, Indonesian, Malay, Swahili, Hungarian and
 * Lithuanian (these two write the year first: "2024. május 15.", "2024 m.
 * gegužės 15 d."). A test checks the names against the platform's own
 * (`Intl.DateTimeFormat`).
 *
 * Left out: a name that another language gives to another month (Croatian
 * "listopada" is October, Polish "listopada" November: the Polish is kept)
 * and names that are common words (Malay "Mac").
 */
const MONTHS: ReadonlyArray<readonly string[]> = [
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'januari', 'janeiro', 'stycznia', 'janúar', 'января', 'січня', 'януари', 'ledna', 'januára', 'siječnja', 'ocak', 'ianuarie', 'tammikuuta', 'jaanuar', 'ιανουαρίου', 'január', 'sausio'],
  ['february', 'feb', 'februar', 'février', 'févr', 'fevr', 'febrero', 'febbraio', 'februari', 'fevereiro', 'fev', 'lutego', 'febrúar', 'февраля', 'лютого', 'февруари', 'února', 'februára', 'veljače', 'şubat', 'februarie', 'helmikuuta', 'veebruar', 'φεβρουαρίου', 'február', 'vasario'],
  ['march', 'mar', 'märz', 'mär', 'mars', 'marzo', 'maart', 'março', 'mrt', 'marca', 'marts', 'марта', 'березня', 'март', 'března', 'marec', 'ožujka', 'mart', 'martie', 'maaliskuuta', 'märts', 'μαρτίου', 'maret', 'machi', 'március', 'kovo'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwietnia', 'apríl', 'апреля', 'квітня', 'април', 'dubna', 'apríla', 'travnja', 'nisan', 'aprilie', 'huhtikuuta', 'aprill', 'απριλίου', 'aprili', 'április', 'balandžio'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'mei', 'maio', 'maj', 'maja', 'maí', 'мая', 'травня', 'май', 'května', 'mája', 'svibnja', 'mayıs', 'toukokuuta', 'μαΐου', 'május', 'gegužės'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'czerwca', 'júní', 'июня', 'червня', 'юни', 'června', 'júna', 'junij', 'lipnja', 'haziran', 'iunie', 'kesäkuuta', 'juuni', 'ιουνίου', 'június', 'birželio'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho', 'lipca', 'júlí', 'июля', 'липня', 'юли', 'července', 'júla', 'julij', 'srpnja', 'temmuz', 'iulie', 'heinäkuuta', 'juuli', 'ιουλίου', 'julai', 'július', 'liepos'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'augusti', 'sierpnia', 'ágúst', 'августа', 'серпня', 'август', 'srpna', 'augusta', 'avgust', 'kolovoza', 'ağustos', 'elokuuta', 'αυγούστου', 'agustus', 'ogos', 'agosti', 'augusztus', 'rugpjūčio'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'set', 'setembro', 'września', 'сентября', 'вересня', 'септември', 'září', 'septembra', 'rujna', 'septembar', 'eylül', 'septembrie', 'syyskuuta', 'σεπτεμβρίου', 'septemba', 'szeptember', 'rugsėjo'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'października', 'október', 'октября', 'жовтня', 'октомври', 'října', 'októbra', 'oktobar', 'ekim', 'octombrie', 'lokakuuta', 'oktoober', 'οκτωβρίου', 'oktoba', 'spalio'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada', 'nóvember', 'ноября', 'листопада', 'ноември', 'listopadu', 'novembra', 'studenoga', 'novembar', 'kasım', 'noiembrie', 'marraskuuta', 'νοεμβρίου', 'novemba', 'lapkričio'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro', 'desember', 'grudnia', 'декабря', 'грудня', 'декември', 'prosince', 'decembra', 'prosinca', 'decembar', 'aralık', 'decembrie', 'joulukuuta', 'detsember', 'δεκεμβρίου', 'disember', 'desemba', 'gruodžio']
]

/** Month name (lower case) → month number. */
export const MONTH_NUMBER = new Map<string, number>(MONTHS.flatMap((names, index) => names.map((name) => [name, index + 1] as const)))

/** Alternation of month names, longest first so that "june" wins over "jun". */
export const MONTH = [...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join('|')

/** Weekday names and abbreviations that may open a date ("Wed", "Wednesday,", "Mittwoch,", "mercredi"). */
export const WEEKDAYS =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|' +
  'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so|' +
  'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo'

/** An optional weekday before a date, then a space. */
const WEEKDAY = `(?:(?:${WEEKDAYS})\\.?,?\\s)?`

/**
 * A time of day after a date, with its optional zone: "14.20 BST", "2:20 p.m. ET", "14:20 Uhr", "14h20".
 * The word of the clock after it counts as "Uhr" does: "14:20 h", "07:46hrs.", "14.20 horas" (Spanish), "14.20 uur" (Dutch);
 * not before a letter ("14:20 hours ago" is read elsewhere).
 */
const TIME = `(\\d{1,2})([:.h])(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?(?:\\s?([aApP])\\.?[mM]\\.?)?(?:\\s?([uU]hr|horas|uur|hrs?(?![\\p{L}\\d])\\.?|h(?![\\p{L}\\d])\\.?))?|(\\d{1,2})\\s?([aApP])\\.?[mM]\\.?`
// A zone may be glued to the next word by scrapers ("GMTLast updated"), but not to a lower-case letter.
// The offset comes first, so that "GMT+02:00" is read whole, not as GMT.
const ZONE = `((?:GMT|UTC)?[+-]\\d{1,2}(?::?\\d{2})?|${ZONE_PATTERN})(?![\\p{Ll}\\d])`

/**
 * A word where a month's name stands, captured whole and looked up in
 * `MONTH_NUMBER` (`withMonth`): an alternation of the 300 names made each
 * date form several times slower to try, and reads the same words.
 */
const MONTH_WORD = '(\\p{L}+)'

/**
 * A day as year, month and day numbers, when a word names a month.
 *
 * @param year
 *   The year.
 * @param word
 *   The word where the month's name stands.
 * @param day
 *   The day of the month.
 * @returns
 *   The day, or `undefined` when the word names no month.
 */
function withMonth(year: number, word: string, day: number): [number, number, number] | undefined {
  const month = MONTH_NUMBER.get(word.toLowerCase())
  return month === undefined ? undefined : [year, month, day]
}

/** Date forms, each capturing day, month and year. Anchored at a word start; no nested quantifiers. */
const DATE_FORMS: ReadonlyArray<{pattern: RegExp; read: (match: RegExpExecArray) => [number, number, number] | undefined}> = [
  {
    // 2024-06-19, with an ISO time and offset handled by the time reader.
    pattern: /(?<![\p{L}\d])(\d{4})-(\d{2})-(\d{2})(?![\d])/gu,
    read: (match) => [Number(match[1]), Number(match[2]), Number(match[3])]
  },
  {
    // Thu 7 Mar 2024, 7. März 2024, 7 mars 2024, Thursday 7th March, 2024
    pattern: new RegExp(`(?<![\\p{L}\\d])${WEEKDAY}(\\d{1,2})(?:\\.|st|nd|rd|th|er)?\\s(?:de\\s)?${MONTH_WORD}\\.?,?\\s(?:de\\s)?(\\d{4})(?!\\d)`, 'giu'),
    read: (match) => withMonth(Number(match[3]), match[2]!, Number(match[1]))
  },
  {
    // June 19, 2024 / Wednesday, June 19 2024
    pattern: new RegExp(`(?<![\\p{L}\\d])${WEEKDAY}${MONTH_WORD}\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?,?\\s(\\d{4})(?!\\d)`, 'giu'),
    read: (match) => withMonth(Number(match[3]), match[1]!, Number(match[2]))
  },
  {
    // 2024. május 15. (Hungarian), 2024 m. gegužės 15 d. (Lithuanian): the year first, then the month's name and the day.
    pattern: new RegExp(`(?<![\\p{L}\\d])(\\d{4})(?:\\.|\\sm\\.)\\s${MONTH_WORD}\\s(\\d{1,2})(?:\\.|\\sd\\.)`, 'giu'),
    read: (match) => withMonth(Number(match[1]), match[2]!, Number(match[3]))
  },
  {
    // 2025年1月13日, 2025년 1월 13일 (year, month, day), with an optional weekday in brackets: 2025年1月13日(月).
    pattern: /(?<!\d)(\d{4})\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일](?:\s?[(（][^)）\d]{1,3}[)）])?/gu,
    read: (match) => [Number(match[1]), Number(match[2]), Number(match[3])]
  },
  {
    // 2025/01/13, 2025.01.13 (year first, as in East Asia).
    pattern: /(?<![\p{L}\d./])(\d{4})([./])(\d{1,2})\2(\d{1,2})(?![\d./])/gu,
    read: (match) => [Number(match[1]), Number(match[3]), Number(match[4])]
  },
  {
    // 19/06/2024, 19.06.2024 (day first, as in Europe); 01.21.2020 (month first, as in the United States: no month 21);
    // a weekday may open it ("Donnerstag, 14.03.2024", "DONNERSTAG, 14.03.2024").
    pattern: new RegExp(`(?<![\\p{L}\\d./])${WEEKDAY}(\\d{1,2})[./](\\d{1,2})[./](\\d{4})(?![\\d])`, 'giu'),
    read: (match) => {
      const [first, second] = [Number(match[1]), Number(match[2])]
      return second > 12 && first <= 12 ? [Number(match[3]), first, second] : [Number(match[3]), second, first]
    }
  }
]

/**
 * What may stand between a date and its time. Case-sensitive on purpose: zone
 * abbreviations are upper case, and a zone glued to the next word must be
 * told from a lower-case word ("GMTLast updated" but not "CETera").
 */
/** What may stand between a date and its time: "Tue 4 Mar 2025 09.15", "March 4, 2025 at 9:15", "19.06.2024, 14:20 Uhr", "19.2.2020 klo 14.00", "T14:20", "Oct 13, 2020 @ 4:48 pm". */
const TIME_AFTER_DATE = new RegExp(`(?:T|,?\\s(?:at\\s|um\\s|à\\s|a las\\s|alle\\s|om\\s|klo\\s|v\\s|в\\s|@\\s|kl\\.?\\s|-\\s|–\\s|\\|\\s|•\\s|·\\s)?)(?:${TIME})(?:\\s?${ZONE}|(Z)|([+-]\\d{2}:?\\d{2}))?`, 'uy')

/** A time right after a date written with year, month and day signs ("2025年1月13日20:01"): the space is optional. */
const TIME_AFTER_SIGNS = new RegExp(`\\s?(?:${TIME})(?:\\s?${ZONE}|(Z)|([+-]\\d{2}:?\\d{2}))?`, 'uy')

/** A date that ends in a day sign or a bracketed weekday (`日`, `일`, `(月)`). */
const SIGNED_DATE_END = /[日일)）]$/u

/**
 * Hours and minutes written with signs ("20時01分", "20시 01분") as a colon
 * and a space, keeping every index of the line.
 *
 * @param line
 *   A line.
 * @returns
 *   The line with `:` for the hour sign and a space for the minute sign.
 */
function withClockSigns(line: string): string {
  return line.replace(/(\d)[時时시](\s?\d)/gu, '$1:$2').replace(/(\d)[分분]/gu, '$1 ')
}

/** A time before its date, as US papers write it: "2:47 p.m. CT Feb. 11, 2025", "9:00 a.m. ET on March 4, 2025". Matched against at most `TIME_BEFORE_REACH` characters. */
const TIME_BEFORE_DATE = new RegExp(`(?<![\\d:.])(?:${TIME})(?:\\s?${ZONE})?,?\\s(?:on\\s)?$`, 'u')

/** How far before a date a time is looked for. */
const TIME_BEFORE_REACH = 32

/** A time on its own line: "09:12:05", "9.41am", "14:20 BST". */
const TIME_ONLY = new RegExp(`^(?:${TIME})(?:\\s?${ZONE})?$`, 'u')

/** Words before a stamp that say it is the publication ("Published on", "Veröffentlicht am", "Postado em"). */
const PUBLISHED_CUE = new RegExp(`(?:${cueAlternation(PUBLISHED_CUES)})(?:\\s(?:on|am|le|el|il|op|at|em))?[\\s:]*$`, 'iu')

/** Words before a stamp that say it is an update. */
const UPDATED_CUE = new RegExp(`(?:${cueAlternation(UPDATED_CUES)})(?:\\s(?:on|am|le|el|il|op|at|em))?[\\s:]*$`, 'iu')

/** The parts of a time read from a match. */
interface TimeParts {
  hour: number
  minute: number
  second?: number
  /** Offset in minutes, or an IANA zone, when written. */
  zone?: number | string
}

/**
 * Read the time groups of `TIME` (+ zone) from a match.
 *
 * @param groups
 *   Match groups starting at the first group of `TIME`.
 * @returns
 *   The time, or `undefined` when out of range.
 */
function readTime(groups: ReadonlyArray<string | undefined>): TimeParts | undefined {
  const [hourText, separator, minuteText, secondText, meridiem, uhr, hourOnly, meridiemOnly, zoneText, zulu, isoOffset] = groups
  let hour = Number(hourText ?? hourOnly)
  const minute = Number(minuteText ?? 0)
  const marker = (meridiem ?? meridiemOnly)?.toLowerCase()
  // "3.14" is a number, not a time: with a dot and no am/pm nor "Uhr" the hour needs two digits ("09.41", "14.20").
  if (!marker && !uhr && separator === '.' && hourText!.length < 2) return undefined
  if (marker) {
    if (hour < 1 || hour > 12) return undefined
    hour = (hour % 12) + (marker === 'p' ? 12 : 0)
  }
  if (hour > 23 || minute > 59) return undefined
  const parts: TimeParts = {hour, minute}
  if (secondText !== undefined) {
    const second = Number(secondText)
    if (second > 59) return undefined
    parts.second = second
  }
  const zone = readZone(zulu ? 'Z' : (zoneText ?? isoOffset))
  if (zone !== undefined) parts.zone = zone
  return parts
}

/**
 * Read a written zone: an abbreviation or an offset ("+02:00", "GMT+2", "UTC-5").
 *
 * @param text
 *   The zone as written (optional).
 * @returns
 *   Offset minutes or IANA zone.
 */
function readZone(text: string | undefined): number | string | undefined {
  if (!text) return undefined
  const known = ZONE_ABBREVIATIONS.get(text.toUpperCase())
  if (known !== undefined) return known
  const offset = /([+-])(\d{1,2}):?(\d{2})?$/.exec(text)
  if (!offset) return undefined
  const minutes = Number(offset[2]) * 60 + Number(offset[3] ?? 0)
  return minutes > 14 * 60 ? undefined : offset[1] === '-' ? -minutes : minutes
}

/** Two digits. */
const pad = (value: number) => String(value).padStart(2, '0')

/**
 * Format an offset in minutes as `+HH:MM`.
 *
 * @param minutes
 *   Offset east of UTC.
 * @returns
 *   The offset string.
 */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const absolute = Math.abs(minutes)
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`
}

/**
 * Whether a day exists in the calendar.
 *
 * @param year
 *   Year.
 * @param month
 *   Month, 1–12.
 * @param day
 *   Day of the month.
 * @returns
 *   `true` when it does.
 */
function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return year >= 1000 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/**
 * Resolve a wall time in a zone to its offset, with the DST rule of the module.
 *
 * @param wall
 *   The wall time as if it were UTC (ms).
 * @param zone
 *   IANA zone.
 * @returns
 *   The offset in minutes at that wall time.
 */
function offsetIn(wall: number, zone: string): number {
  const before = tzOffset(zone, new Date(wall - 86_400_000))
  const after = tzOffset(zone, new Date(wall + 86_400_000))
  // Overlap (autumn): the earlier instant is the one with the larger offset, valid if it maps back to the wall time.
  const candidates = before >= after ? [before, after] : [after, before]
  for (const offset of candidates) {
    if (tzOffset(zone, new Date(wall - offset * 60_000)) === offset) return offset
  }
  // Gap (spring): no offset maps back; take the offset before the gap, which the clocks still showed.
  return Math.min(before, after)
}

/**
 * Build a Timestamp from its parts.
 *
 * @param text
 *   The text as written.
 * @param day
 *   `[year, month, day]` (optional).
 * @param time
 *   The time (optional).
 * @param context
 *   Fallback day and zone.
 * @returns
 *   The timestamp.
 */
function build(text: string, day: [number, number, number] | undefined, time: TimeParts | undefined, context: TimestampContext): Timestamp {
  const timestamp: Timestamp = {text}
  const date = day ? `${day[0]}-${pad(day[1])}-${pad(day[2])}` : context.date
  if (date) timestamp.date = date
  if (!time) return timestamp
  timestamp.time = `${pad(time.hour)}:${pad(time.minute)}${time.second === undefined ? '' : ':' + pad(time.second)}`
  const zone = time.zone ?? context.timeZone
  if (zone === undefined) return timestamp
  timestamp.timeZone = typeof zone === 'number' ? formatOffset(zone) : zone
  if (!date) return timestamp
  const [year, month, dayOfMonth] = date.split('-').map(Number) as [number, number, number]
  const wall = Date.UTC(year, month - 1, dayOfMonth, time.hour, time.minute, time.second ?? 0)
  const offset = typeof zone === 'number' ? zone : offsetIn(wall, zone)
  // The wall time as written, with the offset it was read with: inside a DST
  // gap that is the offset before the gap, so `iso` agrees with `time`.
  timestamp.iso = `${date}T${pad(time.hour)}:${pad(time.minute)}:${pad(time.second ?? 0)}${formatOffset(offset)}`
  return timestamp
}

/**
 * Whether a line is nothing but a time of day (a live-blog post stamp).
 *
 * @param line
 *   A cleaned line.
 * @returns
 *   `true` for `09:12:05`, `9.41am`, `14.20 BST`, ….
 */
export function isTimeOnly(line: string): boolean {
  if (line.length > 24) return false
  const match = TIME_ONLY.exec(line.trim())
  return match !== null && readTime(match.slice(1)) !== undefined
}

/** Words that may stand around the stamps of a dateline without making it prose: the cues, and their prepositions and labels. */
const DATELINE_WORD_LIST = cueAlternation([
  ...PUBLISHED_CUES,
  ...UPDATED_CUES,
  ...['first', 'last', 'on', 'at', 'am', 'um', 'le', 'à', 'by', 'the', 'zuletzt', 'mis', 'jour', 'el', 'de', 'del', 'ore', 'alle', 'op', 'om', 'em', 'às', 'las'],
  ...['date', 'datum', 'fecha', 'data', 'stand', 'klo', 'kl', 'v', 'в'],
  // "Article mis à jour le …", "Artikel veröffentlicht am …".
  ...['article', 'artikel', 'artículo', 'articolo']
])

/**
 * Each of `DATELINE_WORD_LIST` in a text, as a whole word. (Letters around
 * are looked for, not `\b`, which knows only ASCII: "Publié" would never end
 * a word.)
 */
export const DATELINE_WORDS = new RegExp(`(?<![\\p{L}\\p{N}])(?:${DATELINE_WORD_LIST})(?![\\p{L}\\p{N}])`, 'giu')

/**
 * The words of a line around its stamps and their cue words: what is left
 * once the stamps are cut out and `DATELINE_WORDS` blanked ("Jane Doe 71
 * Kommentare" of "19.6.2007 9:40 Uhr Jane Doe 71 Kommentare").
 *
 * @param text
 *   The line.
 * @param found
 *   Its stamps, in order (`findTimestamps`).
 * @returns
 *   The rest, a space where each stamp and cue word stood.
 */
export function outsideStamps(text: string, found: FoundTimestamp[]): string {
  let rest = ''
  let at = 0
  for (const stamp of found) {
    rest += text.slice(at, stamp.index) + ' '
    at = stamp.index + stamp.length
  }
  return (rest + text.slice(at)).replace(DATELINE_WORDS, ' ')
}

/** One of `DATELINE_WORD_LIST`, as a whole text ("Updated", "am"). */
const DATELINE_WORD = new RegExp(`^(?:${DATELINE_WORD_LIST})$`, 'iu')

/**
 * Whether a word is one that stands around the stamps of a dateline
 * ("published", "on", "aktualisiert", "am").
 *
 * @param word
 *   One word.
 * @returns
 *   Whether it is.
 */
export function isDatelineWord(word: string): boolean {
  return DATELINE_WORD.test(word)
}

/** Four digits in a row: the year every date form has. */
const FOUR_DIGITS = /\d{4}/

/**
 * Find every dateline inside a line, including ones glued to other words.
 *
 * @param line
 *   A line of text.
 * @param context
 *   Day and zone to fall back on (optional).
 * @returns
 *   The timestamps in order of appearance.
 */
export function findTimestamps(written: string, context: TimestampContext = {}): FoundTimestamp[] {
  // Every date form has a four-digit year: most lines have none, and skip the searches.
  if (!FOUR_DIGITS.test(written)) return []
  // Several stages read the same lines (datelines, bylines, stamps): three lines in four read here on the text dumps were
  // read before, with the same day and zone. A copy of what was found, which the caller may change.
  const key = JSON.stringify([context.date, context.timeZone]) + written
  return foundStamps.get(key, () => findUncached(written, context)).map((stamp) => ({...stamp, timestamp: {...stamp.timestamp}}))
}

/** The timestamps found in recent lines, by day, zone and line (at most 256K characters held, keys of up to 400). */
const foundStamps = new BoundedCache<readonly FoundTimestamp[]>(262_144, 400)

/**
 * `findTimestamps` without the cache, for a line with four digits in a row.
 *
 * @param written
 *   A line of text.
 * @param context
 *   Day and zone to fall back on.
 * @returns
 *   The timestamps in order of appearance.
 */
function findUncached(written: string, context: TimestampContext): FoundTimestamp[] {
  const found: FoundTimestamp[] = []
  const line = withClockSigns(written)
  for (const form of DATE_FORMS) {
    form.pattern.lastIndex = 0
    for (let match = form.pattern.exec(line); match; match = form.pattern.exec(line)) {
      const day = form.read(match)
      if (!day || !isRealDay(...day)) continue
      let start = match.index
      let end = match.index + match[0].length
      const after = SIGNED_DATE_END.test(match[0]) ? TIME_AFTER_SIGNS : TIME_AFTER_DATE
      after.lastIndex = end
      const timeMatch = after.exec(line)
      let time = timeMatch ? readTime(timeMatch.slice(1)) : undefined
      if (time && timeMatch) {
        end += timeMatch[0].length
        // The minute sign, read as a space, ends the stamp.
        if (/^[分분]/u.test(written.slice(end))) end++
      }
      else {
        const before = TIME_BEFORE_DATE.exec(line.slice(Math.max(0, start - TIME_BEFORE_REACH), start))
        time = before ? readTime(before.slice(1)) : undefined
        if (time && before) start -= before[0].length
      }
      const text = written.slice(start, end).trim()
      found.push({timestamp: build(text, day, time, context), index: start, length: end - start})
    }
  }
  found.sort((a, b) => a.index - b.index)
  const kept = found.filter((stamp, index) => index === 0 || stamp.index >= found[index - 1]!.index + found[index - 1]!.length)
  let previousEnd = 0
  for (const stamp of kept) {
    const before = line.slice(Math.max(previousEnd, stamp.index - 40), stamp.index)
    if (PUBLISHED_CUE.test(before)) stamp.kind = 'published'
    else if (UPDATED_CUE.test(before)) stamp.kind = 'updated'
    previousEnd = stamp.index + stamp.length
  }
  return kept
}

/**
 * Parse one timestamp written as the whole of `text`.
 *
 * @param text
 *   E.g. `Tue 4 Mar 2025 09.15 GMT`, `09:12:05`, `9.41am`, `2024-06-19T14:20:00Z`.
 * @param context
 *   Day and zone to fall back on (optional).
 * @returns
 *   The timestamp, or `undefined` when `text` is not one.
 */
export function parseTimestamp(text: string, context: TimestampContext = {}): Timestamp | undefined {
  const trimmed = text.trim()
  const timeOnly = TIME_ONLY.exec(trimmed)
  if (timeOnly) {
    const time = readTime(timeOnly.slice(1))
    return time ? build(trimmed, undefined, time, context) : undefined
  }
  const [first] = findTimestamps(trimmed, context)
  return first && first.index === 0 && first.length >= trimmed.length - 1 ? first.timestamp : undefined
}

/**
 * Resolve a timestamp that has a day and a wall time but no zone, in `zone`.
 *
 * @param timestamp
 *   A timestamp with `date` and `time` and no `timeZone`.
 * @param zone
 *   An IANA zone.
 * @returns
 *   The timestamp with `timeZone` and `iso`, or itself when it lacks a day or time or has a zone.
 */
export function inZone(timestamp: Timestamp, zone: string): Timestamp {
  if (!timestamp.date || !timestamp.time || timestamp.timeZone) return timestamp
  const [year, month, day] = timestamp.date.split('-').map(Number) as [number, number, number]
  const [hour, minute, second = 0] = timestamp.time.split(':').map(Number) as [number, number, number?]
  const offset = offsetIn(Date.UTC(year, month - 1, day, hour, minute, second), zone)
  return {...timestamp, timeZone: zone, iso: `${timestamp.date}T${pad(hour)}:${pad(minute)}:${pad(second)}${formatOffset(offset)}`}
}

/**
 * Fill a time-only timestamp's day (and zone) from elsewhere on the page.
 *
 * @param timestamp
 *   A timestamp, possibly without date.
 * @param context
 *   The day and zone to use when the timestamp lacks them.
 * @returns
 *   The timestamp resolved as far as possible.
 */
export function withContext(timestamp: Timestamp, context: TimestampContext): Timestamp {
  return parseTimestamp(timestamp.text, {...context, ...(timestamp.date ? {date: timestamp.date} : {})}) ?? timestamp
}
