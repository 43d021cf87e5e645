package dev.snapfolio.domain.money;

/** Invalid input for a value or a movement: names the field and what is wrong with it. */
public class ValidationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public ValidationException(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
