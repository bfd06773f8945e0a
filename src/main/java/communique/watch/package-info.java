/** Keeps an index up to date with a folder as files appear, change and vanish: file-system events, a periodic rescan. */
package communique.watch;
