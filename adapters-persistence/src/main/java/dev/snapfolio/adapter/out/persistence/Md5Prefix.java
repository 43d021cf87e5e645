package dev.snapfolio.adapter.out.persistence;

/**
 * The first 60 bits of a byte range's MD5 (RFC 1321), the row hash of {@link RowFingerprints}: the
 * same number as the first 15 hex digits of {@code MessageDigest.getInstance("MD5")}'s digest. Written
 * with plain int arithmetic over the bytes, because the JDK's MD5 reads its input through byte-array
 * views whose bounds checks dominated its cost when the JVM runs with the client compiler only (as
 * bin/snapfolio starts it), where no MD5 intrinsic applies. Not thread-safe: one per thread.
 */
final class Md5Prefix {
    private static final int[] K = new int[64];
    private static final int[] SHIFT = {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};

    static {
        for (int i = 0; i < 64; i++) {
            K[i] = (int) (long) Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296.0);
        }
    }

    private final int[] words = new int[16];
    private final byte[] tail = new byte[128];
    private final int[] state = new int[4];

    /** The first 60 bits of the MD5 of {@code bytes[0, length)}, as a non-negative number. */
    long hash(byte[] bytes, int length) {
        int[] state = this.state;
        state[0] = 0x67452301;
        state[1] = 0xefcdab89;
        state[2] = 0x98badcfe;
        state[3] = 0x10325476;
        int full = length & ~63;
        for (int offset = 0; offset < full; offset += 64) {
            block(bytes, offset, state);
        }
        int rest = length - full;
        System.arraycopy(bytes, full, tail, 0, rest);
        tail[rest] = (byte) 0x80;
        int end = rest + 1 + 8 <= 64 ? 64 : 128;
        for (int i = rest + 1; i < end - 8; i++) {
            tail[i] = 0;
        }
        long bits = (long) length << 3;
        for (int i = 0; i < 8; i++) {
            tail[end - 8 + i] = (byte) (bits >>> (8 * i));
        }
        block(tail, 0, state);
        if (end == 128) {
            block(tail, 64, state);
        }
        // the digest starts with a then b, each little-endian; its first 15 hex digits are its first 60 bits
        long first = ((Integer.reverseBytes(state[0]) & 0xffffffffL) << 32) | (Integer.reverseBytes(state[1]) & 0xffffffffL);
        return first >>> 4;
    }

    private void block(byte[] in, int offset, int[] state) {
        int[] x = words;
        for (int i = 0; i < 16; i++) {
            int p = offset + 4 * i;
            x[i] = (in[p] & 0xff) | (in[p + 1] & 0xff) << 8 | (in[p + 2] & 0xff) << 16 | (in[p + 3] & 0xff) << 24;
        }
        int a = state[0];
        int b = state[1];
        int c = state[2];
        int d = state[3];
        for (int i = 0; i < 16; i++) {
            int f = ((b & c) | (~b & d)) + a + K[i] + x[i];
            a = d;
            d = c;
            c = b;
            b += Integer.rotateLeft(f, SHIFT[i & 3]);
        }
        for (int i = 16; i < 32; i++) {
            int f = ((d & b) | (~d & c)) + a + K[i] + x[(5 * i + 1) & 15];
            a = d;
            d = c;
            c = b;
            b += Integer.rotateLeft(f, SHIFT[4 + (i & 3)]);
        }
        for (int i = 32; i < 48; i++) {
            int f = (b ^ c ^ d) + a + K[i] + x[(3 * i + 5) & 15];
            a = d;
            d = c;
            c = b;
            b += Integer.rotateLeft(f, SHIFT[8 + (i & 3)]);
        }
        for (int i = 48; i < 64; i++) {
            int f = (c ^ (b | ~d)) + a + K[i] + x[(7 * i) & 15];
            a = d;
            d = c;
            c = b;
            b += Integer.rotateLeft(f, SHIFT[12 + (i & 3)]);
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
    }
}
