package org.flextime.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body above its route's limit with a 413 problem detail before anything reads it: 64 KB for the
 * JSON routes, 8 MB for RobinX XML under {@code /api/v1/robinx/instances}, 1 MB for season documents and sheets under
 * {@code /api/v1/seasons}. A body without a Content-Length is read
 * up to the limit and refused as soon as it passes it, so no route ever holds more than its limit in memory.
 */
public class RequestSizeLimit extends OncePerRequestFilter {

    /** The most a JSON request body may hold. */
    public static final int JSON_LIMIT = 64 * 1024;
    /** The most a RobinX XML import (an instance or a solution) may hold. */
    public static final int XML_IMPORT_LIMIT = 8 * 1024 * 1024;
    private static final String XML_IMPORTS = "/api/v1/robinx/instances";
    /** The most a season document or a season's CSV sheet may hold: a conference of dozens of schools and sports. */
    public static final int SEASON_LIMIT = 1024 * 1024;
    private static final String SEASONS = "/api/v1/seasons";

    /** The limit of the route a request path names. */
    public static int limitFor(String path) {
        if (path.startsWith(XML_IMPORTS)) {
            return XML_IMPORT_LIMIT;
        }
        return path.startsWith(SEASONS) ? SEASON_LIMIT : JSON_LIMIT;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int limit = limitFor(request.getRequestURI());
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response, limit, declared + " bytes");
            return;
        }
        if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
            byte[] body = readAtMost(request.getInputStream(), limit + 1);
            if (body.length > limit) {
                refuse(request, response, limit, "more than " + limit + " bytes");
                return;
            }
            chain.doFilter(new ReadBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        int n;
        while (out.size() < max && (n = in.read(chunk, 0, Math.min(chunk.length, max - out.size()))) > 0) {
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int limit, String size) throws IOException {
        String detail = "the request body is " + size + "; " + request.getRequestURI() + " accepts at most " + limit + " bytes";
        response.setStatus(413);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        // The unread rest of the body cannot be reused: the client must open a new connection.
        response.setHeader("Connection", "close");
        response.getWriter().write("{\"type\":\"https://flextime.org/problems/payload-too-large\",\"title\":\"Request body too large\","
                + "\"status\":413,\"detail\":\"" + escape(detail) + "\",\"instance\":\"" + escape(request.getRequestURI())
                + "\",\"limit\":" + limit + "}");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** The request with its body already read into memory (it was within the limit). */
    private static final class ReadBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
