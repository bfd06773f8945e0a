/**
 * Finds an article's date, the officials it names (person, role, country) and the countries it involves, by rules
 * and gazetteers. Entry point: {@link communique.extract.EntityExtractor}; cross-article official keys:
 * {@link communique.extract.OfficialKeys}; word lists: {@code src/main/resources/gazetteer/*.tsv}.
 */
package communique.extract;
