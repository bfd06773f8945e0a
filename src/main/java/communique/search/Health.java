package communique.search;

/**
 * The backend's state for {@code /health}.
 *
 * @param status    "ok"
 * @param articles  documents in the searched index
 * @param version   the index version being searched (changes with every commit picked up)
 */
public record Health(String status, long articles, long version) {
}
