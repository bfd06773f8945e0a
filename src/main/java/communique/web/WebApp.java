package communique.web;

import communique.export.ExportLimit;
import communique.search.InvalidRequestException;
import communique.search.ServerBusyException;
import communique.search.SearchBackend;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;

import org.eclipse.jetty.http.UriCompliance;

import java.util.HashMap;
import java.util.LinkedHashMap;
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
        return create(backend, PublicUrl.ofConnection());
    }

    /** The same, its feeds linking to {@code publicUrl}. */
    public static Javalin create(SearchBackend backend, PublicUrl publicUrl) {
        return create(backend, publicUrl, ExportLimit.DEFAULT);
    }

    /** The same, exports stopping after {@code exportLimit} rows. */
    public static Javalin create(SearchBackend backend, PublicUrl publicUrl, int exportLimit) {
        Views views = new Views();
        Pages pages = new Pages(backend, views, publicUrl);
        Exports exports = new Exports(backend, publicUrl, ExportLimit.of(exportLimit));
        Api api = new Api(backend, exports);
        Errors errors = new Errors(views);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.prefer405over404 = true;
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new JettyErrors());
                server.insertHandler(new RefuseWebSocketUpgrades());
            });
            // The app uses no sessions; should anything still open one, it expires after a minute, not never.
            config.jetty.modifyServletContextHandler(context -> context.getSessionHandler().setMaxInactiveInterval(60));
            // Javalin's LEGACY compliance lets %u0041 escapes through, and its own decoding of path parameters
            // then threw (a 500 per request); refused by Jetty like any other broken escape, they are a 400.
            config.jetty.modifyHttpConfiguration(http -> http.setUriCompliance(
                    UriCompliance.LEGACY.without("no %u escapes", UriCompliance.Violation.UTF16_ENCODINGS)));
            config.router.javaLangErrorHandler(Errors::fatal);
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "web/static";
                files.location = Location.CLASSPATH;
                Map<String, String> headers = new HashMap<>(SecurityHeaders.ALL);
                headers.put("Cache-Control", "max-age=3600");
                files.headers = headers;
            });
            config.routes.before(SecurityHeaders::apply);
            // Static files answer GET and HEAD; left alone, Javalin answers any other method on a file 404.
            config.routes.before("/static/*", ctx -> {
                if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD && isStaticFile(ctx.path())) {
                    ctx.header("Allow", "GET, HEAD");
                    errors.status405(ctx);
                    ctx.skipRemainingHandlers();
                }
            });
            Map<String, Handler> routes = new LinkedHashMap<>();
            routes.put("/", pages::home);
            routes.put("/search", pages::search);
            routes.put("/search.atom", pages::feed);
            routes.put("/search.csv", exports::csv);
            routes.put("/article/{id}", pages::article);
            routes.put("/official/{key}", pages::official);
            routes.put("/country/{code}", pages::country);
            routes.put("/api/search", api::search);
            routes.put("/api/article/{id}", api::article);
            routes.put("/health", api::health);
            // HEAD runs the GET handler (Jetty sends no body): left to Javalin, HEAD answered 200 for any GET route
            // without asking the handler, even for an article that does not exist.
            routes.forEach((path, handler) -> config.routes.get(path, handler).head(path, handler));
            config.routes.exception(InvalidRequestException.class, errors::invalid);
            config.routes.exception(NotFound.class, errors::notFound);
            config.routes.exception(ServerBusyException.class, errors::busy);
            config.routes.exception(Exception.class, errors::unexpected);
            config.routes.error(404, errors::status404);
            config.routes.error(405, errors::status405);
        });
    }

    /** Whether {@code path} (under /static/) names a file the static handler would serve. */
    private static boolean isStaticFile(String path) {
        String name = path.substring("/static/".length());
        return !name.isEmpty() && !name.endsWith("/") && !name.contains("..")
                && WebApp.class.getClassLoader().getResource("web/static/" + name) != null;
    }
}
