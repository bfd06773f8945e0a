/** Finds an article's date, the officials it names (person, role, country) and the countries it involves, by rules and gazetteers. */
package communique.extract;
