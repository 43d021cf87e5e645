package dev.snapfolio.adapter.out.persistence.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.domain.state.AccountState;
import dev.snapfolio.domain.state.OptionLot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The stored state format, version 2, pinned by a committed golden text, {@code state/state-v2.json}:
 * version 1 with each option lot's open date as a third element ({@code null} when unknown — a lot
 * read from a version 1 text). What is written now must be exactly that text, and it must read back.
 * A failure here means the format changed — make it a new version rather than edit the file.
 */
class StateFormatV2Test {
    private static final long ACCOUNT = 42;
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 28);

    private static byte[] golden() throws IOException {
        try (InputStream in = StateFormatV2Test.class.getResourceAsStream("/state/state-v2.json")) {
            assertThat(in).as("the golden file on the test class path").isNotNull();
            return in.readAllBytes();
        }
    }

    /** The state of the version 1 test with open dates; the Canadian short call's is unknown. */
    static AccountState realisticState() {
        return StateFormatV1Test.realisticState(LocalDate.parse("2024-03-11"), LocalDate.parse("2024-05-02"),
                OptionLot.UNKNOWN_OPEN_DATE, LocalDate.parse("2024-06-03"), LocalDate.parse("2024-01-16"));
    }

    @Test
    void theGoldenTextDecodesAndEncodesBackByteForByte() throws IOException {
        byte[] golden = golden();
        String text = new String(golden, StandardCharsets.UTF_8);

        AccountState decoded = StateCodec.decode(ACCOUNT, AS_OF, text);

        String encoded = StateCodec.encode(decoded);
        assertThat(encoded).isEqualTo(text);
        assertThat(encoded.getBytes(StandardCharsets.UTF_8)).isEqualTo(golden);
        assertThat(new StateCodec.Encoder().matches(decoded, text)).isTrue();
    }

    @Test
    void theStateBuiltHereEncodesToExactlyTheGoldenText() throws IOException {
        AccountState state = realisticState();
        String encoded = StateCodec.encode(state);

        assertThat(encoded).isEqualTo(new String(golden(), StandardCharsets.UTF_8));
        assertThat(encoded.getBytes(StandardCharsets.UTF_8)).isEqualTo(golden());
        assertThat(StateCodec.decode(ACCOUNT, AS_OF, new String(golden(), StandardCharsets.UTF_8))).isEqualTo(state);
    }

    @Test
    void theGoldenTextIsVersionTwoWithEachOptionLotsOpenDate() throws IOException {
        String text = new String(golden(), StandardCharsets.UTF_8);

        assertThat(StateCodec.VERSION).isEqualTo(2);
        assertThat(text).startsWith("{\"v\":2,\"c\":[").doesNotContain(" ", "\n")
                .contains("[\"1.00000000\",\"-412.660000\",\"2024-03-11\"]", "[\"1.00000000\",\"61.870000\",null]");
    }

    @Test
    void aVersionOneStateIsNotTakenForTheSameStateWithDates() throws IOException {
        String v2 = new String(golden(), StandardCharsets.UTF_8);

        assertThat(StateCodec.decode(ACCOUNT, AS_OF, v2)).isNotEqualTo(StateFormatV1Test.realisticState());
        assertThat(new StateCodec.Encoder().matches(StateFormatV1Test.realisticState(), v2)).isFalse();
    }
}
