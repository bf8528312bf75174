package io.mezasu.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The RS256 key pair a local stack signs tokens with, as PEM files in one directory: {@code private.pem} (PKCS#8,
 * owner-only) and {@code public.pem} (X.509), the file the services verify with. Never committed: it lives in the
 * data directory ({@code .mezasu/jwt}) or a test JVM's temp directory.
 */
public record JwtKeys(RSAPublicKey publicKey, RSAPrivateKey privateKey) {

    public static final String PUBLIC_PEM = "public.pem";
    public static final String PRIVATE_PEM = "private.pem";

    public static JwtKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new JwtKeys((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key pair", e);
        }
    }

    /**
     * The pair in {@code dir}, generated on first use. Written to a sibling directory and renamed into place, so
     * a concurrent {@code ./mezasu token} and {@code ./mezasu run} agree on one pair.
     */
    public static JwtKeys loadOrCreate(Path dir) {
        try {
            if (!Files.exists(dir.resolve(PUBLIC_PEM))) {
                Files.createDirectories(dir.toAbsolutePath().getParent());
                Path fresh = Files.createTempDirectory(dir.toAbsolutePath().getParent(), ".jwt-");
                generate().writeTo(fresh);
                try {
                    Files.move(fresh, dir, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileSystemException lostTheRace) {
                    Dirs.deleteRecursively(fresh);
                    if (!Files.exists(dir.resolve(PUBLIC_PEM))) {
                        throw lostTheRace;
                    }
                }
            }
            return load(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JwtKeys load(Path dir) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new JwtKeys(
                    (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(readPem(dir.resolve(PUBLIC_PEM)))),
                    (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(readPem(dir.resolve(PRIVATE_PEM)))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the key pair in " + dir + " is not a valid RSA pair", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        Path privatePem = dir.resolve(PRIVATE_PEM);
        Files.writeString(privatePem, pem("PRIVATE KEY", privateKey.getEncoded()));
        Files.setPosixFilePermissions(privatePem, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(dir.resolve(PUBLIC_PEM), pem("PUBLIC KEY", publicKey.getEncoded()));
    }

    /** Names the key in the token header ({@code kid}), so a verifier holding several keys can pick. */
    public String keyId() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] readPem(Path file) throws IOException {
        String body = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}
