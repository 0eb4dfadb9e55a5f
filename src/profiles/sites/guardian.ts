import type {SiteProfileInput} from '../schema.js'

/**
 * The Guardian (theguardian.com): pages rendered by its "dotcom rendering"
 * platform, whose class names are hashes (`dcr-1yi1cnj`) and whose parts
 * are named by `data-gu-name` (`headline`, `standfirst`, `meta`, `body`);
 * live-blog posts are `<article id="block-…">`, interactive parts are
 * `<gu-island name="…">` elements, and captions end "Photograph: …".
 */
export const guardian: SiteProfileInput = {
  name: 'guardian',
  hosts: ['theguardian.com', 'guardian.co.uk'],
  timeZone: 'Europe/London',
  language: 'en-GB',
  selectors: {
    headline: ['[data-gu-name="headline"] h1'],
    standfirst: ['[data-gu-name="standfirst"]'],
    byline: ['[data-gu-name="meta"] address', '[data-component="meta-byline"]'],
    posts: ['article[id^="block-"]'],
    postTime: ['article[id^="block-"] time'],
    drop: ['gu-island[name="SlotBodyEnd"]', 'gu-island[name="SignInGateSelector"]', '[data-component="rich-link"]', '[data-gu-name="newsletter-signup"]']
  },
  furniturePhrases: ['skip past newsletter promotion', 'after newsletter promotion', 'Explore more on these topics', 'Reuse this content', 'Privacy Notice:'],
  creditStyles: ['Photograph: ', 'Illustration: ', 'Composite: ']
}
