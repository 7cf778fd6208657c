package kz.attest.web;

import com.microsoft.playwright.Page;
import kz.attest.signature.DemoCertificateAuthority;
import kz.attest.signature.DevelopmentSigner;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;

/**
 * The development signer (the NCALayer protocol on a WebSocket) with one signing key, on a free loopback port, for as
 * long as a browser test needs it; the browser tests' one way to sign as a person would through NCALayer.
 */
public final class BrowserSigner implements AutoCloseable {

    private final DevelopmentSigner server;
    private final int port;

    public BrowserSigner(DemoCertificateAuthority.IssuedCredential key) throws Exception {
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        server = new DevelopmentSigner(new InetSocketAddress("127.0.0.1", port),
                List.of(new DevelopmentSigner.Key(key.privateKey(), key.chain())));
        server.start();
        awaitBound();
    }

    /** The server binds on its own thread: wait until a connection is accepted (at most 10 seconds). */
    private void awaitBound() throws InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        while (true) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > until) {
                    throw new IllegalStateException("the development signer did not bind port " + port, notYet);
                }
                Thread.onSpinWait();
                Thread.sleep(20);
            }
        }
    }

    /** Points the page's NCALayer URL at this signer (ncalayer.js reads the meta tag when it signs). */
    public void pointTo(Page page) {
        page.evaluate("url => document.querySelector('meta[name=\"attest-ncalayer-url\"]').content = url",
                "ws://127.0.0.1:" + port);
    }

    @Override
    public void close() throws InterruptedException {
        server.stop(1000);
    }
}
