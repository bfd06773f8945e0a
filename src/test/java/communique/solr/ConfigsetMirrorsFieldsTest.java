package communique.solr;

import communique.index.Fields;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped configset against the one schema, without a cluster. */
class ConfigsetMirrorsFieldsTest {

    @Test
    void declaresEveryFieldOfTheEmbeddedSchema() throws Exception {
        Set<String> solrFields = new HashSet<>();
        NodeList fields = schema().getElementsByTagName("field");
        for (int i = 0; i < fields.getLength(); i++) {
            solrFields.add(((Element) fields.item(i)).getAttribute("name"));
        }

        assertThat(solrFields).containsAll(fieldNames());
    }

    @Test
    void indexesTextWithExactlyTheEnglishAnalyzersTokens() throws Exception {
        Analyzer fromConfigset = indexChain("text_en");
        String text = "The Foreign Minister's talks with Pakistan's envoys on U.S.-led sanctions weren't running smoothly; "
                + "they will resume in 2025 at the Ministers' summit (it is such a relief). Ünïcödé naïve café x1/y2";

        assertThat(tokens(fromConfigset, text)).isEqualTo(tokens(new EnglishAnalyzer(), text)).isNotEmpty();
    }

    @Test
    void dropsLucenesEnglishStopWordsExactly() throws Exception {
        Set<String> words = new HashSet<>();
        for (String line : resource("lang/stopwords_en_lucene.txt").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                words.add(line.strip());
            }
        }
        Set<String> lucene = new HashSet<>();
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(w -> lucene.add(new String((char[]) w)));

        assertThat(words).isEqualTo(lucene);
    }

    @Test
    void storesOffsetsForTheHighlighterAndDocValuesForEveryFacet() throws Exception {
        Element textEn = fieldType("text_en");
        assertThat(textEn.getAttribute("storeOffsetsWithPositions")).isEqualTo("true");
        for (String facet : List.of(Fields.OFFICIAL, Fields.COUNTRY, Fields.ROLE, Fields.YEAR, Fields.MONTH)) {
            assertThat(field(facet).getAttribute("docValues")).as(facet).isEqualTo("true");
        }
    }

    @Test
    void packsTheConfigsetFromTheJarForUpload() throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(SolrCollections.configSetZip()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(SolrCollections.CONFIGSET_FILES);
    }

    private static List<String> fieldNames() throws IllegalAccessException {
        List<String> names = new ArrayList<>();
        for (var field : Fields.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                names.add((String) field.get(null));
            }
        }
        return names;
    }

    /** The configset's index-time chain, built from its factory names with Lucene's own factories. */
    private static Analyzer indexChain(String type) throws Exception {
        Element analyzer = null;
        NodeList analyzers = fieldType(type).getElementsByTagName("analyzer");
        for (int i = 0; i < analyzers.getLength(); i++) {
            Element a = (Element) analyzers.item(i);
            if (a.getAttribute("type").isEmpty() || a.getAttribute("type").equals("index")) {
                analyzer = a;
            }
        }
        CustomAnalyzer.Builder builder = CustomAnalyzer.builder(Path.of("src/main/resources/solr/configset"));
        Element tokenizer = (Element) analyzer.getElementsByTagName("tokenizer").item(0);
        builder.withTokenizer(tokenizer.getAttribute("name"), attributes(tokenizer));
        NodeList filters = analyzer.getElementsByTagName("filter");
        for (int i = 0; i < filters.getLength(); i++) {
            Element filter = (Element) filters.item(i);
            builder.addTokenFilter(filter.getAttribute("name"), attributes(filter));
        }
        return builder.build();
    }

    private static Map<String, String> attributes(Element element) {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            var attribute = element.getAttributes().item(i);
            if (!attribute.getNodeName().equals("name")) {
                attributes.put(attribute.getNodeName(), attribute.getNodeValue());
            }
        }
        return attributes;
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    private static Element fieldType(String name) throws Exception {
        return named("fieldType", name);
    }

    private static Element field(String name) throws Exception {
        return named("field", name);
    }

    private static Element named(String tag, String name) throws Exception {
        NodeList nodes = schema().getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (e.getAttribute("name").equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no " + tag + " " + name + " in the schema");
    }

    private static Document schema() throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(resource("managed-schema.xml").getBytes(StandardCharsets.UTF_8)));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SolrCollections.class.getResourceAsStream(SolrCollections.RESOURCE_DIR + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
