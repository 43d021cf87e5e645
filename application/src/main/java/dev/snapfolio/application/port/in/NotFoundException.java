package dev.snapfolio.application.port.in;

/** An account, movement or other thing named by the caller does not exist. */
public class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
