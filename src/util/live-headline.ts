/**
 * The words by which a headline says its page is live, shared by the HTML
 * front end (`announcesLive`) and the rule that tells a programme's times
 * from a feed's (`rejectScheduleStamps`).
 *
 * @module
 */

/**
 * The live words of headlines, in the languages of the corpora. "live"
 * alone is a verb or an adjective as often ("where they live", "Live music
 * returns"): it counts before or after a colon, dash or bar ("Live: …",
 * "Ukraine war live: …", "… – live"), or before a word that makes it a
 * live blog's ("live updates"). "Direct" likewise, set off at the start. Alternatives are words, each tried once at a word boundary:
 * linear.
 */
export const LIVE_HEADLINE = new RegExp(
  [
    String.raw`^live\s?[:|–—-]`,
    String.raw`\blive\s?:`,
    String.raw`[-–—|:]\s?live\b`,
    String.raw`\blive[\s-](?:updates?|blog|coverage|reaction|commentary|report|ticker|stream)\b`,
    String.raw`\b(?:liveblog|live-blog|liveticker|live-ticker|newsblog|newsticker|minute by minute|as it happened)\b`,
    String.raw`\b(?:en direct|en directo|en vivo|in diretta|diretta live|directo|al minuto)\b`,
    // "DIRECT. Grève : …", "Direct | …": the French and Spanish word, set off at the start.
    String.raw`^direct[oa]?\s?[.:|–—-]`
  ].join('|'),
  'iu'
)

