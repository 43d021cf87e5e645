package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.money.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/** Strict converters with messages a person understands ("expected a date like 2026-01-31"). */
final class Converters {
    private Converters() {
    }

    static CommandLine register(CommandLine commandLine) {
        return commandLine.registerConverter(LocalDate.class, Converters::date)
                .registerConverter(LocalTime.class, Converters::time)
                .registerConverter(BigDecimal.class, Converters::decimal)
                .registerConverter(Currency.class, Converters::currency)
                .registerConverter(Ticker.class, Converters::ticker)
                .registerConverter(Integer.class, Converters::integer)
                .registerConverter(int.class, Converters::integer);
    }

    static LocalDate date(String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date (expected yyyy-MM-dd, e.g. 2026-01-31)");
        }
        // ISO dates may carry a sign or five digits (-2024-01-01): beyond what the database stores
        if (date.isBefore(Checks.EARLIEST_DATE) || date.isAfter(Checks.LATEST_DATE)) {
            throw new TypeConversionException("'" + value + "' is outside the supported dates "
                    + Checks.EARLIEST_DATE + ".." + Checks.LATEST_DATE);
        }
        return date;
    }

    static LocalTime time(String value) {
        try {
            return LocalTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a time (expected HH:mm or HH:mm:ss)");
        }
    }

    static BigDecimal decimal(String value) {
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a number (expected e.g. 1234.56)");
        }
    }

    static Integer integer(String value) {
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number");
        }
    }

    static Currency currency(String value) {
        try {
            return Currency.of(value);
        } catch (ValidationException e) {
            throw new TypeConversionException("'" + value + "' is not a currency (expected a 3-letter code, e.g. USD)");
        }
    }

    static Ticker ticker(String value) {
        try {
            return Ticker.of(value);
        } catch (ValidationException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
