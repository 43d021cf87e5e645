package dev.snapfolio.bootstrap.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded generic-CSV histories: a deposit, then buys and sells (never more than held) of a few tickers. */
final class Histories {
    private static final String HEADER = "date,time,kind,currency,amount,ticker,side,quantity,price,commissions,fees,"
            + "underlying,callPut,strike,expiration,multiplier,action,event,contracts,premium,newStrike,costPerShare,"
            + "targetCurrency,amountIn,notes";
    private static final String[] TICKERS = {"AAA", "BBB", "CCC", "DDD", "EEE"};

    private Histories() {
    }

    /** {@code rows} movement rows from 2024-01-02 on, one or two a weekday; the file's rows. */
    static List<String> rows(int rows, long seed) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        lines.add("2024-01-02,09:00,DEPOSIT,USD,1000000,,,,,0,0,,,,,,,,,,,,,,");
        int[] held = new int[TICKERS.length];
        LocalDate date = LocalDate.of(2024, 1, 3);
        while (lines.size() < rows) {
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                int perDay = 1 + random.nextInt(2);
                for (int i = 0; i < perDay && lines.size() < rows; i++) {
                    int t = random.nextInt(TICKERS.length);
                    boolean sell = held[t] > 0 && random.nextInt(3) == 0;
                    int quantity = sell ? 1 + random.nextInt(held[t]) : 1 + random.nextInt(20);
                    held[t] += sell ? -quantity : quantity;
                    String price = (50 + random.nextInt(100)) + "." + random.nextInt(100);
                    lines.add(date + "," + String.format("%02d:%02d", 10 + i, random.nextInt(60)) + ",TRADE,USD,,"
                            + TICKERS[t] + "," + (sell ? "SELL" : "BUY") + "," + quantity + "," + price + ",1,0"
                            + ",,,,,,,,,,,,,,");
                }
            }
            date = date.plusDays(1);
        }
        return lines;
    }

    static Path write(Path dir, String name, int rows, long seed) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(rows(rows, seed));
        try {
            return Files.write(dir.resolve(name), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
