package dev.snapfolio.adapter.in.http;

/** A request the API refuses with a given status and a one-line reason (the problem body's detail). */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    static ApiException conflict(String message) {
        return new ApiException(409, message);
    }

    int status() {
        return status;
    }
}
