package org.bwc.articlex.metrics;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Variable-length integers and short strings: the compact encoding of the histograms and money of a cell. */
final class BinaryCodec {

    private BinaryCodec() {
    }

    static final class Writer {

        private byte[] bytes = new byte[64];
        private int size;

        void writeByte(int value) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[size++] = (byte) value;
        }

        void writeVarLong(long value) {
            long rest = value;
            while ((rest & ~0x7FL) != 0) {
                writeByte((int) ((rest & 0x7F) | 0x80));
                rest >>>= 7;
            }
            writeByte((int) rest);
        }

        void writeSignedVarLong(long value) {
            writeVarLong((value << 1) ^ (value >> 63));
        }

        void writeString(String value) {
            byte[] text = value.getBytes(StandardCharsets.UTF_8);
            writeVarLong(text.length);
            for (byte b : text) {
                writeByte(b);
            }
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }
    }

    static final class Reader {

        private final byte[] bytes;
        private int position;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        boolean hasMore() {
            return position < bytes.length;
        }

        int readByte() {
            if (position >= bytes.length) {
                throw new IllegalStateException("Truncated metrics cell");
            }
            return bytes[position++] & 0xFF;
        }

        long readVarLong() {
            long value = 0;
            int shift = 0;
            while (true) {
                int b = readByte();
                value |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
                shift += 7;
                if (shift > 63) {
                    throw new IllegalStateException("Malformed metrics cell");
                }
            }
        }

        long readSignedVarLong() {
            long raw = readVarLong();
            return (raw >>> 1) ^ -(raw & 1);
        }

        String readString() {
            int length = (int) readVarLong();
            String value = new String(bytes, position, length, StandardCharsets.UTF_8);
            position += length;
            return value;
        }
    }
}
