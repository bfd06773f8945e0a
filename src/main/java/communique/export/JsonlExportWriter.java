package communique.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * JSON Lines: one object per row and line, keys in {@link ExportRow#COLUMNS} order, lists as arrays, an unknown date
 * or snippet as null. Jackson escapes the strings, line breaks included, so a row is always one line.
 */
final class JsonlExportWriter implements ExportWriter {

    private static final JsonFactory FACTORY = new JsonFactoryBuilder().rootValueSeparator((String) null).build();

    private final JsonGenerator json;
    private final String baseUrl;

    JsonlExportWriter(Writer out, String baseUrl) throws IOException {
        this.json = FACTORY.createGenerator(out);
        this.baseUrl = baseUrl;
    }

    @Override
    public void write(ExportRow row) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", row.id());
        json.writeStringField("date", row.date() == null ? null : row.date().toString());
        json.writeStringField("title", row.title());
        json.writeStringField("url", baseUrl + row.url());
        array("officials", row.officials());
        array("roles", row.roles());
        array("countries", row.countries());
        json.writeStringField("snippet", row.snippet());
        json.writeEndObject();
        json.writeRaw('\n');
    }

    @Override
    public void flush() throws IOException {
        json.flush();
    }

    @Override
    public void close() throws IOException {
        json.close();
    }

    private void array(String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
