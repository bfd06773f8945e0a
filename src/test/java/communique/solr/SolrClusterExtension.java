package communique.solr;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.file.Path;

/**
 * Gives test classes the one shared {@link SolrTestCluster}: started on first use, stopped when the whole test run
 * ends (it lives in the root context's store). Tests take it as a parameter.
 */
final class SolrClusterExtension implements BeforeAllCallback, ParameterResolver {

    private static final String KEY = "communique.solr.cluster";

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        cluster(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SolrTestCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return cluster(context);
    }

    private static SolrTestCluster cluster(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
        return store.getOrComputeIfAbsent(KEY, key -> start(), Holder.class).cluster;
    }

    private static Holder start() {
        try {
            return new Holder(SolrTestCluster.start(Path.of("target", "solr-test-cluster").toAbsolutePath()));
        } catch (Exception e) {
            if (e instanceof org.opentest4j.TestAbortedException aborted) {
                throw aborted;
            }
            throw new IllegalStateException("cannot start the SolrCloud test cluster: " + e.getMessage(), e);
        }
    }

    /** Stops the cluster when JUnit closes the root store. */
    private record Holder(SolrTestCluster cluster) implements AutoCloseable {
        @Override
        public void close() {
            cluster.close();
        }
    }
}
