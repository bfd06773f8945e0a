/**
 * Facts stated in an article: meetings (who met whom, in which role, where, when, the sentence that says so) and
 * quotes (what was said, directly or reported, and by which official). Rules over the article's text and the
 * officials {@link communique.extract.EntityExtractor} already found; nothing is taken from a list of people.
 * Entry point: {@link communique.extract.facts.FactExtractor}.
 */
package communique.extract.facts;
