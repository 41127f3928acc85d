package khodyar.bot.telegram.standin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a multipart/form-data body, as the TelegramBots client sends for sendPhoto and sendDocument. */
final class MultipartForm {

    /** One form field: a plain value when {@code fileName} is null, else an uploaded file. */
    record Part(String name, String fileName, byte[] content) {
        String textValue() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};
    private static final Pattern DISPOSITION_PARAMETER = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern BOUNDARY = Pattern.compile("boundary=(\"[^\"]+\"|[^;\\s]+)", Pattern.CASE_INSENSITIVE);

    private MultipartForm() {
    }

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    static List<Part> parse(byte[] body, String contentType) {
        Matcher boundaryMatch = BOUNDARY.matcher(contentType);
        if (!boundaryMatch.find()) {
            throw BotApiError.badRequest("multipart boundary is missing");
        }
        String boundary = boundaryMatch.group(1).replace("\"", "");
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] partEnd = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);

        List<Part> parts = new ArrayList<>();
        int position = indexOf(body, delimiter, 0);
        if (position < 0) {
            throw BotApiError.badRequest("malformed multipart body");
        }
        position += delimiter.length;
        while (position + 2 <= body.length && !(body[position] == '-' && body[position + 1] == '-')) {
            position = skip(body, position, CRLF);
            int headersEnd = indexOf(body, HEADER_END, position);
            if (headersEnd < 0) {
                throw BotApiError.badRequest("malformed multipart body");
            }
            String headers = new String(body, position, headersEnd - position, StandardCharsets.UTF_8);
            int contentStart = headersEnd + HEADER_END.length;
            int contentEnd = indexOf(body, partEnd, contentStart);
            if (contentEnd < 0) {
                throw BotApiError.badRequest("malformed multipart body");
            }
            parts.add(part(headers, Arrays.copyOfRange(body, contentStart, contentEnd)));
            position = contentEnd + partEnd.length;
        }
        return parts;
    }

    private static Part part(String headers, byte[] content) {
        String name = null;
        String fileName = null;
        for (String header : headers.split("\r\n")) {
            if (header.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
                Matcher parameter = DISPOSITION_PARAMETER.matcher(header);
                while (parameter.find()) {
                    String value = unquote(parameter.group(2));
                    if (parameter.group(1).equalsIgnoreCase("name")) {
                        name = value;
                    } else if (parameter.group(1).equalsIgnoreCase("filename")) {
                        fileName = value;
                    }
                }
            }
        }
        if (name == null) {
            throw BotApiError.badRequest("multipart part without a name");
        }
        return new Part(name, fileName, content);
    }

    /** OkHttp writes a quote as %22 and line breaks as %0A/%0D inside quoted names; others use backslashes. */
    private static String unquote(String value) {
        return value.replace("%22", "\"").replace("%0A", "\n").replace("%0D", "\r")
                .replace("\\\"", "\"").replace("\\\\", "\\");
    }

    private static int skip(byte[] body, int position, byte[] expected) {
        return startsWith(body, position, expected) ? position + expected.length : position;
    }

    private static int indexOf(byte[] body, byte[] target, int from) {
        for (int i = Math.max(0, from); i <= body.length - target.length; i++) {
            if (body[i] == target[0] && startsWith(body, i, target)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] body, int position, byte[] target) {
        if (position + target.length > body.length) {
            return false;
        }
        for (int j = 0; j < target.length; j++) {
            if (body[position + j] != target[j]) {
                return false;
            }
        }
        return true;
    }
}
