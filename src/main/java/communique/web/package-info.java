/** The HTTP front end: Javalin routes and Thymeleaf views for search pages, article pages, entity pages and the JSON API. */
package communique.web;
