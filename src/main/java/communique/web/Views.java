package communique.web;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Renders the Thymeleaf templates under {@code web/templates/} on the classpath (so the jar runs anywhere). Every
 * page gets one typed view model as {@code view}; templates escape everything ({@code th:text}) except the
 * highlighter's snippets.
 */
final class Views {

    private final TemplateEngine engine = new TemplateEngine();

    Views() {
        RecordAccessor.install();
        CachingOgnlCompiler.install();
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Views.class.getClassLoader());
        resolver.setPrefix("web/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    String render(String template, Object view) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("view", view);
        return engine.process(template, context);
    }
}
