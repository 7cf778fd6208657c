package kz.attest.notification;

import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.RandomMessageIDGenerator;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A tiny SMS centre for tests: accepts transmitter binds on a free port and keeps every submit_sm it receives. */
public final class InProcessSmsc implements ServerMessageReceiverListener, AutoCloseable {

    private static final int NOT_SUPPORTED = 0x03; // ESME_RINVCMDID
    public final List<SubmitSm> received = new CopyOnWriteArrayList<>();
    private final SMPPServerSessionListener listener;
    private final Thread acceptor;
    private final RandomMessageIDGenerator ids = new RandomMessageIDGenerator();

    public InProcessSmsc() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        listener = new SMPPServerSessionListener(port);
        listener.setMessageReceiverListener(this);
        acceptor = Thread.ofVirtual().start(this::acceptBinds);
    }

    public int port() {
        return listener.getPort();
    }

    private void acceptBinds() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                SMPPServerSession session = listener.accept();
                BindRequest bind = session.waitForBind(5_000);
                bind.accept("test-smsc");
            } catch (Exception closed) {
                return; // the listener was closed at the end of the test
            }
        }
    }

    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source) {
        received.add(submitSm);
        return new SubmitSmResult(ids.newMessageId(), new OptionalParameter[0]);
    }

    @Override
    public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
            throws ProcessRequestException {
        throw new ProcessRequestException("not supported", NOT_SUPPORTED);
    }

    @Override
    public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("not supported", NOT_SUPPORTED);
    }

    @Override
    public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("not supported", NOT_SUPPORTED);
    }

    @Override
    public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("not supported", NOT_SUPPORTED);
    }

    @Override
    public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw new ProcessRequestException("not supported", NOT_SUPPORTED);
    }

    @Override
    public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw new ProcessRequestException("not supported", NOT_SUPPORTED);
    }

    @Override
    public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm,
                                                           SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("not supported", NOT_SUPPORTED);
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw new ProcessRequestException("not supported", NOT_SUPPORTED);
    }

    @Override
    public void close() throws IOException {
        acceptor.interrupt();
        listener.close();
    }
}
