/**
 * One identity per person across the archive: the name variants extracted from many articles ("Chaudhry Nisar Ali
 * Khan", "Ch Nisar Ali Khan", "Chaudary Nisar"; "Javad Zarif", "Javed Zarif", "Mohammad Javad Zarif") resolved to one
 * canonical key, the same whatever order the articles arrive in, without joining different people who share a family
 * name. A pure extraction component: it reads {@link communique.extract.Official}s and knows nothing of the index.
 */
package communique.extract.identity;
