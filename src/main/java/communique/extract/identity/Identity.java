package communique.extract.identity;

import java.util.List;
import java.util.Map;

/**
 * One person across the archive.
 *
 * @param key      canonical key: the key of the fullest variant ("chaudhry-nisar-ali-khan")
 * @param name     display name of that variant ("Chaudhry Nisar Ali Khan")
 * @param variants every variant key resolved to this person, sorted ("ch-nisar-ali-khan" folds into the key itself)
 * @param names    every display name seen, sorted: the page's "also written as"
 * @param roles    roles held, with how many mentions carried each, sorted by role
 * @param country  the country most mentions gave (ties: the first in alphabetical order), or null when none did
 */
public record Identity(String key, String name, List<String> variants, List<String> names, Map<String, Integer> roles,
                       String country) {
}
