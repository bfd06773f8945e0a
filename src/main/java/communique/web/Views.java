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

    /** Room for a results page (about 60,000 characters) from the start: no copying as the page grows. */
    private static final int PAGE_CHARS = 80_000;

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
        PageWriter page = new PageWriter(PAGE_CHARS);
        engine.process(template, context, page);
        return page.toString();
    }
}
