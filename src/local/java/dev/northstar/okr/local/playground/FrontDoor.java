package dev.northstar.okr.local.playground;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The playground's listening socket, in front of the JDK's HTTP server. The JDK's server answers a request it cannot
 * parse (a bad percent-escape in the address, a garbled request line or header name, a Content-Length that is no
 * number) itself, with an HTML page naming a Java exception, before any of the app's code runs. The front door reads
 * each request's head first and answers such a request with the app's JSON error body (400); every other request,
 * and every answer, passes through byte for byte, one connection to the server per connection from the browser.
 */
final class FrontDoor implements Closeable {
    /** Longest request head read: far beyond any real one (the JDK's server has its own, smaller limits). */
    static final int MAX_HEAD = 64 * 1024;
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private final ServerSocket socket;
    private final InetSocketAddress server;
    private final Supplier<String> errorBody;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "playground-front-door");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param listen    where browsers connect
     * @param server    the JDK's HTTP server behind it
     * @param errorBody the JSON body of a 400, as the REST API writes it
     */
    FrontDoor(InetSocketAddress listen, InetSocketAddress server, Supplier<String> errorBody) throws IOException {
        this.socket = new ServerSocket();
        this.socket.setReuseAddress(true);
        this.socket.bind(listen);
        this.server = server;
        this.errorBody = errorBody;
        threads.execute(this::accept);
    }

    InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        threads.shutdownNow();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                threads.execute(() -> connect(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** One browser connection: requests checked on the way in, answers copied on the way out. */
    private void connect(Socket client) {
        try (client; Socket backend = new Socket(server.getAddress(), server.getPort())) {
            client.setTcpNoDelay(true);
            backend.setTcpNoDelay(true);
            AtomicBoolean refusing = new AtomicBoolean();
            CountDownLatch answered = new CountDownLatch(1);
            threads.execute(() -> {
                try {
                    copy(backend.getInputStream(), client.getOutputStream());
                } catch (IOException gone) {
                    // either side went away
                } finally {
                    answered.countDown();
                    if (!refusing.get()) {
                        closeQuietly(client);
                    }
                }
            });
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = backend.getOutputStream();
            while (true) {
                byte[] head = head(in);
                if (head == null) {
                    backend.shutdownOutput();
                    answered.await(30, TimeUnit.SECONDS);
                    return;
                }
                Request request = Request.parse(head);
                if (request == null) {
                    // the answers to earlier requests first, then the refusal, then the end of the connection
                    refusing.set(true);
                    backend.shutdownOutput();
                    answered.await(30, TimeUnit.SECONDS);
                    refuse(client.getOutputStream());
                    return;
                }
                out.write(head);
                boolean whole;
                try {
                    if (request.chunked()) {
                        chunks(in, out);
                    } else {
                        copy(in, out, request.length());
                    }
                    whole = true;
                } catch (SocketException cutShort) {
                    whole = false;
                }
                out.flush();
                if (!whole) {
                    // the body ended early: the server says so (400) on what it got, and the connection ends
                    backend.shutdownOutput();
                    answered.await(30, TimeUnit.SECONDS);
                    return;
                }
            }
        } catch (IOException | InterruptedException gone) {
            // the browser or the server closed the connection
        }
    }

    private void refuse(OutputStream out) throws IOException {
        byte[] body = errorBody.get().getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    /** The request line and headers up to the empty line (included); null at the end of the connection. */
    private static byte[] head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while ((b = in.read()) != -1) {
            if (head.size() == 0 && (b == '\r' || b == '\n')) {
                continue; // empty lines between requests are allowed
            }
            head.write(b);
            matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : b == '\r' ? 1 : 0;
            if (matched == 4) {
                return head.toByteArray();
            }
            if (head.size() > MAX_HEAD) {
                return new byte[0];
            }
        }
        return head.size() == 0 ? null : new byte[0];
    }

    private static void copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) != -1; ) {
            out.write(buffer, 0, n);
            out.flush();
        }
    }

    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[8192];
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n == -1) {
                throw new SocketException("the body ended early");
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    /** A chunked body as it comes: size lines, data, and the trailer up to its empty line. */
    private static void chunks(InputStream in, OutputStream out) throws IOException {
        while (true) {
            String size = line(in, out);
            int semicolon = size.indexOf(';');
            long length;
            try {
                length = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            } catch (NumberFormatException garbled) {
                throw new SocketException("not a chunk size: " + size);
            }
            if (length == 0) {
                while (!line(in, out).isEmpty()) {
                    // trailer fields, passed on
                }
                return;
            }
            copy(in, out, length);
            line(in, out);
        }
    }

    /** One line, passed on, returned without its line end. */
    private static String line(InputStream in, OutputStream out) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            out.write(b);
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
            if (line.size() > MAX_HEAD) {
                break;
            }
        }
        throw new SocketException("the line never ended");
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    /** What the front door needs to know of a request: how its body ends; null when the JDK's server refuses it. */
    record Request(boolean chunked, long length) {
        static Request parse(byte[] head) {
            if (head.length == 0) {
                return null;
            }
            List<String> lines = List.of(new String(head, StandardCharsets.ISO_8859_1).split("\r\n"));
            String[] requestLine = lines.get(0).split(" ", -1);
            if (requestLine.length != 3 || !TOKEN.matcher(requestLine[0]).matches()
                    || !requestLine[2].startsWith("HTTP/")) {
                return null;
            }
            try {
                new URI(requestLine[1]);
            } catch (URISyntaxException garbled) {
                return null;
            }
            String transferEncoding = null;
            String contentLength = null;
            for (String header : lines.subList(1, lines.size())) {
                if (header.isEmpty()) {
                    continue;
                }
                int colon = header.indexOf(':');
                if (colon <= 0 || !TOKEN.matcher(header.substring(0, colon)).matches()) {
                    return null;
                }
                String name = header.substring(0, colon).toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                if (name.equals("content-length")) {
                    if (contentLength != null) {
                        return null;
                    }
                    contentLength = value;
                } else if (name.equals("transfer-encoding")) {
                    transferEncoding = value;
                }
            }
            if (transferEncoding != null) {
                return contentLength == null && transferEncoding.equalsIgnoreCase("chunked")
                        ? new Request(true, 0) : null;
            }
            if (contentLength == null) {
                return new Request(false, 0);
            }
            try {
                long length = Long.parseLong(contentLength);
                return length < 0 ? null : new Request(false, length);
            } catch (NumberFormatException garbled) {
                return null;
            }
        }
    }
}
