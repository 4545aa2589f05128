package org.bwc.articlex.notification;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders {@code templates/mail/notification.txt} (plain text) and {@code notification.html} with a Thymeleaf engine (SpEL)
 * of its own, so that the web layer's Thymeleaf settings never change an e-mail. The HTML template escapes every
 * value: notes are free text typed by users.
 */
@Component
class MailTemplates {

    static final String TEXT = "mail/notification.txt";
    static final String HTML = "mail/notification.html";

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    MailTemplates() {
        this(new NotificationTexts());
    }

    @org.springframework.beans.factory.annotation.Autowired
    MailTemplates(NotificationTexts texts) {
        engine.setTemplateEngineMessageSource(texts.messageSource());
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
    }

    Rendered render(Map<String, Object> model) {
        return render(model, NotificationTexts.LOCALE);
    }

    /** The e-mail in the reader's language: the templates' own words come from the bundles ({@code #{...}}). */
    Rendered render(Map<String, Object> model, java.util.Locale locale) {
        Context context = new Context(locale, model);
        return new Rendered(engine.process(TEXT, context), engine.process(HTML, context));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    record Rendered(String text, String html) {
    }
}
