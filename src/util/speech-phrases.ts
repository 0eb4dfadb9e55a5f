/**
 * The phrases that guide where a transcript is cut (`segment-speech.ts`),
 * by language: hand-overs between speakers, discourse markers, clause
 * openers, and the words that bind or lean on their neighbours.
 *
 * @module
 */

/** A hand-over: a phrase at which talk passes to another speaker or a new item starts. */
export interface HandOver {
  /**
   * The phrase, as space-separated steps matched word by word, ignoring case:
   * `a|b` is one of several words, a trailing `?` makes a step optional,
   * `<Name>` is one to three capitalised words, `<word>` is any one word.
   */
  phrase: string
  /** Cut before the phrase (the new speaker's first words) or after it (an introduction that ends there). */
  cut: 'before' | 'after'
}

/** The phrases of one language that guide the cuts. */
export interface SpeechPhrases {
  /** Phrases at which talk passes between speakers. */
  handOvers: HandOver[]
  /** Particles that may lead a hand-over ("well now we can speak to"): a `before` cut moves in front of them. */
  leads: string[]
  /** Discourse markers that open a new stretch of talk. */
  markers: string[]
  /** Weaker clause openers, used when no marker is near. */
  openers: string[]
  /** Words after which a marker or opener is not a new start ("right now", "be so", "as well"). */
  binders: string[]
  /** Words that lean on the word before them ("all of"): a last-resort cut avoids the gap before them. */
  leaners: string[]
}

/**
 * The phrase table, by language (BCP 47 primary subtag). English is the
 * first; add a language by adding an entry. Every phrase here is generic
 * newsroom or conversational wording, never a sample's own words.
 */
export const SPEECH_PHRASES: Record<string, SpeechPhrases> = {
  en: {
    handOvers: [
      // A presenter bringing in a guest or a correspondent (broadcast news).
      {phrase: 'we can|will now? speak|talk|turn to', cut: 'before'},
      {phrase: "let's now? speak|talk|go|cross|turn to", cut: 'before'},
      {phrase: 'joining me|us now? is|are', cut: 'before'},
      {phrase: "i'm|we're joined|joined now? by", cut: 'before'},
      {phrase: 'with me|us now? is|are', cut: 'before'},
      {phrase: "let's bring in", cut: 'before'},
      // "X, who joins me live from <Place>": the introduction ends at the place.
      {phrase: 'joins me|us now? live? from|in <Name>', cut: 'after'},
      // A presenter moving the talk on.
      {phrase: "let's take|have a broader|closer|quick|wider? look", cut: 'before'},
      {phrase: "let's look|turn at|to", cut: 'before'},
      // A presenter handing to a report: "well our correspondent …", "now our political editor …".
      {phrase: 'well|now|meanwhile our <word>? <word>? correspondent|editor|reporter', cut: 'before'},
      // A presenter taking the word back: thanks and sign-offs.
      {phrase: 'thank|thanks you? very|so? much? for', cut: 'before'},
      {phrase: 'thank you very|so much', cut: 'before'},
      {phrase: 'great|good|nice to have|get your insight|insights|thoughts|analysis|view', cut: 'before'},
      {phrase: 'great|good to talk|speak to|with you', cut: 'before'},
      {phrase: "that's|that <Name> there", cut: 'before'},
      {phrase: "that's|that was <Name> reporting", cut: 'before'},
      {phrase: 'okay|ok <Name>', cut: 'before'},
      {phrase: 'over|back to you', cut: 'before'},
      {phrase: "you're watching", cut: 'before'},
      {phrase: 'welcome back', cut: 'before'}
    ],
    leads: ['well', 'so', 'now', 'okay', 'ok', 'and', 'but', 'right', 'alright'],
    // Markers that open a new stretch of talk in unscripted speech.
    markers: ['well', 'now', 'okay', 'ok', 'meanwhile', 'however', 'look', 'alright', 'anyway', 'first', 'secondly', 'finally', 'certainly', 'yes', 'no'],
    // Conjunctions and subject pronouns that often open a clause ("it" and "this" are left out: as often objects).
    openers: [
      'so', 'but', 'and', 'because', 'then', 'also', 'i', 'we', 'they', 'he', 'she', 'you', 'there', "it's",
      "that's", "there's", "i'm", "i've", "we're", "they're", 'when', 'if', 'what', 'um', 'uh', 'er'
    ],
    // Words that bind the next word to them: "right now", "be so", "as well", "thank you so", "and so".
    // ("it" is left out: "on it well" ends a question as often as "do it now" binds.)
    binders: [
      'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'as', 'than', 'until', 'since',
      'is', 'was', 'are', 'were', 'be', 'been', 'being', 'am', "it's", "that's", 'very', 'right', 'just', 'even', 'not', 'and',
      'or', 'but', 'so', 'that', 'if', 'i', 'you', 'we', 'they', 'he', 'she', 'my', 'your', 'our', 'their', 'his',
      'her', 'its', 'this', 'these', 'those', 'do', 'does', 'did', 'have', 'has', 'had', 'will', 'would', 'can', 'could',
      'should', 'may', 'might', 'must', 'up', 'out', 'about', 'into', 'more', 'most', 'say', 'said', 'says', 'yes', 'no',
      // Contracted subjects and auxiliaries always go on: "we've | also had" splits a clause.
      "i'm", "i've", "i'd", "i'll", "you're", "you've", "we're", "we've", "we'll", "they're", "they've", "they'll", "he's", "she's",
      "there's", "what's", "who's", "don't", "doesn't", "didn't", "won't", "can't", "isn't", "wasn't", "aren't", "haven't"
    ],
    // Words that lean on the word before them: "all of", "going to", "more than".
    leaners: ['of', 'to', 'than', "'s", 'as', 'not']
  }
}
