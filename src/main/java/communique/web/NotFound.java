package communique.web;

/** Thrown by a handler when the thing asked for does not exist; answered with 404 and the message. */
final class NotFound extends RuntimeException {

    NotFound(String message) {
        super(message, null, false, false);
    }
}
