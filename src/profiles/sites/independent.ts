import type {SiteProfileInput} from '../schema.js'

/**
 * The Independent (independent.co.uk): a headline and standfirst in
 * `#articleHeader`, the body in `#main`, and many promotions between the
 * paragraphs (newsletter sign-ups, "Join our commenting forum", a
 * registration wall) whose lines are the same on every page.
 */
export const independent: SiteProfileInput = {
  name: 'independent',
  hosts: ['independent.co.uk'],
  timeZone: 'Europe/London',
  language: 'en-GB',
  selectors: {
    headline: ['#articleHeader h1'],
    standfirst: ['#articleHeader h2', '#articleHeader [data-testid="standfirst"]'],
    drop: ['[data-gtm-id="indy-bulletins"]', '[data-testid="inline-newsletter"]', '#comments', '[data-testid="registration-wall"]']
  },
  furniturePhrases: [
    'Join our commenting forum',
    'Join thought-provoking conversations, follow other Independent readers and see their replies',
    'Read our privacy notice',
    'Thanks for signing up to the',
    'Please refresh the page or navigate to another page on the site to be automatically logged in',
    'Please refresh your browser to be logged in',
    'Comments'
  ],
  creditStyles: ['(Getty Images', '(PA)', '(AP)', '(Reuters)']
}
