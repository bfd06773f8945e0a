/** The {@code communique} command-line tool: index, serve, extract, search and bench. */
package communique.cli;
