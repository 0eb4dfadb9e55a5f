import type {SiteProfileInput} from '../schema.js'

/**
 * NPR (npr.org): a `storytitle` headline, `byline__name` bylines, the body
 * in `#storytext`, and photos whose caption block repeats "hide caption" /
 * "toggle caption" around the caption and credit.
 */
export const npr: SiteProfileInput = {
  name: 'npr',
  hosts: ['npr.org'],
  timeZone: 'America/New_York',
  language: 'en-US',
  selectors: {
    headline: ['.storytitle h1'],
    byline: ['.byline__name'],
    caption: ['.caption'],
    credit: ['.credit'],
    drop: ['.hide-caption', '.toggle-caption', '.bucketwrap.internallink', '.bucketwrap.resaudio', '.callout-end-of-story-mount-piano-wrap', '.recirculation']
  },
  furniturePhrases: ['hide caption', 'toggle caption', 'Sponsor Message', 'Become an NPR sponsor', 'Transcript'],
  creditStyles: []
}
