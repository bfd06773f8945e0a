package communique.reliability;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * What a strict feed reader does with a document: UTF-8 with no malformed byte or lone surrogate, then the JDK's
 * XML parser, which refuses every character XML 1.0 forbids, escaped or not.
 */
public final class StrictXml {

    private StrictXml() {
    }

    /** Parses {@code xml} as it would be sent (strictly encoded to UTF-8); throws when it is not well-formed. */
    public static void parse(String xml) throws Exception {
        ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(xml));
        byte[] array = new byte[bytes.remaining()];
        bytes.get(array);
        parse(array);
    }

    /** Parses UTF-8 bytes; throws when they are not well-formed XML. */
    public static void parse(byte[] utf8) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        builder.parse(new ByteArrayInputStream(utf8));
    }

    /** Decodes strictly: a malformed byte is an error, never U+FFFD. */
    public static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
