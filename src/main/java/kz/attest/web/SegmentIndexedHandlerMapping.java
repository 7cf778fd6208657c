package kz.attest.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The application's {@code @RequestMapping} handler mapping, with its mappings indexed by their leading literal path
 * segments (issue 12, the start burst). Spring MVC matches a URL that is not a fixed path (every URL with a path
 * variable, such as {@code /exam/stages/1/questions/7}) against every mapping of the application, about 400; in a
 * burst of starts that was a tenth of the server's CPU.
 * <p>
 * This mapping is Boot's own (registered through {@link org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations}
 * in {@link HandlerMappingConfiguration}), so it is configured exactly as before (interceptors, content negotiation,
 * pattern parser, CORS, path prefixes, API versions) and builds the handler chain as before; only the search for the
 * matching method is narrowed. Once the mappings are detected, each pattern's leading literal segments
 * ({@code /exam/stages} of {@code /exam/stages/{stage}/start}) place its mapping on a node of a tree of segments; a
 * node keeps its own small registry of its mappings and its ancestors' (a pattern without a leading literal, such as
 * {@code /**}, sits at the root and so in every registry). A request walks the tree along its decoded path segments
 * as far as literals lead and is matched in the registry of the node it reaches. Every mapping left out of that
 * registry has a literal segment the request's path does not have at that place, so it cannot match: the chosen
 * handler, the ambiguity check, and the 404, 405, 406 and 415 answers (from the mappings that partly match) are the
 * same as a search of all mappings. The node registries share the main registry's {@link HandlerMethod}s.
 */
class SegmentIndexedHandlerMapping extends RequestMappingHandlerMapping {

    /** The tree, built after the mappings are detected and again after a mapping is added or removed at run time. */
    private volatile Node index;

    @Override
    public void afterPropertiesSet() {
        super.afterPropertiesSet();
        index = build();
    }

    @Override
    public synchronized void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        super.registerMapping(mapping, handler, method);
        index = null;
    }

    @Override
    public synchronized void unregisterMapping(RequestMappingInfo mapping) {
        super.unregisterMapping(mapping);
        index = null;
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        Node node = index;
        if (node == null) {
            node = rebuild();
        }
        if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        RequestPath path = ServletRequestPathUtils.getParsedRequestPath(request);
        for (PathContainer.Element element : path.pathWithinApplication().elements()) {
            if (element instanceof PathContainer.PathSegment segment) {
                Node next = node.children.get(segment.valueToMatch());
                if (next == null) {
                    break;
                }
                node = next;
            }
        }
        return node.registry.lookup(lookupPath, request);
    }

    private synchronized Node rebuild() {
        if (index == null) {
            index = build();
        }
        return index;
    }

    /**
     * The tree of the current mappings; only a root with all of them when patterns are not matched by a case-sensitive
     * {@code PathPatternParser} (segments could then not be compared as written).
     */
    private Node build() {
        boolean bySegment = getPatternParser() != null && getPatternParser().isCaseSensitive();
        Map<RequestMappingInfo, HandlerMethod> methods = getHandlerMethods();
        Node root = new Node(null);
        for (RequestMappingInfo info : methods.keySet()) {
            PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
            if (patterns == null || !bySegment) {
                root.own.add(info);
                continue;
            }
            for (PathPattern pattern : patterns.getPatterns()) {
                Node node = root;
                for (String literal : leadingLiterals(pattern.getPatternString())) {
                    Node parent = node;
                    node = node.children.computeIfAbsent(literal, s -> new Node(parent));
                }
                node.own.add(info);
            }
        }
        root.fill(methods, getPatternParser());
        return root;
    }

    /** {@code [exam, stages]} of {@code /exam/stages/{stage}/start}: the segments before the first non-literal one. */
    static List<String> leadingLiterals(String pattern) {
        List<String> literals = new ArrayList<>();
        String[] segments = pattern.split("/", -1);
        for (int i = pattern.startsWith("/") ? 1 : 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.isEmpty() || segment.chars().anyMatch(c -> c == '{' || c == '*' || c == '?' || c == '%'
                    || c == ';' || c == '\\')) {
                break;
            }
            literals.add(segment);
        }
        return literals;
    }

    /** A node of the tree: the mappings whose patterns' literals end here, and the registry a request reaching it uses. */
    private static final class Node {
        private final Node parent;
        private final Map<String, Node> children = new HashMap<>();
        private final Set<RequestMappingInfo> own = new LinkedHashSet<>();
        private Registry registry;

        private Node(Node parent) {
            this.parent = parent;
        }

        private void fill(Map<RequestMappingInfo, HandlerMethod> methods, org.springframework.web.util.pattern.PathPatternParser parser) {
            if (own.isEmpty() && parent != null) {
                registry = parent.registry; // nothing of its own: the same mappings as its parent
            } else {
                Set<RequestMappingInfo> mine = new LinkedHashSet<>();
                for (Node n = this; n != null; n = n.parent) {
                    mine.addAll(n.own);
                }
                registry = new Registry();
                if (parser != null) {
                    registry.setPatternParser(parser);
                }
                for (RequestMappingInfo info : mine) {
                    HandlerMethod method = methods.get(info);
                    registry.registerMapping(info, method, method.getMethod());
                }
            }
            children.values().forEach(child -> child.fill(methods, parser));
        }
    }

    /**
     * A node's registry: a plain mapping used only for its search ({@code lookupHandlerMethod}, {@code handleMatch},
     * {@code handleNoMatch}); it is not a bean and never builds a handler chain.
     */
    private static final class Registry extends RequestMappingHandlerMapping {

        /** The handler registered is the main registry's {@link HandlerMethod} itself. */
        @Override
        protected HandlerMethod createHandlerMethod(Object handler, Method method) {
            return handler instanceof HandlerMethod handlerMethod ? handlerMethod : super.createHandlerMethod(handler, method);
        }

        private HandlerMethod lookup(String lookupPath, HttpServletRequest request) throws Exception {
            return lookupHandlerMethod(lookupPath, request);
        }
    }
}
