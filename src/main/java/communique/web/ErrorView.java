package communique.web;

/** An error page: the status, a sentence for the reader, and nothing from the server's insides. */
public record ErrorView(String title, Parts.Form form, int status, String heading, String message) {

    static ErrorView of(int status, String message) {
        String heading = switch (status) {
            case 400 -> "That request could not be handled";
            case 404 -> "Page not found";
            case 405 -> "Method not allowed";
            default -> "Something went wrong";
        };
        return new ErrorView(heading + " · Communiqué", Parts.Form.EMPTY, status, heading, message);
    }
}
