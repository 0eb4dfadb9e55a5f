import type {SiteProfileInput} from '../schema.js'

/**
 * The Associated Press (apnews.com): pages of `Page-` and `RichTextStoryBody`
 * blocks, times in a `<bsp-timestamp>` element, and captions that end with
 * the photographer's credit in brackets, "(AP Photo/Jane Doe)", which no
 * generic credit label opens.
 */
export const ap: SiteProfileInput = {
  name: 'ap',
  hosts: ['apnews.com'],
  timeZone: 'America/New_York',
  language: 'en-US',
  selectors: {
    headline: ['.Page-headline'],
    byline: ['.Page-authors', '.Page-byline-info'],
    caption: ['.Figure-caption', '.CarouselSlide-infoDescription'],
    drop: ['.Page-actions', '.Page-below', 'bsp-ad', '.Enhancement .PageList', '.RelatedTopics', 'bsp-newsletter-signup']
  },
  furniturePhrases: ['Copy Link copied', 'Read More', 'RELATED COVERAGE', 'ADVERTISEMENT'],
  creditStyles: ['(AP Photo/', '(AP Photo)', '(AP Video/']
}
