package kz.attest.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/**
 * Thymeleaf's {@code @{...}} links, with a content version on the links of static assets ({@link StaticAssets}): a
 * prefix test for every other link, nothing more (the question grid's 100 links are left alone).
 */
@Configuration(proxyBeanMethods = false)
class AssetLinks {

    @Bean
    static BeanPostProcessor assetLinkBuilder(ObjectProvider<StaticAssets> assets) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof TemplateEngine engine && !engine.isInitialized()) {
                    engine.setLinkBuilder(new Versioned(assets));
                }
                return bean;
            }
        };
    }

    /** Appends {@code ?v=<md5>} to a link under /css/, /js/ or /webjars/ that names an existing file. */
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    static final class Versioned extends StandardLinkBuilder {
        private final ObjectProvider<StaticAssets> assets;

        @Override
        protected String processLink(IExpressionContext context, String link) {
            String path = link;
            String applicationPath = "";
            if (context instanceof IWebContext web) {
                applicationPath = web.getExchange().getRequest().getApplicationPath();
                if (applicationPath != null && !applicationPath.isEmpty() && link.startsWith(applicationPath)) {
                    path = link.substring(applicationPath.length());
                } else {
                    applicationPath = "";
                }
            }
            if (path.indexOf('?') < 0 && path.indexOf('#') < 0
                    && (path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/"))) {
                String versioned = assets.getObject().versioned(path);
                if (versioned != null) {
                    link = applicationPath + versioned;
                }
            }
            return super.processLink(context, link);
        }
    }
}
