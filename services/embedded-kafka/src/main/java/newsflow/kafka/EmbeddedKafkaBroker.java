package newsflow.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node KRaft broker (broker and controller in one process) started inside this JVM. Its log directory
 * is formatted on first start and reused afterwards, so a restart on the same directory keeps every topic, offset,
 * transaction and Streams changelog. Its client listener is PLAINTEXT unless started with a {@link BrokerSecurity};
 * the controller listener is always PLAINTEXT on 127.0.0.1.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private static final int NODE_ID = 1;
    /** The SCRAM user the broker logs in as on its own SASL_SSL listener (transaction markers go through it). */
    private static final String BROKER_USER = "newsflow-broker";
    private static final String BROKER_PASSWORD_FILE = "broker-scram-password";

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final BrokerSecurity security;
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(Path dataDir, int port, int controllerPort, BrokerSecurity security) {
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.security = security;
    }

    /** Starts a broker that keeps its data under {@code dataDir}, listening on 127.0.0.1:{@code port} (0 = any free port). */
    public static EmbeddedKafkaBroker start(Path dataDir, int port) {
        return start(dataDir, port, BrokerSecurity.plaintext());
    }

    /** As {@link #start(Path, int)}, with the client listener secured as {@code security} says. */
    public static EmbeddedKafkaBroker start(Path dataDir, int port, BrokerSecurity security) {
        int[] free = freePorts();
        int client = port == 0 ? free[0] : port;
        int controller = free[1] != client ? free[1] : free[0];
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dataDir, client, controller, security);
        broker.startServer();
        return broker;
    }

    /** Starts a throw-away broker in a fresh temporary directory on a free port. */
    public static EmbeddedKafkaBroker startTemporary() {
        try {
            return start(Files.createTempDirectory("newsflow-kafka-"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Stops the broker as a clean shutdown would; {@link #restart()} brings it back on the same data and port. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    public synchronized void restart() {
        stop();
        startServer();
    }

    @Override
    public void close() {
        stop();
    }

    private synchronized void startServer() {
        Path logDir = dataDir.resolve("kafka-logs");
        Properties config;
        try {
            Files.createDirectories(logDir);
            format(logDir);
            config = config(logDir);
        } catch (Exception e) {
            throw new IllegalStateException("cannot prepare Kafka storage in " + logDir, e);
        }
        server = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
        server.startup();
    }

    private void format(Path logDir) throws Exception {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return; // formatted by an earlier start: keep its cluster id and data
        }
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .addDirectory(logDir.toString())
                .setMetadataLogDirectory(logDir.toString())
                .setReleaseVersion(MetadataVersion.latestProduction())
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .setControllerListenerName("CONTROLLER")
                .setScramArguments(scramArguments())
                .run();
    }

    /** The format tool's {@code --add-scram} arguments: the users asked for, and the broker's own on SASL_SSL. */
    private List<String> scramArguments() throws IOException {
        if (!security.protocol().equals("SASL_SSL")) {
            return List.of();
        }
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        String brokerPassword = HexFormat.of().formatHex(secret);
        Files.writeString(dataDir.resolve(BROKER_PASSWORD_FILE), brokerPassword);
        List<String> arguments = new ArrayList<>();
        arguments.add(scramArgument(BROKER_USER, brokerPassword));
        security.scramUsers().forEach((name, password) -> arguments.add(scramArgument(name, password)));
        return arguments;
    }

    private static String scramArgument(String name, String password) {
        return BrokerSecurity.SCRAM_MECHANISM + "=[name=" + name + ",password=" + password + "]";
    }

    /** Kept beside the data, as the users are: a broker started again on the same directory logs in as before. */
    private String brokerPassword() throws IOException {
        return Files.readString(dataDir.resolve(BROKER_PASSWORD_FILE));
    }

    private Properties config(Path logDir) throws IOException {
        String listener = security.protocol();
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.put("listeners", listener + "://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", listener + "://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", listener);
        p.put("listener.security.protocol.map", listener + ":" + listener + ",CONTROLLER:PLAINTEXT");
        p.putAll(securityConfig());
        p.put("log.dirs", logDir.toString());
        p.put("metadata.log.dir", logDir.toString());
        // one node: every internal topic has one replica
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        p.put("log.flush.interval.messages", "1000000");
        // the log cleaner's key map lives on the heap, 128 MB by default: in the all-in-one and the bench it shares
        // the JVM with the pipeline, and 16 MB holds the keys of some 700,000 records per cleaning pass
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024));
        return p;
    }

    private Map<String, String> securityConfig() throws IOException {
        if (security.protocol().equals("PLAINTEXT")) {
            return Map.of();
        }
        Map<String, String> config = new HashMap<>(Map.of(
                "ssl.keystore.type", "PKCS12",
                "ssl.keystore.location", security.keyStore().toString(),
                "ssl.keystore.password", security.storePassword(),
                "ssl.truststore.type", "PKCS12",
                "ssl.truststore.location", security.trustStore().toString(),
                "ssl.truststore.password", security.storePassword()));
        if (security.protocol().equals("SSL")) {
            config.put("ssl.client.auth", "required");
        } else {
            String mechanism = BrokerSecurity.SCRAM_MECHANISM;
            config.put("sasl.enabled.mechanisms", mechanism);
            config.put("sasl.mechanism.inter.broker.protocol", mechanism);
            config.put("listener.name.sasl_ssl." + mechanism.toLowerCase(Locale.ROOT) + ".sasl.jaas.config",
                    "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + BROKER_USER
                            + "\" password=\"" + brokerPassword() + "\";");
        }
        return config;
    }

    /**
     * Two distinct free ports, both sockets held open while they are chosen: two choices one after the other may be
     * given the same port back, and a broker cannot listen twice on one port (a CI run failed so, 2026-12-07).
     */
    private static int[] freePorts() {
        try (ServerSocket first = new ServerSocket(0); ServerSocket second = new ServerSocket(0)) {
            return new int[] {first.getLocalPort(), second.getLocalPort()};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
