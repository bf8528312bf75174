package io.mezasu.measurement.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mezasu.platform.problem.ProblemLanguage;
import io.mezasu.platform.problem.ProblemTexts;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Addresses are literals here: nothing asks DNS. */
class AddressPolicyTest {

    final AddressPolicy strict = AddressPolicy.of(List.of());

    static List<InetAddress> at(String... literals) throws UnknownHostException {
        List<InetAddress> addresses = new java.util.ArrayList<>();
        for (String literal : literals) {
            addresses.add(InetAddress.getByName(literal));
        }
        return addresses;
    }

    static String refused(AddressPolicy policy, String url, String... addresses) throws UnknownHostException {
        Optional<AddressRefusal> refusal = policy.refusal(URI.create(url), at(addresses));
        assertTrue(refusal.isPresent(), url + " at " + List.of(addresses) + " should be refused");
        return refusal.get().logged();
    }

    @Test
    void publicHttpsIsDelivered() throws UnknownHostException {
        assertEquals(Optional.empty(), strict.refusal(URI.create("https://city.example/hooks"), at("203.0.113.7")));
        assertEquals(Optional.empty(), strict.refusal(URI.create("https://[2001:db8::1]/h"), at("2001:db8::1")));
    }

    @Test
    void nonPublicAddressesAreRefusedByKind() throws UnknownHostException {
        assertTrue(refused(strict, "https://a.example/", "127.0.0.1").contains("loopback"));
        assertTrue(refused(strict, "https://a.example/", "::1").contains("loopback"));
        assertTrue(refused(strict, "https://a.example/", "10.1.2.3").contains("private"));
        assertTrue(refused(strict, "https://a.example/", "172.16.0.9").contains("private"));
        assertTrue(refused(strict, "https://a.example/", "192.168.1.1").contains("private"));
        assertTrue(refused(strict, "https://a.example/", "fd12:3456::1").contains("private"));
        assertTrue(refused(strict, "https://a.example/", "100.64.0.1").contains("private"));
        assertTrue(refused(strict, "https://a.example/", "169.254.169.254").contains("metadata"));
        assertTrue(refused(strict, "https://a.example/", "fe80::1").contains("link-local"));
        assertTrue(refused(strict, "https://a.example/", "224.0.0.1").contains("multicast"));
        assertTrue(refused(strict, "https://a.example/", "0.0.0.0").contains("unspecified"));
        assertTrue(refused(strict, "https://a.example/", "::ffff:10.0.0.1").contains("private"));
    }

    @Test
    void oneBadAddressAmongGoodOnesIsEnoughToRefuse() throws UnknownHostException {
        assertTrue(refused(strict, "https://a.example/", "203.0.113.7", "10.0.0.1").contains("10.0.0.1"));
    }

    @Test
    void theAllowListOpensHostsAndBlocks() throws UnknownHostException {
        AddressPolicy local = AddressPolicy.of(List.of("127.0.0.0/8", "::1/128", "localhost", " "));
        assertEquals(Optional.empty(), local.refusal(URI.create("http://127.0.0.1:8080/h"), at("127.0.0.1")));
        assertEquals(Optional.empty(), local.refusal(URI.create("http://localhost:8080/h"), at("127.0.0.1", "::1")));
        assertEquals(Optional.empty(), local.refusal(URI.create("http://[::1]:8080/h"), at("::1")));
        assertTrue(refused(local, "http://other.example/", "10.0.0.1").contains("private"));
        AddressPolicy one = AddressPolicy.of(List.of("10.20.0.0/16", "hooks.city.internal"));
        assertEquals(Optional.empty(), one.refusal(URI.create("https://x.internal/h"), at("10.20.3.4")));
        assertEquals(Optional.empty(), one.refusal(URI.create("http://HOOKS.city.internal/h"), at("10.99.0.1")));
        assertTrue(refused(one, "https://x.internal/", "10.21.0.1").contains("private"));
    }

    @Test
    void plainHttpOnlyWhereTheAllowListSaysSo() throws UnknownHostException {
        assertTrue(refused(strict, "http://city.example/", "203.0.113.7").contains("https"));
        assertTrue(refused(strict, "ftp://city.example/", "203.0.113.7").contains("https"));
    }

    @Test
    void theUrlItselfMustBeSound() throws UnknownHostException {
        assertTrue(refused(strict, "/relative", "203.0.113.7").contains("absolute"));
        assertTrue(refused(strict, "https://user:pw@city.example/", "203.0.113.7").contains("credentials"));
        assertTrue(refused(strict, "https://city.example/#x", "203.0.113.7").contains("fragment"));
        assertTrue(refused(strict, "https://city.example/").contains("does not resolve"));
    }

    @Test
    void aRefusalHasAStableCodeAndIsWordedInBothLanguages() throws UnknownHostException {
        AddressRefusal refusal = strict.refusal(URI.create("https://a.example/"), at("10.1.2.3")).orElseThrow();
        assertEquals("non-public", refusal.code());
        assertEquals("refused non-public: host a.example resolves to 10.1.2.3, a private address; webhooks go only "
                + "to public addresses unless mezasu.webhooks.allow names it", refusal.logged());
        String japanese = ProblemTexts.resolve(refusal.reason(), ProblemLanguage.JA);
        assertTrue(japanese.contains("プライベートアドレス 10.1.2.3"), japanese);
        assertEquals("scheme", strict.refusal(URI.create("ftp://a.example/"), at("203.0.113.7")).orElseThrow().code());
        assertEquals("plain-http", strict.refusal(URI.create("http://a.example/"), at("203.0.113.7")).orElseThrow()
                .code());
        assertEquals("unresolved", strict.refusal(URI.create("https://a.example/"), List.of()).orElseThrow().code());
    }
}
