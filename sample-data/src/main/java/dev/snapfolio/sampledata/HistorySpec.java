package dev.snapfolio.sampledata;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What {@link HistoryGenerator} builds: the trading days (weekdays) in [start, end], how many
 * tickers and currencies, the average number of movements per trading day, how many splits, and
 * the seed. The same spec always yields the same history.
 *
 * <p>{@code tickerPrefix} is prepended to every ticker symbol, so several generated histories can
 * share one database without their (shared, per-ticker) prices colliding.
 */
public record HistorySpec(String name, LocalDate start, LocalDate end, int tickers, int currencies, int movementsPerDay,
        int splits, long seed, String tickerPrefix) {

    /** The last day of the presets: tests and benches pin today to the day after it. */
    public static final LocalDate DEFAULT_END = LocalDate.of(2025, 12, 31);
    public static final long DEFAULT_SEED = 20_240_501L;
    /** Movements per trading day of the year-based presets: ≈50,000 over ten years. */
    public static final int DEFAULT_DENSITY = 19;

    private static final Map<String, Supplier<HistorySpec>> PRESETS = new LinkedHashMap<>();

    static {
        PRESETS.put("tiny", () -> new HistorySpec("tiny", DEFAULT_END.minusDays(13), DEFAULT_END, 3, 2, 8, 1,
                DEFAULT_SEED, ""));
        PRESETS.put("small", () -> new HistorySpec("small", DEFAULT_END.minusMonths(3).plusDays(1), DEFAULT_END, 6, 2,
                12, 1, DEFAULT_SEED, ""));
        PRESETS.put("year", () -> years(1));
        PRESETS.put("twoyears", () -> years(2));
        PRESETS.put("fiveyears", () -> years(5));
        PRESETS.put("tenyears", () -> years(10));
    }

    public HistorySpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (start == null || end == null || start.isAfter(end)) {
            throw new IllegalArgumentException("start must be on or before end, got " + start + " .. " + end);
        }
        if (tickers < 1 || tickers > 500) {
            throw new IllegalArgumentException("tickers must be between 1 and 500, got " + tickers);
        }
        if (currencies < 1 || currencies > HistoryGenerator.CURRENCY_POOL.size()) {
            throw new IllegalArgumentException("currencies must be between 1 and "
                    + HistoryGenerator.CURRENCY_POOL.size() + ", got " + currencies);
        }
        if (movementsPerDay < 1 || movementsPerDay > 1000) {
            throw new IllegalArgumentException("movementsPerDay must be between 1 and 1000, got " + movementsPerDay);
        }
        if (splits < 0) {
            throw new IllegalArgumentException("splits must be >= 0, got " + splits);
        }
        tickerPrefix = tickerPrefix == null ? "" : tickerPrefix.trim().toUpperCase(Locale.ROOT);
        if (tickerPrefix.length() > 16) {
            throw new IllegalArgumentException("tickerPrefix must be at most 16 characters, got '" + tickerPrefix + "'");
        }
    }

    /**
     * {@code years} years ending on {@link #DEFAULT_END}: 20 tickers, 2 currencies,
     * {@value #DEFAULT_DENSITY} movements per trading day, one split per two years (at least one).
     */
    public static HistorySpec years(int years) {
        if (years < 1 || years > 50) {
            throw new IllegalArgumentException("years must be between 1 and 50, got " + years);
        }
        String name = switch (years) {
            case 1 -> "year";
            case 2 -> "twoYears";
            case 5 -> "fiveYears";
            case 10 -> "tenYears";
            default -> years + "years";
        };
        return new HistorySpec(name, DEFAULT_END.minusYears(years).plusDays(1), DEFAULT_END, 20, 2, DEFAULT_DENSITY,
                Math.max(1, years / 2 + 1), DEFAULT_SEED, "");
    }

    /** A preset by name, case-insensitive: tiny, small, year, twoYears, fiveYears, tenYears. */
    public static HistorySpec preset(String name) {
        Supplier<HistorySpec> preset = name == null ? null : PRESETS.get(name.toLowerCase(Locale.ROOT));
        if (preset == null) {
            throw new IllegalArgumentException("unknown history preset '" + name + "', expected one of "
                    + presetNames());
        }
        return preset.get();
    }

    public static List<String> presetNames() {
        return List.of("tiny", "small", "year", "twoYears", "fiveYears", "tenYears");
    }

    public static HistorySpec tiny() {
        return preset("tiny");
    }

    public static HistorySpec small() {
        return preset("small");
    }

    public HistorySpec withSeed(long newSeed) {
        return new HistorySpec(name, start, end, tickers, currencies, movementsPerDay, splits, newSeed, tickerPrefix);
    }

    public HistorySpec withTickerPrefix(String prefix) {
        return new HistorySpec(name, start, end, tickers, currencies, movementsPerDay, splits, seed, prefix);
    }

    public HistorySpec withMovementsPerDay(int perDay) {
        return new HistorySpec(name, start, end, tickers, currencies, perDay, splits, seed, tickerPrefix);
    }

    public HistorySpec withTickers(int count) {
        return new HistorySpec(name, start, end, count, currencies, movementsPerDay, splits, seed, tickerPrefix);
    }

    public HistorySpec withCurrencies(int count) {
        return new HistorySpec(name, start, end, tickers, count, movementsPerDay, splits, seed, tickerPrefix);
    }

    /** The same length of history, moved so that it ends on {@code newEnd}. */
    public HistorySpec endingOn(LocalDate newEnd) {
        long length = ChronoUnit.DAYS.between(start, end);
        return new HistorySpec(name, newEnd.minusDays(length), newEnd, tickers, currencies, movementsPerDay, splits, seed,
                tickerPrefix);
    }
}
