package org.bwc.articlex.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Every string of an {@code /api} body is text a person could have typed: no NUL (PostgreSQL cannot store it and
 * would answer with a server error) and no other control character but tab, line feed and carriage return, and no
 * half of a surrogate pair (not Unicode at all). Refused as the field's error, 400 naming it.
 */
public class PlainText extends StringDeserializer {

    public static final String MESSAGE = "must be text without NUL, control characters or unpaired surrogates";

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String value = super.deserialize(p, ctxt);
        if (value != null && !isPlain(value)) {
            throw ctxt.weirdStringException(value, String.class, MESSAGE);
        }
        return value;
    }

    public static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
