package communique.web;

import communique.article.CleanText;
import communique.search.Hit;
import communique.search.SearchResult;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.LocalDate;

/**
 * The Atom feed of a saved search: its newest matches, so a feed reader can follow it. Written with StAX, which
 * escapes every text and attribute; StAX writes a control character as it is, which no XML parser accepts, so every
 * text first goes through {@link CleanText#xmlSafe} (stored text has been cleaned at indexing, but the query in
 * the title comes from the request, and an index may predate the cleaning).
 */
final class AtomFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    /**
     * @param base     scheme and host of this server ("http://localhost:7070")
     * @param selfPath the feed's own canonical path and query
     * @param htmlPath the same search as a page
     */
    static String write(SearchResult result, String title, String base, String selfPath, String htmlPath) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "title", title);
            element(xml, "id", base + selfPath);
            element(xml, "updated", timestamp(result.hits().isEmpty() ? null : result.hits().get(0).date()));
            link(xml, "self", base + selfPath, "application/atom+xml");
            link(xml, "alternate", base + htmlPath, "text/html");
            xml.writeStartElement("author");
            element(xml, "name", "Communiqué");
            xml.writeEndElement();
            for (Hit hit : result.hits()) {
                xml.writeStartElement("entry");
                element(xml, "title", hit.title());
                element(xml, "id", base + hit.url());
                element(xml, "updated", timestamp(hit.date()));
                link(xml, "alternate", base + hit.url(), "text/html");
                if (hit.snippet() != null) {
                    xml.writeStartElement("summary");
                    xml.writeAttribute("type", "html");
                    xml.writeCharacters(CleanText.xmlSafe(hit.snippet()));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the Atom feed", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : CleanText.xmlSafe(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", CleanText.xmlSafe(href));
    }

    /** Atom wants a date-time; articles have days. Undated articles get the epoch, which sorts them last. */
    private static String timestamp(LocalDate date) {
        return (date == null ? LocalDate.EPOCH : date) + "T00:00:00Z";
    }
}
