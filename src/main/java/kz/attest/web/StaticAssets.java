package kz.attest.web;

import jakarta.servlet.http.HttpServletRequest;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The style sheets, scripts and web jars, served from memory with content-versioned links (issue 12, point 2).
 * <p>
 * Boot's resource handler asked the class path for every request: inside the packaged jar that is the nested-jar
 * loader's lock ({@code UrlJarFiles$Cache.get}, {@code NestedJarFile.hasEntry}), which 1,000 candidates starting at
 * once queued on. Here an asset is read once (through Spring's {@code PathResourceResolver}, which keeps a request
 * inside its location) and kept in memory with its MD5. The pages link it as {@code /css/attest.css?v=<md5>}
 * ({@link AssetLinks}): such a request is answered {@code Cache-Control: public, max-age=31536000, immutable}, so a
 * browser that loaded it on one page never asks again until the content changes; a request without the current
 * version (a script's own fetch, an old page) is answered {@code no-cache} with an ETag and revalidated (304).
 * The resource chain and its {@code ResourceUrlEncodingFilter} stay off: no other link of a page is looked at.
 */
@Configuration
@Order(Ordered.HIGHEST_PRECEDENCE) // before Boot's adapter, which then leaves /webjars/** to this one
class StaticAssets implements WebMvcConfigurer {

    static final Duration IMMUTABLE = Duration.ofDays(365);
    /** The URL prefixes served here and where each is on the class path. */
    static final Map<String, String> ROOTS = Map.of(
            "/css/", "static/css/",
            "/js/", "static/js/",
            "/webjars/", "META-INF/resources/webjars/");

    private final Map<String, Asset> assets = new ConcurrentHashMap<>();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        ROOTS.forEach((prefix, location) -> registry.addResourceHandler(prefix + "**")
                .addResourceLocations("classpath:/" + location)
                .setCacheControl(CacheControl.noCache())
                .setEtagGenerator(resource -> resource instanceof Asset asset ? asset.etag : null)
                .resourceChain(false)
                .addResolver(new InMemory(prefix)));
    }

    /** The link of a static asset with its content version, or {@code null} when {@code path} is none. */
    String versioned(String path) {
        Asset asset = assets.get(path);
        if (asset == null) {
            String location = location(path);
            if (location == null) {
                return null;
            }
            ClassPathResource resource = new ClassPathResource(location);
            if (!resource.isReadable()) {
                return null;
            }
            asset = assets.computeIfAbsent(path, p -> Asset.of(resource));
        }
        return path + "?v=" + asset.version;
    }

    private static String location(String path) {
        if (path.contains("..") || path.contains("//") || path.indexOf('\\') >= 0) {
            return null;
        }
        for (Map.Entry<String, String> root : ROOTS.entrySet()) {
            if (path.startsWith(root.getKey()) && path.length() > root.getKey().length()) {
                return root.getValue() + path.substring(root.getKey().length());
            }
        }
        return null;
    }

    /** The asset of a request from memory; read once through the rest of the chain (the class path). */
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    private final class InMemory implements ResourceResolver {
        private final String prefix;

        @Override
        public Resource resolveResource(HttpServletRequest request, String requestPath,
                                        List<? extends Resource> locations, ResourceResolverChain chain) {
            String path = prefix + requestPath;
            Asset asset = assets.get(path);
            if (asset == null) {
                Resource found = chain.resolveResource(request, requestPath, locations);
                if (found == null || location(path) == null) {
                    return found;
                }
                asset = assets.computeIfAbsent(path, p -> Asset.of(found));
            }
            return request != null && asset.version.equals(request.getParameter("v")) ? asset.immutable : asset;
        }

        @Override
        public String resolveUrlPath(String resourcePath, List<? extends Resource> locations, ResourceResolverChain chain) {
            return chain.resolveUrlPath(resourcePath, locations);
        }
    }

    /** A static file's bytes, name, time and MD5; {@link #immutable} is the same answered with a year's freshness. */
    static final class Asset extends AbstractResource implements HttpResource {
        final byte[] content;
        final String filename;
        final long lastModified;
        final String version;
        final String etag;
        final Asset immutable;
        private final boolean forever;

        private Asset(byte[] content, String filename, long lastModified, String version, boolean forever, Asset immutable) {
            this.content = content;
            this.filename = filename;
            this.lastModified = lastModified;
            this.version = version;
            this.etag = "\"" + version + "\"";
            this.forever = forever;
            this.immutable = immutable != null ? immutable : this;
        }

        static Asset of(Resource resource) {
            try (InputStream in = resource.getInputStream()) {
                byte[] content = in.readAllBytes();
                long modified = resource.lastModified();
                String version = DigestUtils.md5DigestAsHex(content);
                Asset forever = new Asset(content, resource.getFilename(), modified, version, true, null);
                return new Asset(content, resource.getFilename(), modified, version, false, forever);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String getFilename() {
            return filename;
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public long contentLength() {
            return content.length;
        }

        @Override
        public long lastModified() {
            return lastModified;
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(content);
        }

        @Override
        public byte[] getContentAsByteArray() {
            return content.clone();
        }

        @Override
        public String getDescription() {
            return "static asset " + filename + " (" + version + ")";
        }

        @Override
        public HttpHeaders getResponseHeaders() {
            HttpHeaders headers = new HttpHeaders();
            if (forever) {
                headers.setCacheControl(CacheControl.maxAge(IMMUTABLE).cachePublic().immutable());
            }
            return headers;
        }

        @Override
        public boolean equals(Object other) {
            return other == this;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
