package newsflow.kafka;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How the embedded broker's client listener is secured: {@link #plaintext()}, SASL_SSL with SCRAM-SHA-512
 * ({@link #saslSslScram}) or TLS with a client certificate required ({@link #mutualTls}). The broker presents the
 * key in {@code keyStore} and trusts the certificates in {@code trustStore} (both PKCS12, one password); its own
 * inter-broker connections go through the same listener, so it is a client of itself like any other.
 *
 * @param protocol     the listener's security protocol: PLAINTEXT, SASL_SSL or SSL
 * @param scramUsers   SCRAM-SHA-512 user names and passwords, written into the cluster's metadata when its storage is
 *                     formatted (so a restart on the same directory keeps the first start's users)
 */
public record BrokerSecurity(String protocol, Path keyStore, Path trustStore, String storePassword, Map<String, String> scramUsers) {
    public static final String SCRAM_MECHANISM = "SCRAM-SHA-512";
    /** Kafka's format tool reads names and passwords from a bracketed, comma-separated list: these need no quoting. */
    private static final Pattern PLAIN_CREDENTIAL = Pattern.compile("[A-Za-z0-9._-]+");

    public BrokerSecurity {
        if (!protocol.equals("PLAINTEXT") && !protocol.equals("SASL_SSL") && !protocol.equals("SSL")) {
            throw new IllegalArgumentException("unsupported listener protocol " + protocol);
        }
        if (!protocol.equals("PLAINTEXT") && (keyStore == null || trustStore == null || storePassword == null)) {
            throw new IllegalArgumentException(protocol + " needs a key store, a trust store and their password");
        }
        scramUsers = Map.copyOf(scramUsers);
        if (!protocol.equals("SASL_SSL") && !scramUsers.isEmpty()) {
            throw new IllegalArgumentException("SCRAM users log in on a SASL_SSL listener only, not " + protocol);
        }
        scramUsers.forEach((name, password) -> {
            if (!PLAIN_CREDENTIAL.matcher(name).matches() || !PLAIN_CREDENTIAL.matcher(password).matches()) {
                throw new IllegalArgumentException("SCRAM user names and passwords are letters, digits, '.', '_' and '-': " + name);
            }
        });
    }

    public static BrokerSecurity plaintext() {
        return new BrokerSecurity("PLAINTEXT", null, null, null, Map.of());
    }

    /** SASL_SSL: TLS for the connection, SCRAM-SHA-512 for the user, who needs no certificate. */
    public static BrokerSecurity saslSslScram(Path keyStore, Path trustStore, String storePassword, Map<String, String> users) {
        return new BrokerSecurity("SASL_SSL", keyStore, trustStore, storePassword, users);
    }

    /** SSL with {@code ssl.client.auth=required}: a client is let in by a certificate the trust store vouches for. */
    public static BrokerSecurity mutualTls(Path keyStore, Path trustStore, String storePassword) {
        return new BrokerSecurity("SSL", keyStore, trustStore, storePassword, Map.of());
    }
}
