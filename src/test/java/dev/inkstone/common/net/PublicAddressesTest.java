package dev.inkstone.common.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.inkstone.common.DatabaseIndependent;

/** Which addresses count as the server's own network: literals only, so no DNS is involved. */
@DatabaseIndependent
class PublicAddressesTest {

    @ParameterizedTest
    @CsvSource({ "127.0.0.1, true", "10.1.2.3, true", "172.16.0.1, true", "192.168.1.1, true",
            "169.254.169.254, true", "100.64.0.1, true", "0.0.0.0, true", "224.0.0.1, true", "::1, true",
            "fe80::1, true", "fd00:ec2::254, true", "::ffff:127.0.0.1, true", "93.184.216.34, false",
            "8.8.8.8, false", "100.128.0.1, false", "2606:4700:4700::1111, false" })
    void internalAddresses(String literal, boolean internal) throws UnknownHostException {
        assertEquals(internal, PublicAddresses.isInternal(InetAddress.getByName(literal)), literal);
    }
}
