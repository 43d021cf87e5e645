package dev.snapfolio.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The row hash computed here equals the first 15 hex digits of the JDK's MD5, for any bytes and length. */
class Md5PrefixTest {
    private final Md5Prefix md5 = new Md5Prefix();

    @Test
    void theHashIsTheFirst60BitsOfTheJdksMd5ForRandomBytesOfAnyLength() {
        qt().withExamples(5_000).forAll(longs().all(), integers().between(0, 700)).checkAssert((seed, length) -> {
            byte[] bytes = new byte[length + 3];
            new Random(seed).nextBytes(bytes);
            assertThat(md5.hash(bytes, length)).as("%d bytes", length).isEqualTo(reference(bytes, length));
        });
    }

    @Test
    void lengthsAroundTheBlockAndPaddingBoundariesHashAsTheJdksMd5() {
        byte[] bytes = new byte[300];
        new Random(15).nextBytes(bytes);
        for (int length : new int[] {0, 1, 54, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 183, 184, 256}) {
            assertThat(md5.hash(bytes, length)).as("%d bytes", length).isEqualTo(reference(bytes, length));
        }
    }

    @Test
    void theKnownDigestOfTheEmptyTextAndOfAbc() {
        // MD5("") = d41d8cd98f00b204..., MD5("abc") = 900150983cd24fb0...
        assertThat(md5.hash(new byte[0], 0)).isEqualTo(0xd41d8cd98f00b20L);
        assertThat(md5.hash("abc".getBytes(), 3)).isEqualTo(0x900150983cd24fbL);
    }

    private static long reference(byte[] bytes, int length) {
        try {
            MessageDigest digest = MessageDigest.getInstance("MD5");
            digest.update(bytes, 0, length);
            return first60(digest.digest());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long first60(byte[] digest) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (digest[i] & 0xff);
        }
        return value >>> 4;
    }
}
