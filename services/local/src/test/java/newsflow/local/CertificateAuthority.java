package newsflow.local;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority made for one test run: it issues the broker's and the clients' certificates and writes
 * PKCS12 key and trust stores, so no key material is ever committed. EC P-256 keys, as they are quick to make.
 */
final class CertificateAuthority {
    private static final String SIGNATURE = "SHA256withECDSA";
    private static final Duration VALIDITY = Duration.ofDays(2);

    private final X500Name name;
    private final KeyPair keys;
    private final X509Certificate certificate;
    private final AtomicLong serials = new AtomicLong(1);

    private CertificateAuthority(X500Name name, KeyPair keys, X509Certificate certificate) {
        this.name = name;
        this.keys = keys;
        this.certificate = certificate;
    }

    static CertificateAuthority create(String name) throws GeneralSecurityException, IOException {
        KeyPair keys = newKeys();
        X500Name subject = new X500Name("CN=" + name);
        X509v3CertificateBuilder builder = builder(subject, subject, keys, BigInteger.ONE)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        return new CertificateAuthority(subject, keys, sign(builder, keys.getPrivate()));
    }

    /** A trust store holding this authority's certificate only. */
    Path writeTrustStore(Path file, String password) throws GeneralSecurityException, IOException {
        KeyStore store = emptyStore();
        store.setCertificateEntry("ca", certificate);
        return write(store, file, password);
    }

    /**
     * A key store with a new key and its certificate for {@code commonName}, signed by this authority, valid for TLS
     * servers and clients alike (the broker is a client of its own listener); {@code ipAddresses} and {@code dnsNames}
     * are the names a client may reach it by.
     */
    Path issueKeyStore(Path file, String password, String commonName, String[] ipAddresses, String[] dnsNames)
            throws GeneralSecurityException, IOException {
        KeyPair subjectKeys = newKeys();
        GeneralName[] names = new GeneralName[ipAddresses.length + dnsNames.length];
        for (int i = 0; i < ipAddresses.length; i++) {
            names[i] = new GeneralName(GeneralName.iPAddress, ipAddresses[i]);
        }
        for (int i = 0; i < dnsNames.length; i++) {
            names[ipAddresses.length + i] = new GeneralName(GeneralName.dNSName, dnsNames[i]);
        }
        X509v3CertificateBuilder builder = builder(name, new X500Name("CN=" + commonName), subjectKeys, BigInteger.valueOf(serials.incrementAndGet()))
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement))
                .addExtension(Extension.extendedKeyUsage, false,
                        new ExtendedKeyUsage(new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
        if (names.length > 0) {
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
        }
        X509Certificate issued = sign(builder, keys.getPrivate());
        KeyStore store = emptyStore();
        store.setKeyEntry("key", subjectKeys.getPrivate(), password.toCharArray(), new Certificate[] {issued, certificate});
        return write(store, file, password);
    }

    private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair subjectKeys, BigInteger serial) {
        Instant now = Instant.now();
        // a little in the past, so a clock a second behind does not find it not yet valid
        return new JcaX509v3CertificateBuilder(issuer, serial, Date.from(now.minus(Duration.ofHours(1))),
                Date.from(now.plus(VALIDITY)), subject, subjectKeys.getPublic());
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey) throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE).build(issuerKey)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static KeyPair newKeys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static KeyStore emptyStore() throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }

    private static Path write(KeyStore store, Path file, String password) throws GeneralSecurityException, IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
        return file;
    }
}
