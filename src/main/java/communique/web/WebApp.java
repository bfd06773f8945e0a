package communique.web;

import communique.search.InvalidRequestException;
import communique.search.SearchBackend;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;

import java.util.HashMap;
import java.util.Map;

/**
 * The web front end: every route, the static files, the error answers and the security headers, configured in
 * one place. Only the routes listed here answer; each is a few lines in {@link Pages} or {@link Api}.
 */
public final class WebApp {

    private WebApp() {
    }

    /** A server for {@code backend}, not started: call {@code start(port)} (0 picks a free port). */
    public static Javalin create(SearchBackend backend) {
        Views views = new Views();
        Pages pages = new Pages(backend, views);
        Api api = new Api(backend);
        Errors errors = new Errors(views);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.prefer405over404 = true;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "web/static";
                files.location = Location.CLASSPATH;
                Map<String, String> headers = new HashMap<>(SecurityHeaders.ALL);
                headers.put("Cache-Control", "max-age=3600");
                files.headers = headers;
            });
            config.routes.before(SecurityHeaders::apply);
            config.routes.get("/", pages::home);
            config.routes.get("/search", pages::search);
            config.routes.get("/search.atom", pages::feed);
            config.routes.get("/article/{id}", pages::article);
            config.routes.get("/official/{key}", pages::official);
            config.routes.get("/country/{code}", pages::country);
            config.routes.get("/api/search", api::search);
            config.routes.get("/api/article/{id}", api::article);
            config.routes.get("/health", api::health);
            config.routes.exception(InvalidRequestException.class, errors::invalid);
            config.routes.exception(NotFound.class, errors::notFound);
            config.routes.exception(Exception.class, errors::unexpected);
            config.routes.error(404, errors::status404);
            config.routes.error(405, errors::status405);
        });
    }
}
