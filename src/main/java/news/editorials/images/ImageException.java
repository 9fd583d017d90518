package news.editorials.images;

/**
 * An image that cannot be used: missing, not JPEG or PNG, or unreadable. The message says what to do;
 * the caller adds the Markdown file and line that refers to it.
 */
public class ImageException extends RuntimeException {
    public ImageException(String message) {
        super(message);
    }

    public ImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
