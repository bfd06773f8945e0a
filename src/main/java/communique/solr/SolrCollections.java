package communique.solr;

import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Creates the article collection when the cluster lacks it: uploads the configset shipped in the jar
 * ({@code solr/configset/}: the schema that mirrors {@link communique.index.Fields}) through the ConfigSet API, then
 * asks the Collections API for the collection. An existing collection is used as it is.
 */
public final class SolrCollections {

    /** The configset's files, as packed into the jar under {@link #RESOURCE_DIR}. */
    static final List<String> CONFIGSET_FILES = List.of("solrconfig.xml", "managed-schema.xml", "lang/stopwords_en_lucene.txt");
    static final String RESOURCE_DIR = "/solr/configset/";

    private final SolrNodes nodes;

    public SolrCollections(SolrNodes nodes) {
        this.nodes = nodes;
    }

    /** The shape of a new collection. */
    public record Layout(int shards, int replicas) {
        public Layout {
            if (shards < 1 || replicas < 1) {
                throw new IllegalArgumentException("shards and replicas must be at least 1, were " + shards + " and " + replicas);
            }
        }
    }

    /** Whether the cluster already has the collection. */
    public boolean exists() throws IOException, SolrServerException {
        return CollectionAdminRequest.listCollections(nodes).contains(nodes.collection());
    }

    /**
     * Creates the collection (and its configset, named after it) unless it exists.
     *
     * @return true when it was created now
     */
    public boolean ensure(Layout layout) throws IOException, SolrServerException {
        if (exists()) {
            return false;
        }
        String configName = configName();
        uploadConfigSet(configName);
        CollectionAdminRequest.createCollection(nodes.collection(), configName, layout.shards(), layout.replicas())
                .process(nodes);
        return true;
    }

    /** The configset a new collection gets: one per collection, so two collections' schemas never change together. */
    String configName() {
        return "communique_" + nodes.collection();
    }

    private void uploadConfigSet(String name) throws IOException, SolrServerException {
        ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload()
                .setConfigSetName(name)
                .setOverwrite(true)
                .setCleanup(true)
                .setUploadStream(new ContentStreamBase.ByteArrayStream(configSetZip(), name + ".zip", "application/zip"));
        upload.process(nodes);
    }

    /** The configset from the jar as the zip the ConfigSet API takes. */
    static byte[] configSetZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String file : CONFIGSET_FILES) {
                try (InputStream in = SolrCollections.class.getResourceAsStream(RESOURCE_DIR + file)) {
                    if (in == null) {
                        throw new IllegalStateException("configset file missing from the jar: " + RESOURCE_DIR + file);
                    }
                    zip.putNextEntry(new ZipEntry(file));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack the configset", e);
        }
        return bytes.toByteArray();
    }
}
